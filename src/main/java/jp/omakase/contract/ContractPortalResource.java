package jp.omakase.contract;

import java.util.Map;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.keycloak.forms.login.LoginFormsProvider;
import org.keycloak.models.KeycloakSession;
import org.keycloak.models.RealmModel;
import org.keycloak.services.managers.AuthenticationManager;

import jp.omakase.pages.PageRequest;
import jp.omakase.provisioning.AdminLinkReissue;
import jp.omakase.provisioning.ProvisioningSettings;

/**
 * {@code /realms/{bizid}/omakase/contracts/}: the contractor portal of the seed 2(5) and the manual's ⑧ and ⑨. The
 * contractor logs in with the Business ID and sees the contracts it holds; each contract's own pages
 * ({@link ContractPages}: details, change of the contractor information and of the administrator, first-login link
 * reissue, 利用終了 and its cancellation) answer only for the logged-in Business ID's contracts (another's: 404).
 */
public class ContractPortalResource {

    static final String FEATURE = "contracts";

    private final KeycloakSession session;
    private final PageRequest pages;
    private final ProvisioningSettings settings;
    private final AdminLinkReissue reissue;
    private final int retentionDays;

    public ContractPortalResource(KeycloakSession session, ProvisioningSettings settings, AdminLinkReissue reissue,
                                  ContractLifecycleSettings lifecycle) {
        this.retentionDays = lifecycle.retentionDays();
        this.session = session;
        this.pages = new PageRequest(session, FEATURE, settings.contractsClientId());
        this.settings = settings;
        this.reissue = reissue;
    }

    @GET
    @Produces(MediaType.TEXT_HTML)
    public Response contracts(@QueryParam("reissued") String reissued) {
        AuthenticationManager.AuthResult who = pages.who();
        if (who == null) {
            return pages.login("");
        }
        RealmModel realm = session.getContext().getRealm();
        LoginFormsProvider page = pages.form()
                .setAttribute("omakaseContracts", ContractView.of(session, realm, who.getUser().getId()))
                .setAttribute("omakasePortal", Map.of("csrf", pages.csrf(who), "base", pages.url("").toString(),
                        "email", who.getUser().getEmail() == null ? "" : who.getUser().getEmail()));
        ContractPages.reissueMessage(page, reissued);
        return page.createForm("omakase-contracts.ftl");
    }

    /** One contract's pages. */
    @Path("{contractId}")
    public ContractPages contract(@PathParam("contractId") String contractId) {
        return new ContractPages(session, pages, settings, reissue, contractId, retentionDays);
    }
}
