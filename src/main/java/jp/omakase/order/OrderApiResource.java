package jp.omakase.order;

import java.io.IOException;
import java.net.URI;
import java.util.Map;

import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.keycloak.models.KeycloakSession;
import org.keycloak.models.RealmModel;
import org.keycloak.models.RoleModel;
import org.keycloak.models.UserModel;
import org.keycloak.services.managers.AppAuthManager;
import org.keycloak.services.managers.AuthenticationManager;
import org.keycloak.services.resources.admin.AdminAuth;
import org.keycloak.util.JsonSerialization;

/**
 * {@code /realms/{realm}/omakase/orders}: the order API for real web stores. Every call needs a bearer token whose
 * subject holds the configured realm role (a confidential client's service account, client-credentials grant).
 * {@code POST} is idempotent on {@code storeOrderNumber}: 201 for a new order, 200 with the same order for the same
 * body again, 409 for a different body with a number already used; 400 names each bad field.
 */
public class OrderApiResource {

    private final KeycloakSession session;
    private final Pricing pricing;
    private final String apiRole;

    public OrderApiResource(KeycloakSession session, Pricing pricing, String apiRole) {
        this.session = session;
        this.pricing = pricing;
        this.apiRole = apiRole;
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    public Response place(String body) {
        AuthenticationManager.AuthResult caller = caller();
        Response refused = refuse(caller);
        if (refused != null) {
            return refused;
        }
        OrderRequest request;
        try {
            request = body == null || body.isBlank() ? null : JsonSerialization.readValue(body, OrderRequest.class);
        } catch (IOException | RuntimeException e) {
            request = null;
        }
        if (request == null) {
            return json(Response.Status.BAD_REQUEST, Map.of("error", "invalid_json"));
        }
        RealmModel realm = session.getContext().getRealm();
        Map<String, String> errors = request.validate(pricing);
        if (!errors.containsKey("subject")) {
            UserModel user = session.users().getUserById(realm, request.subject().strip());
            if (user == null || !user.isEnabled() || user.getServiceAccountClientLink() != null) {
                errors.put("subject", "unknown_user");
            }
        }
        if (!errors.isEmpty()) {
            return json(Response.Status.BAD_REQUEST, Map.of("error", "invalid_request", "fields", errors));
        }
        AdminAuth actor = new AdminAuth(realm, caller.getToken(), caller.getUser(), caller.getClient());
        OrderService.Placed placed = OrderService.place(session, realm, request, pricing, "api", actor);
        if (placed.conflict()) {
            return json(Response.Status.CONFLICT, Map.of("error", "order_number_in_use",
                    "orderNumber", placed.order().orderNumber()));
        }
        if (placed.created()) {
            URI location = session.getContext().getUri().getAbsolutePathBuilder().path(placed.order().id()).build();
            return Response.created(location).entity(placed.order()).type(MediaType.APPLICATION_JSON).build();
        }
        return Response.ok(placed.order(), MediaType.APPLICATION_JSON).build();
    }

    @GET
    @Path("{id}")
    @Produces(MediaType.APPLICATION_JSON)
    public Response one(@PathParam("id") String id) {
        Response refused = refuse(caller());
        if (refused != null) {
            return refused;
        }
        return OrderService.byId(session, session.getContext().getRealm(), id)
                .map(o -> Response.ok(o, MediaType.APPLICATION_JSON).build())
                .orElseGet(() -> json(Response.Status.NOT_FOUND, Map.of("error", "not_found")));
    }

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    public Response ofUser(@QueryParam("subject") String subject) {
        Response refused = refuse(caller());
        if (refused != null) {
            return refused;
        }
        if (subject == null || subject.isBlank()) {
            return json(Response.Status.BAD_REQUEST, Map.of("error", "invalid_request", "fields", Map.of("subject", "required")));
        }
        return Response.ok(OrderService.byUser(session, session.getContext().getRealm(), subject.strip()), MediaType.APPLICATION_JSON).build();
    }

    private AuthenticationManager.AuthResult caller() {
        return new AppAuthManager.BearerTokenAuthenticator(session).authenticate();
    }

    /** 401 without a valid token, 403 without the role; null when the caller may go on. */
    private Response refuse(AuthenticationManager.AuthResult caller) {
        RealmModel realm = session.getContext().getRealm();
        if (caller == null) {
            return Response.status(Response.Status.UNAUTHORIZED).header("WWW-Authenticate", "Bearer realm=\"" + realm.getName() + "\"")
                    .entity(Map.of("error", "unauthorized")).type(MediaType.APPLICATION_JSON).build();
        }
        RoleModel role = realm.getRole(apiRole);
        if (role == null || !caller.getUser().hasRole(role)) {
            return json(Response.Status.FORBIDDEN, Map.of("error", "forbidden"));
        }
        return null;
    }

    private static Response json(Response.Status status, Object body) {
        return Response.status(status).entity(body).type(MediaType.APPLICATION_JSON).build();
    }
}
