package jp.omakase.documents;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.jboss.logging.Logger;
import org.keycloak.events.admin.OperationType;
import org.keycloak.models.KeycloakSession;
import org.keycloak.services.resources.admin.AdminEventBuilder;
import org.keycloak.services.resources.admin.fgap.AdminPermissionEvaluator;

/**
 * {@code /admin/realms/{realm}/omakase/documents} (Business ID realm only): the documents in force ({@code GET},
 * view-realm) and their reload from the files ({@code POST …/reload}, manage-realm, admin event {@code OMAKASE_DOCUMENTS}
 * UPDATE; 409 when a text changed under a served version, 400 when a file is invalid; nothing changes then).
 */
public class DocumentAdminResource {

    public static final String EVENT_RESOURCE = "OMAKASE_DOCUMENTS";
    private static final Logger LOG = Logger.getLogger(DocumentAdminResource.class);

    private final KeycloakSession session;
    private final AdminPermissionEvaluator auth;
    private final AdminEventBuilder adminEvent;

    public DocumentAdminResource(KeycloakSession session, AdminPermissionEvaluator auth, AdminEventBuilder adminEvent) {
        this.session = session;
        this.auth = auth;
        this.adminEvent = adminEvent;
    }

    /** What {@code GET documents} answers per text. */
    public record DocumentInfo(String id, String language, String version, String title, String sha256, String source) {
        static DocumentInfo of(DocumentText t) {
            return new DocumentInfo(t.getId(), t.getLanguage(), t.getVersion(), t.getTitle(), t.getSha256(), t.getSource());
        }
    }

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    public List<DocumentInfo> documents() {
        auth.realm().requireViewRealm();
        return DocumentProvider.of(session).catalog().all().stream().map(DocumentInfo::of).toList();
    }

    @POST
    @Path("reload")
    @Produces(MediaType.APPLICATION_JSON)
    public Response reload() {
        auth.realm().requireManageRealm();
        List<DocumentText> loaded;
        try {
            loaded = DocumentProvider.of(session).reload();
        } catch (DocumentConflictException e) {
            return Response.status(Response.Status.CONFLICT).entity(Map.of("error", "document_changed_without_version",
                    "conflicts", e.conflicts())).build();
        } catch (IllegalArgumentException e) {
            LOG.errorf("omakase documents: reload refused: %s", e.getMessage());
            return Response.status(Response.Status.BAD_REQUEST)
                    .entity(Map.of("error", "document_invalid", "message", e.getMessage())).build();
        }
        Map<String, Object> representation = new LinkedHashMap<>();
        loaded.forEach(t -> representation.put(t.getId() + "." + t.getLanguage(), t.getVersion() + " " + t.getSha256()));
        adminEvent.operation(OperationType.UPDATE).resource(EVENT_RESOURCE).resourcePath("omakase/documents")
                .representation(representation).success();
        return Response.ok(loaded.stream().map(DocumentInfo::of).toList()).build();
    }
}
