package jp.omakase.tenant.apps;

import java.security.cert.X509Certificate;
import java.util.Map;
import java.util.function.BiFunction;

import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.Response;
import org.keycloak.common.util.PemUtils;
import org.keycloak.crypto.KeyUse;
import org.keycloak.crypto.KeyWrapper;
import org.keycloak.events.admin.OperationType;
import org.keycloak.models.ClientModel;
import org.keycloak.models.KeycloakSession;

import jp.omakase.pages.OmakaseResourceProviderFactory;
import jp.omakase.pages.PageRequest;
import jp.omakase.tenant.ConsoleAccess;
import jp.omakase.tenant.ConsoleResults;
import jp.omakase.tenant.apps.catalogue.AppTemplate;

/**
 * SaaS設定 ({@code …/tenant/{tenant}/apps…}): the tenant's apps, the catalogue, the add and edit forms, an app's page
 * (what to enter at the SaaS, state, assignment), disable/enable, delete through a confirmation, a new client secret and
 * the IdP certificate. Every method starts with {@link ConsoleAccess}; an app id is looked up among this tenant's apps
 * only (404 otherwise); every change is an admin event ({@link AppEvents}).
 */
@Produces(MediaType.TEXT_HTML)
public class AppsResource {

    static final String TEMPLATE = "template";
    static final String ENTITY_ID = "entityId";

    private final KeycloakSession session;
    private final PageRequest pages;
    private final String adminRole;
    private final String tenantId;

    public AppsResource(KeycloakSession session, PageRequest pages, String adminRole, String tenantId) {
        this.session = session;
        this.pages = pages;
        this.adminRole = adminRole;
        this.tenantId = tenantId;
    }

    @GET
    public Response list(@QueryParam(ConsoleResults.PARAM) String done) {
        ConsoleAccess a = ConsoleAccess.check(session, pages, adminRole, tenantId, "apps");
        return a.denied() ? a.response() : pages(a).list(done);
    }

    /** アプリを追加: the catalogue, or with {@code ?template=} that template's form. */
    @GET
    @Path("new")
    public Response add(@QueryParam(TEMPLATE) String templateId) {
        ConsoleAccess a = ConsoleAccess.check(session, pages, adminRole, tenantId, "apps/new");
        if (a.denied()) {
            return a.response();
        }
        AppPages p = pages(a);
        if (templateId == null || templateId.isBlank()) {
            return p.catalogue();
        }
        AppTemplate t = p.templates().find(templateId);
        return t == null ? notFound() : p.form(AppForm.fresh(t, p.language()), null);
    }

    @POST
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response create(MultivaluedMap<String, String> form) {
        ConsoleAccess a = ConsoleAccess.check(session, pages, adminRole, tenantId, "apps");
        if (a.denied()) {
            return a.response();
        }
        if (!pages.csrfMatches(a.granted().who(), form)) {
            return forbidden();
        }
        AppPages p = pages(a);
        AppTemplate t = p.templates().find(form.getFirst(TEMPLATE));
        if (t == null) {
            return notFound();
        }
        AppForm f = AppForm.posted(t, form);
        if (f.valid() && t.protocol() == AppTemplate.Protocol.SAML && p.clients().taken(f.saml().entityId(), null)) {
            f.errors().put(ENTITY_ID, "omakaseAppErrorEntityIdTaken");
        }
        if (!f.valid()) {
            return p.form(f, null);
        }
        ClientModel app = p.clients().create(f);
        if (!app.isPublicClient() && t.protocol() == AppTemplate.Protocol.OIDC) {
            app.setAttribute(AppAttributes.SECRET_PENDING, "true");
        }
        AppEvents.app(a.granted(), OperationType.CREATE, app.getId(), "created",
                Map.of("template", t.id(), "protocol", t.protocol().word(), "clientId", app.getClientId()));
        return p.back(app, ConsoleResults.APP_CREATED);
    }

    @GET
    @Path("{app}")
    public Response app(@PathParam("app") String appId, @QueryParam(ConsoleResults.PARAM) String done) {
        return withApp(appId, "apps/" + appId, null, (p, app) -> p.app(app, done, null));
    }

    @GET
    @Path("{app}/edit")
    public Response editForm(@PathParam("app") String appId) {
        return withApp(appId, "apps/" + appId + "/edit", null, (p, app) -> p.form(AppClients.read(app, p.templateOf(app)), app));
    }

    @POST
    @Path("{app}/edit")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response edit(@PathParam("app") String appId, MultivaluedMap<String, String> form) {
        return withApp(appId, "apps/" + appId, form, (p, app) -> {
            AppForm f = AppForm.posted(p.templateOf(app), form);
            boolean saml = "saml".equals(app.getProtocol());
            if (f.valid() && saml && p.clients().taken(f.saml().entityId(), app)) {
                f.errors().put(ENTITY_ID, "omakaseAppErrorEntityIdTaken");
            }
            if (!f.valid()) {
                return p.form(f, app);
            }
            boolean hadSecret = !app.isPublicClient() && !saml;
            p.clients().apply(app, f);
            if (!saml && !app.isPublicClient() && !hadSecret) {
                app.setAttribute(AppAttributes.SECRET_PENDING, "true");
            }
            AppEvents.app(p.granted(), OperationType.UPDATE, app.getId(), "updated", Map.of("clientId", app.getClientId()));
            return p.back(app, ConsoleResults.APP_UPDATED);
        });
    }

    @POST
    @Path("{app}/disable")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response disable(@PathParam("app") String appId, MultivaluedMap<String, String> form) {
        return withApp(appId, "apps/" + appId, form, (p, app) -> enabled(p, app, false));
    }

    @POST
    @Path("{app}/enable")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response enable(@PathParam("app") String appId, MultivaluedMap<String, String> form) {
        return withApp(appId, "apps/" + appId, form, (p, app) -> enabled(p, app, true));
    }

    @GET
    @Path("{app}/delete")
    public Response deleteConfirm(@PathParam("app") String appId) {
        return withApp(appId, "apps/" + appId + "/delete", null, AppPages::deleteConfirm);
    }

    @POST
    @Path("{app}/delete")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response delete(@PathParam("app") String appId, MultivaluedMap<String, String> form) {
        return withApp(appId, "apps/" + appId, form, (p, app) -> {
            if (!"true".equals(form.getFirst("confirmed"))) {
                return p.deleteConfirm(app);
            }
            String id = app.getId();
            p.clients().delete(app);
            AppEvents.app(p.granted(), OperationType.DELETE, id, "deleted", Map.of());
            return p.done(ConsoleResults.APP_DELETED);
        });
    }

    /** A new client secret (confidential OIDC apps): the old one stops working; the app's page shows the new one once. */
    @POST
    @Path("{app}/secret")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response rotateSecret(@PathParam("app") String appId, MultivaluedMap<String, String> form) {
        return withApp(appId, "apps/" + appId, form, (p, app) -> {
            if (app.isPublicClient() || "saml".equals(app.getProtocol())) {
                return notFound();
            }
            p.clients().rotateSecret(app);
            app.setAttribute(AppAttributes.SECRET_PENDING, "true");
            AppEvents.app(p.granted(), OperationType.ACTION, app.getId(), "secret-rotated", Map.of());
            return p.back(app, ConsoleResults.APP_SECRET_ROTATED);
        });
    }

    /** The IdP's signing certificate (PEM) the SaaS needs for this app: the realm's active RS256 key. */
    @GET
    @Path("{app}/certificate")
    public Response certificate(@PathParam("app") String appId) {
        return withApp(appId, "apps/" + appId, null, (p, app) -> {
            KeyWrapper key = session.keys().getActiveKey(p.granted().realm(), KeyUse.SIG, "RS256");
            X509Certificate cert = key == null ? null : key.getCertificate();
            if (cert == null) {
                return notFound();
            }
            String pem = "-----BEGIN CERTIFICATE-----\n" + PemUtils.encodeCertificate(cert).replaceAll("(.{64})", "$1\n").strip()
                    + "\n-----END CERTIFICATE-----\n";
            return Response.ok(pem, "application/x-pem-file").header("Content-Disposition", "attachment; filename=\"omakase-idp.pem\"")
                    .header("Cache-Control", "no-store").build();
        });
    }

    /** 利用者の割り当て of an app. */
    @Path("{app}/assignment")
    public AppAssignmentResource assignment(@PathParam("app") String appId) {
        return new AppAssignmentResource(session, pages, adminRole, tenantId, appId);
    }

    private Response enabled(AppPages p, ClientModel app, boolean enabled) {
        if (app.isEnabled() != enabled) {
            app.setEnabled(enabled);
            AppEvents.app(p.granted(), OperationType.UPDATE, app.getId(), enabled ? "enabled" : "disabled", Map.of());
        }
        return p.back(app, enabled ? ConsoleResults.APP_ENABLED : ConsoleResults.APP_DISABLED);
    }

    /** The access check, the app lookup (404) and, for a post ({@code form} not null), the form token (403), then {@code page}. */
    Response withApp(String appId, String path, MultivaluedMap<String, String> form, BiFunction<AppPages, ClientModel, Response> page) {
        ConsoleAccess a = ConsoleAccess.check(session, pages, adminRole, tenantId, path);
        if (a.denied()) {
            return a.response();
        }
        AppPages p = pages(a);
        ClientModel app = p.clients().find(appId);
        if (app == null) {
            return notFound();
        }
        if (form != null && !pages.csrfMatches(a.granted().who(), form)) {
            return forbidden();
        }
        return page.apply(p, app);
    }

    private AppPages pages(ConsoleAccess a) {
        return new AppPages(pages, a.granted(), OmakaseResourceProviderFactory.apps(session));
    }

    private Response notFound() {
        return ConsoleAccess.error(pages, Response.Status.NOT_FOUND, "omakaseConsoleNotFound");
    }

    private Response forbidden() {
        return ConsoleAccess.error(pages, Response.Status.FORBIDDEN, "omakaseConsoleForbidden");
    }
}
