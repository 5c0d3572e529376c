package jp.omakase.tenant;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.keycloak.models.KeycloakSession;

import jp.omakase.inquiry.InquiryConsoleResource;
import jp.omakase.pages.OmakaseResourceProviderFactory;
import jp.omakase.pages.PageRequest;
import jp.omakase.tenant.apps.AppsResource;
import jp.omakase.tenant.signins.SignInsResource;
import jp.omakase.tenant.groups.GroupsResource;
import jp.omakase.tenant.security.SecurityResource;
import jp.omakase.tenant.security.mfa.MfaSettingsResource;
import jp.omakase.tenant.users.UsersCsvResource;
import jp.omakase.tenant.users.UsersResource;

/**
 * The tenant console of one tenant ({@code /realms/{service}/omakase/tenant/{tenant}/…}): its home and, one resource
 * per area, the pages of that area. Every resource method of the console starts with {@link ConsoleAccess}; the
 * isolation test finds them all by reflection from this class.
 */
@Produces(MediaType.TEXT_HTML)
public class TenantConsoleResource {

    private final KeycloakSession session;
    private final PageRequest pages;
    private final String adminRole;
    private final String tenantId;
    private final ConsoleServices services;

    TenantConsoleResource(KeycloakSession session, PageRequest pages, String adminRole, String tenantId, ConsoleServices services) {
        this.session = session;
        this.pages = pages;
        this.adminRole = adminRole;
        this.tenantId = tenantId;
        this.services = services;
    }

    /** ホーム: the tenant, the number of its users and where to go next. */
    @GET
    public Response home() {
        ConsoleAccess a = ConsoleAccess.check(session, pages, adminRole, tenantId, "");
        if (a.denied()) {
            return a.response();
        }
        ConsoleAccess.Granted g = a.granted();
        return pages.form().setAttribute("omakaseConsole", ConsoleView.of(g, ConsoleView.Area.HOME, null))
                .setAttribute("omakaseConsoleHome", new ConsoleHomeView(g.orgs().getMembersCount(g.tenant())))
                .createForm("omakase-console-home.ftl");
    }

    /** ユーザー管理. */
    @Path("users")
    public UsersResource users() {
        return new UsersResource(session, pages, adminRole, tenantId, services.invitation());
    }

    /** 一括登録・一括変更・一括削除 (the longer literal path wins over {@code users/{user}}). */
    @Path("users/csv")
    public UsersCsvResource usersCsv() {
        return new UsersCsvResource(session, pages, adminRole, tenantId, services);
    }

    /** ログイン履歴. */
    @Path("sign-ins")
    public SignInsResource signIns() {
        return new SignInsResource(session, pages, adminRole, tenantId);
    }

    /** グループ管理. */
    @Path("groups")
    public GroupsResource groups() {
        return new GroupsResource(session, pages, adminRole, tenantId);
    }

    /** お問い合わせ: the inquiry form, filled in for the administrator. */
    @Path("inquiry")
    public InquiryConsoleResource inquiry() {
        return new InquiryConsoleResource(session, pages, adminRole, tenantId, OmakaseResourceProviderFactory.inquiries(session));
    }

    /** セキュリティ設定 › 多要素認証 (the longer literal path wins over {@code security}). */
    @Path("security/mfa")
    public MfaSettingsResource mfa() {
        return new MfaSettingsResource(session, pages, adminRole, tenantId);
    }

    /** SaaS設定. */
    @Path("apps")
    public AppsResource apps() {
        return new AppsResource(session, pages, adminRole, tenantId);
    }

    /** セキュリティ設定: the index, パスワードポリシー and アクセス制限 (多要素認証 has its own, longer path). */
    @Path("security")
    public SecurityResource security() {
        return new SecurityResource(session, pages, adminRole, tenantId);
    }
}
