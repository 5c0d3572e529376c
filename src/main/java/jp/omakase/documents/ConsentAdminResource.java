package jp.omakase.documents;

import java.util.Map;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.keycloak.models.KeycloakSession;
import org.keycloak.services.resources.admin.fgap.AdminPermissionEvaluator;

/** {@code GET /admin/realms/{realm}/omakase/consents?user=<id>} (view-users): a user's consent records, oldest first. */
public class ConsentAdminResource {

    private final KeycloakSession session;
    private final AdminPermissionEvaluator auth;

    public ConsentAdminResource(KeycloakSession session, AdminPermissionEvaluator auth) {
        this.session = session;
        this.auth = auth;
    }

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    public Response consents(@QueryParam("user") String userId) {
        auth.users().requireView();
        if (userId == null || userId.isBlank()) {
            return Response.status(Response.Status.BAD_REQUEST).entity(Map.of("error", "user_required")).build();
        }
        return Response.ok(DocumentStore.of(session).byUser(session.getContext().getRealm().getId(), userId.strip())).build();
    }
}
