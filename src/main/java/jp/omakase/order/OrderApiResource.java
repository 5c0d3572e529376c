package jp.omakase.order;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.util.Map;

import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.keycloak.models.ClientModel;
import org.keycloak.models.KeycloakSession;
import org.keycloak.models.RealmModel;
import org.keycloak.models.RoleModel;
import org.keycloak.models.UserModel;
import org.keycloak.services.managers.AppAuthManager;
import org.keycloak.services.managers.AuthenticationManager;
import org.keycloak.services.resources.admin.AdminAuth;
import org.keycloak.util.JsonSerialization;

/**
 * {@code /realms/{realm}/omakase/orders}: the order API for real web stores. Every call needs a client-credentials
 * token of a store: its subject is the service account of the client it was issued to ({@code azp}), it names the
 * configured audience and the service account holds the configured realm role. This is checked before the body is
 * read (401 without a valid token or with another audience, 403 for any other token, user tokens included). Each
 * store sees and creates only its own orders, and its order numbers are its own: {@code POST} is idempotent on
 * {@code storeOrderNumber} within the store (201 new, 200 the same body again, 409 a different body with a number the
 * store already used); another store's orders answer 404 and never cause a 409. Bodies over the configured size get
 * 413; every answer carries {@code Cache-Control: no-store}.
 */
public class OrderApiResource {

    private final KeycloakSession session;
    private final Pricing pricing;
    private final OrderApiSettings settings;
    private final int maxOpenContracts;

    /** {@code maxOpenContracts}: provisioning's limit of open contracts per Business ID (a further order is HELD). */
    public OrderApiResource(KeycloakSession session, Pricing pricing, OrderApiSettings settings, int maxOpenContracts) {
        this.maxOpenContracts = maxOpenContracts;
        this.session = session;
        this.pricing = pricing;
        this.settings = settings;
    }

    /** An authorised caller: its token and the store (client) it acts for. */
    private record Store(AuthenticationManager.AuthResult auth, ClientModel client, Response refusal) {
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    public Response place(InputStream body) {
        Store store = store();
        if (store.refusal() != null) {
            return store.refusal();
        }
        byte[] bytes;
        try {
            bytes = read(body);
        } catch (IOException e) {
            return json(Response.Status.BAD_REQUEST, Map.of("error", "invalid_json"));
        }
        if (bytes == null) {
            return json(Response.Status.REQUEST_ENTITY_TOO_LARGE, Map.of("error", "body_too_large", "maxBytes", settings.maxBodyBytes()));
        }
        OrderRequest request;
        try {
            request = bytes.length == 0 ? null : JsonSerialization.readValue(bytes, OrderRequest.class);
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
        AuthenticationManager.AuthResult caller = store.auth();
        AdminAuth actor = new AdminAuth(realm, caller.getToken(), caller.getUser(), store.client());
        OrderService.Placed placed = OrderService.place(session, realm, request, pricing, "api", actor, maxOpenContracts);
        if (placed.conflict()) {
            return json(Response.Status.CONFLICT, Map.of("error", "order_number_in_use", "orderNumber", placed.order().orderNumber()));
        }
        if (placed.created()) {
            URI location = session.getContext().getUri().getAbsolutePathBuilder().path(placed.order().id()).build();
            return noStore(Response.created(location).entity(placed.order()).type(MediaType.APPLICATION_JSON));
        }
        return json(Response.Status.OK, placed.order());
    }

    @GET
    @Path("{id}")
    @Produces(MediaType.APPLICATION_JSON)
    public Response one(@PathParam("id") String id) {
        Store store = store();
        if (store.refusal() != null) {
            return store.refusal();
        }
        return OrderService.byId(session, session.getContext().getRealm(), store.client().getClientId(), id)
                .map(o -> json(Response.Status.OK, o))
                .orElseGet(() -> json(Response.Status.NOT_FOUND, Map.of("error", "not_found")));
    }

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    public Response ofUser(@QueryParam("subject") String subject) {
        Store store = store();
        if (store.refusal() != null) {
            return store.refusal();
        }
        if (subject == null || subject.isBlank()) {
            return json(Response.Status.BAD_REQUEST, Map.of("error", "invalid_request", "fields", Map.of("subject", "required")));
        }
        return json(Response.Status.OK, OrderService.byUser(session, session.getContext().getRealm(), store.client().getClientId(),
                subject.strip()));
    }

    /**
     * The calling store, or its refusal: 401 without a valid bearer token or when the token does not name the API's
     * audience; 403 when its subject is not the service account of the client it was issued to (a user's token) or
     * lacks the role.
     */
    private Store store() {
        RealmModel realm = session.getContext().getRealm();
        AuthenticationManager.AuthResult caller = new AppAuthManager.BearerTokenAuthenticator(session).authenticate();
        if (caller == null) {
            return refused(unauthorized(realm, null));
        }
        if (!caller.getToken().hasAudience(settings.audience())) {
            return refused(unauthorized(realm, "invalid_token"));
        }
        ClientModel client = caller.getClient();
        UserModel user = caller.getUser();
        if (client == null || !client.isEnabled() || !client.getId().equals(user.getServiceAccountClientLink())) {
            return refused(json(Response.Status.FORBIDDEN, Map.of("error", "store_service_account_required")));
        }
        RoleModel role = realm.getRole(settings.role());
        if (role == null || !user.hasRole(role)) {
            return refused(json(Response.Status.FORBIDDEN, Map.of("error", "forbidden")));
        }
        return new Store(caller, client, null);
    }

    private static Store refused(Response response) {
        return new Store(null, null, response);
    }

    private static Response unauthorized(RealmModel realm, String error) {
        String challenge = "Bearer realm=\"" + realm.getName() + "\"" + (error == null ? "" : ", error=\"" + error + "\"");
        return noStore(Response.status(Response.Status.UNAUTHORIZED).header(HttpHeaders.WWW_AUTHENTICATE, challenge)
                .entity(Map.of("error", error == null ? "unauthorized" : error)).type(MediaType.APPLICATION_JSON));
    }

    /** The body, or null when it is longer than allowed (a declared length is judged before anything is read). */
    private byte[] read(InputStream body) throws IOException {
        String declared = session.getContext().getRequestHeaders().getHeaderString(HttpHeaders.CONTENT_LENGTH);
        if (declared != null) {
            try {
                if (Long.parseLong(declared.strip()) > settings.maxBodyBytes()) {
                    return null;
                }
            } catch (NumberFormatException e) {
                return null;
            }
        }
        if (body == null) {
            return new byte[0];
        }
        byte[] bytes = body.readNBytes(settings.maxBodyBytes() + 1);
        return bytes.length > settings.maxBodyBytes() ? null : bytes;
    }

    private static Response json(Response.Status status, Object body) {
        return noStore(Response.status(status).entity(body).type(MediaType.APPLICATION_JSON));
    }

    private static Response noStore(Response.ResponseBuilder response) {
        return response.header(HttpHeaders.CACHE_CONTROL, "no-store").build();
    }
}
