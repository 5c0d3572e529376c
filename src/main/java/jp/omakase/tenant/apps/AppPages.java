package jp.omakase.tenant.apps;

import java.util.Comparator;
import java.util.List;

import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriBuilder;
import org.keycloak.models.ClientModel;
import org.keycloak.models.GroupModel;
import org.keycloak.models.UserModel;

import jp.omakase.pages.PageRequest;
import jp.omakase.tenant.ConsoleAccess;
import jp.omakase.tenant.ConsoleResults;
import jp.omakase.tenant.ConsoleView;
import jp.omakase.tenant.apps.catalogue.AppCatalogue;
import jp.omakase.tenant.apps.catalogue.AppTemplate;

/** Renders the pages of SaaS設定 from a granted request: the list, the catalogue, the form, an app, its deletion, its secret. */
final class AppPages {

    private final PageRequest pages;
    private final ConsoleAccess.Granted g;
    private final AppCatalogue catalogue;
    private final AppClients clients;
    private final String language;

    AppPages(PageRequest pages, ConsoleAccess.Granted g, AppCatalogue catalogue) {
        this.pages = pages;
        this.g = g;
        this.catalogue = catalogue;
        this.clients = new AppClients(g);
        this.language = g.session().getContext().resolveLocale(g.admin()).getLanguage();
    }

    ConsoleAccess.Granted granted() {
        return g;
    }

    AppClients clients() {
        return clients;
    }

    AppCatalogue templates() {
        return catalogue;
    }

    String language() {
        return language;
    }

    /** The template an app was made from; an app whose template left the catalogue is edited as custom SAML/OIDC. */
    AppTemplate templateOf(ClientModel app) {
        AppTemplate t = catalogue.find(app.getAttribute(TenantApps.TEMPLATE));
        return t != null ? t : catalogue.find("saml".equals(app.getProtocol()) ? "custom-saml" : "custom-oidc");
    }

    Response list(String done) {
        List<AppListView.Row> rows = TenantApps.of(g.realm(), g.tenant()).map(this::row)
                .sorted(Comparator.comparing(AppListView.Row::name)).toList();
        return page(done).setAttribute("omakaseApps", new AppListView(rows, url("apps/new"))).createForm("omakase-console-apps.ftl");
    }

    Response catalogue() {
        List<CatalogueView.Tile> tiles = catalogue.all().stream().map(t -> new CatalogueView.Tile(t.id(), t.name(language),
                t.protocol().word(), t.iconLetter(), t.iconColor(), UriBuilder.fromUri(url("apps/new")).queryParam("template", t.id())
                .build().toString(), t.guideUrl())).toList();
        return page(null).setAttribute("omakaseCatalogue", new CatalogueView(tiles)).createForm("omakase-console-app-catalogue.ftl");
    }

    Response form(AppForm form, ClientModel app) {
        AppTemplate t = form.template();
        List<AppFormView.Field> fields = t.fields().stream()
                .map(f -> new AppFormView.Field(AppForm.FIELD + f.name(), f.label(language), f.example(), f.list())).toList();
        String action = app == null ? url("apps") : url("apps/" + app.getId() + "/edit");
        AppFormView view = new AppFormView(app != null, t.id(), t.name(language), t.protocol().word(), t.iconLetter(), t.iconColor(),
                t.guideUrl(), fields, form.inputs(), form.errors(), action, app == null ? url("apps/new") : url("apps/" + app.getId()));
        return page(null).setAttribute("omakaseAppForm", view).createForm("omakase-console-app-form.ftl");
    }

    /** An app's page; a secret waiting to be shown (after create or rotate) is shown on this page once, then forgotten. */
    Response app(ClientModel app, String done, String emailError) {
        String secret = null;
        if ("true".equals(app.getAttribute(AppAttributes.SECRET_PENDING))) {
            app.removeAttribute(AppAttributes.SECRET_PENDING);
            secret = app.isPublicClient() ? null : app.getSecret();
        }
        return page(done).setAttribute("omakaseApp", view(app, emailError)).setAttribute("omakaseAppSecret", secret)
                .createForm("omakase-console-app.ftl");
    }

    Response deleteConfirm(ClientModel app) {
        return page(null).setAttribute("omakaseApp", view(app, null)).createForm("omakase-console-app-delete.ftl");
    }

    Response done(String result) {
        return Response.seeOther(UriBuilder.fromUri(url("apps")).queryParam(ConsoleResults.PARAM, result).build()).build();
    }

    Response back(ClientModel app, String result) {
        UriBuilder b = UriBuilder.fromUri(url("apps/" + app.getId()));
        return Response.seeOther(result == null ? b.build() : b.queryParam(ConsoleResults.PARAM, result).build()).build();
    }

    private AppListView.Row row(ClientModel c) {
        AppTemplate t = templateOf(c);
        return new AppListView.Row(c.getId(), displayName(c), t.name(language), t.protocol().word(), c.isEnabled(),
                TenantApps.assignedToAll(c) ? TenantApps.ASSIGN_ALL : TenantApps.ASSIGN_CHOSEN, t.iconLetter(), t.iconColor(),
                url("apps/" + c.getId()));
    }

    private AppView view(ClientModel c, String emailError) {
        AppTemplate t = templateOf(c);
        boolean saml = "saml".equals(c.getProtocol());
        String realmUrl = UriBuilder.fromUri(g.session().getContext().getUri().getBaseUri()).path("realms").path(g.realm().getName())
                .build().toString();
        String idpInitiated = c.getAttribute(AppProtocol.IDP_INITIATED);
        List<String> endpoints = c.getRedirectUris().stream().sorted().toList();
        if (saml && c.getAttribute("saml_assertion_consumer_url_post") != null) {
            String post = c.getAttribute("saml_assertion_consumer_url_post");
            endpoints = java.util.stream.Stream.concat(java.util.stream.Stream.of(post), endpoints.stream().filter(u -> !u.equals(post)))
                    .toList();
        }
        String format = AppClients.read(c, t).get("nameIdFormat");
        return new AppView(c.getId(), displayName(c), t.name(language), saml ? "saml" : "oidc", c.isEnabled(), c.getClientId(), endpoints,
                format, !c.isPublicClient(), realmUrl + "/protocol/saml/descriptor", realmUrl + "/protocol/saml",
                saml && idpInitiated != null ? realmUrl + "/protocol/saml/clients/" + idpInitiated : null, realmUrl, t.guideUrl(),
                t.iconLetter(), t.iconColor(), url("apps/" + c.getId()), assignment(c, emailError));
    }

    private AppView.Assignment assignment(ClientModel c, String emailError) {
        AppAssignment a = new AppAssignment(g);
        List<GroupModel> holding = a.groupsWithAccess(c);
        List<AppView.Holder> groups = holding.stream().map(x -> new AppView.Holder(x.getId(), a.groups().path(x), "")).toList();
        List<AppView.Holder> others = a.groups().tree().stream().map(n -> n.group())
                .filter(x -> holding.stream().noneMatch(h -> h.getId().equals(x.getId())))
                .map(x -> new AppView.Holder(x.getId(), a.groups().path(x), "")).toList();
        List<AppView.Holder> users = a.usersWithAccess(c, 200).stream().map(u -> new AppView.Holder(u.getId(), name(u), u.getEmail()))
                .toList();
        return new AppView.Assignment(TenantApps.assignedToAll(c), groups, users, others, emailError);
    }

    static String displayName(ClientModel c) {
        String name = c.getAttribute(TenantApps.DISPLAY_NAME);
        return name != null ? name : c.getName() != null ? c.getName() : c.getClientId();
    }

    private static String name(UserModel u) {
        return ((u.getLastName() == null ? "" : u.getLastName()) + " " + (u.getFirstName() == null ? "" : u.getFirstName())).strip();
    }

    private org.keycloak.forms.login.LoginFormsProvider page(String done) {
        return pages.form().setAttribute("omakaseConsole", ConsoleView.of(g, ConsoleView.Area.APPS, done));
    }

    String url(String path) {
        return pages.url(g.path(path)).toString();
    }
}
