package jp.omakase.contract;

import java.util.Map;

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
import jakarta.ws.rs.core.UriBuilder;
import org.keycloak.forms.login.LoginFormsProvider;
import org.keycloak.models.KeycloakSession;
import org.keycloak.models.RealmModel;
import org.keycloak.services.managers.AuthenticationManager;

import jp.omakase.provisioning.AdminLinkReissue;
import jp.omakase.pages.PageRequest;

/**
 * {@code /realms/{bizid}/omakase/contracts/}: the contractor portal of the seed 2(5). The contractor logs in with the
 * Business ID and sees the contracts it holds (tenant, state, order date, administrator e-mail), and can reissue the
 * administrator's first-login link (a new one; the old one stops working). Only the logged-in Business ID's contracts
 * are ever shown or changed.
 */
public class ContractPortalResource {

    static final String FEATURE = "contracts";

    private final KeycloakSession session;
    private final PageRequest pages;
    private final AdminLinkReissue reissue;

    public ContractPortalResource(KeycloakSession session, String clientId, AdminLinkReissue reissue) {
        this.session = session;
        this.pages = new PageRequest(session, FEATURE, clientId);
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
        if ("wait".equals(reissued)) {
            page.setInfo("omakaseContractsReissueWaitMessage");
        } else if ("limit".equals(reissued)) {
            page.setError("omakaseContractsReissueLimitMessage");
        } else if (reissued != null) {
            page.setSuccess("omakaseContractsReissuedMessage");
        }
        return page.createForm("omakase-contracts.ftl");
    }

    @POST
    @Path("{contractId}/admin-link")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response reissue(@PathParam("contractId") String contractId, MultivaluedMap<String, String> form) {
        AuthenticationManager.AuthResult who = pages.who();
        if (!pages.csrfMatches(who, form)) {
            return pages.login("");
        }
        AdminLinkReissue.Outcome outcome = reissue.request(session, session.getContext().getRealm(), who.getUser(), contractId);
        UriBuilder back = UriBuilder.fromUri(pages.url(""));
        return Response.seeOther(switch (outcome) {
            case REQUESTED -> back.queryParam("reissued", "1").build();
            case WAIT -> back.queryParam("reissued", "wait").build();
            case LIMIT -> back.queryParam("reissued", "limit").build();
            case NOT_FOUND -> back.build();
        }).build();
    }
}
