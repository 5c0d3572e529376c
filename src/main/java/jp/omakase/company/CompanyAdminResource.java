package jp.omakase.company;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.util.LinkedHashMap;
import java.util.Map;

import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.jboss.logging.Logger;
import org.keycloak.events.admin.OperationType;
import org.keycloak.models.KeycloakSession;
import org.keycloak.services.resources.admin.AdminEventBuilder;
import org.keycloak.services.resources.admin.fgap.AdminPermissionEvaluator;

/**
 * {@code POST /admin/realms/{realm}/omakase/companies/import}: imports NTA download data sent as the request body
 * (CSV or the published zip), or a file of the server's import directory named by {@code ?file=}. Needs the
 * realm's manage-realm role (part of realm-admin). Emits an admin event {@code OMAKASE_COMPANY_DIRECTORY / ACTION}.
 */
public class CompanyAdminResource {

    public static final String EVENT_RESOURCE = "OMAKASE_COMPANY_DIRECTORY";
    private static final Logger LOG = Logger.getLogger(CompanyAdminResource.class);

    private final KeycloakSession session;
    private final AdminPermissionEvaluator auth;
    private final AdminEventBuilder adminEvent;
    private final java.nio.file.Path importDirectory;

    public CompanyAdminResource(KeycloakSession session, AdminPermissionEvaluator auth, AdminEventBuilder adminEvent, java.nio.file.Path importDirectory) {
        this.session = session;
        this.auth = auth;
        this.adminEvent = adminEvent;
        this.importDirectory = importDirectory;
    }

    @POST
    @Path("import")
    @Consumes(MediaType.WILDCARD)
    @Produces(MediaType.APPLICATION_JSON)
    public Response importData(InputStream body, @QueryParam("file") String file, @QueryParam("fromLine") @DefaultValue("1") long fromLine) {
        auth.realm().requireManageRealm();
        String source = file == null ? "upload" : file;
        InputStream data = body;
        if (file != null) {
            // a bare file name inside the configured directory: no paths, no traversal
            if (!file.matches("[A-Za-z0-9][A-Za-z0-9._-]{0,200}")) {
                return error(Response.Status.BAD_REQUEST, "invalid_file_name");
            }
            java.nio.file.Path path = importDirectory.resolve(file);
            if (!Files.isRegularFile(path)) {
                return error(Response.Status.NOT_FOUND, "file_not_found");
            }
            try {
                data = Files.newInputStream(path);
            } catch (IOException e) {
                LOG.errorf(e, "Company import: cannot open %s", path);
                return error(Response.Status.INTERNAL_SERVER_ERROR, "file_unreadable");
            }
        }
        ImportReport report;
        try (InputStream in = data) {
            report = session.getProvider(CompanyDirectoryProvider.class).importData(in, source, Math.max(1, fromLine));
        } catch (IllegalArgumentException e) {
            return Response.status(Response.Status.BAD_REQUEST).type(MediaType.APPLICATION_JSON)
                    .entity(Map.of("error", "unreadable_input", "error_description", e.getMessage())).build();
        } catch (IOException | RuntimeException e) {
            LOG.errorf(e, "Company import of %s failed", source);
            return error(Response.Status.INTERNAL_SERVER_ERROR, "import_failed");
        }
        Map<String, Object> summary = new LinkedHashMap<>();
        summary.put("source", report.source());
        summary.put("completed", report.completed());
        summary.put("lines", report.lines());
        summary.put("inserted", report.inserted());
        summary.put("updated", report.updated());
        summary.put("deleted", report.deleted());
        summary.put("rejected", report.rejected());
        summary.put("resumeFromLine", report.resumeFromLine());
        adminEvent.operation(OperationType.ACTION).resource(EVENT_RESOURCE)
                .resourcePath(session.getContext().getUri()).representation(summary).success();
        return Response.status(report.completed() ? Response.Status.OK : Response.Status.INTERNAL_SERVER_ERROR)
                .type(MediaType.APPLICATION_JSON).entity(report).build();
    }

    private static Response error(Response.Status status, String code) {
        return Response.status(status).type(MediaType.APPLICATION_JSON).entity(Map.of("error", code)).build();
    }
}
