package jp.omakase.provisioning;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.jboss.logging.Logger;
import org.keycloak.events.admin.OperationType;
import org.keycloak.events.admin.ResourceType;
import org.keycloak.models.KeycloakSession;
import org.keycloak.models.KeycloakSessionFactory;
import org.keycloak.models.ModelDuplicateException;
import org.keycloak.models.OrganizationModel;
import org.keycloak.models.RealmModel;
import org.keycloak.models.UserModel;
import org.keycloak.models.utils.KeycloakModelUtils;
import org.keycloak.organization.OrganizationProvider;
import org.keycloak.services.resources.admin.AdminEventBuilder;
import org.keycloak.userprofile.UserProfileContext;
import org.keycloak.userprofile.UserProfileProvider;
import org.keycloak.userprofile.ValidationException;

import jp.omakase.order.AdminConfirmationState;
import jp.omakase.order.Contract;
import jp.omakase.order.ContractStore;
import jp.omakase.order.Contractor;
import jp.omakase.order.Order;
import jp.omakase.order.OrderStore;
import jp.omakase.profile.ProfileAttributes;

/**
 * Makes the tenant of one order, exactly once: the order is first claimed (ORDERED → PROVISIONING, or a PROVISIONING
 * claim that went stale), then one transaction runs the steps, each of which finds what an earlier attempt made: the
 * organization in the service realm (its id is the contract's), the administrator (username and e-mail are the
 * order's e-mail, made through the user profile, required action UPDATE_PASSWORD), membership and the
 * tenant-administrator role, and the contract's activation (contract and order ACTIVE, the サービス利用開始通知
 * queued). An account that already exists with that e-mail is not made member or administrator: the contract waits for
 * its owner's confirmation ({@link AdminConfirmation}) and the queued mail asks for it. A failure rolls all of it back,
 * is recorded on the order and retried by the re-drive task; after the last attempt the order is FAILED.
 */
final class TenantProvisioner {

    private static final Logger LOG = Logger.getLogger(TenantProvisioner.class);
    static final String ATTR_CONTRACT = "omakaseContractId";
    static final String ATTR_ORDER_NUMBER = "omakaseOrderNumber";
    static final String ATTR_CORPORATE_NUMBER = "omakaseCorporateNumber";
    static final String ATTR_CONTRACTOR = "omakaseContractorSubject";

    private final ProvisioningSettings settings;

    TenantProvisioner(ProvisioningSettings settings) {
        this.settings = settings;
    }

    /** Provisions the order if it can be claimed; answers the contract id when a tenant now exists, else null. */
    String provision(KeycloakSessionFactory factory, String orderId) {
        long now = System.currentTimeMillis();
        boolean claimed = KeycloakModelUtils.runJobInTransactionWithResult(factory,
                s -> OrderStore.of(s).claim(orderId, now, now - settings.claimLease() * 1000L, now - settings.redriveAfter() * 1000L));
        if (!claimed) {
            LOG.debugf("Order %s not claimed: provisioned, being provisioned or failed", orderId);
            return null;
        }
        for (int attempt = 1; ; attempt++) {
            try {
                return KeycloakModelUtils.runJobInTransactionWithResult(factory, s -> build(s, orderId, now));
            } catch (RuntimeException e) {
                if (attempt < CONFLICT_ATTEMPTS && conflict(e)) {
                    // another order's transaction (on this node or another) took a unique name at the same moment, e.g.
                    // the company's tenant name: the claim is still ours, the next try finds the name taken and picks another
                    LOG.infof("Order %s: unique conflict with a concurrent provisioning, tried again at once (%s)", orderId, reason(e));
                    continue;
                }
                fail(factory, orderId, now, e);
                return null;
            }
        }
    }

    /** Tries of one claim when a concurrent transaction took a unique value first. */
    private static final int CONFLICT_ATTEMPTS = 3;

    /** A unique constraint that another transaction won (Keycloak's duplicate, or the database's violation). */
    static boolean conflict(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof ModelDuplicateException || t.getClass().getSimpleName().equals("ConstraintViolationException")) {
                return true;
            }
        }
        return false;
    }

    /**
     * The tenant, under the claim made at {@code claimedAt}: the order row is locked and must still carry that claim
     * (a worker whose claim went stale and was taken over stops here; the one that took it over waits for the lock).
     * Each step finds what an earlier attempt made instead of making it again.
     */
    private String build(KeycloakSession s, String orderId, long claimedAt) {
        Order order = OrderStore.of(s).lock(orderId).filter(o -> o.claimedAt(claimedAt)).orElse(null);
        if (order == null) {
            LOG.infof("Order %s: claim of %d no longer held, another attempt goes on", orderId, claimedAt);
            return null;
        }
        Contract contract = ContractStore.of(s).byOrder(orderId).orElseThrow();
        RealmModel bizid = s.realms().getRealm(order.realmId());
        s.getContext().setRealm(bizid);
        UserModel contractorUser = s.users().getUserById(bizid, order.userId());
        if (contractorUser == null) {
            throw new ProvisioningFailure(ProvisioningFailure.CONTRACTOR_MISSING);
        }
        RealmModel service = s.realms().getRealmByName(settings.serviceRealm());
        if (service == null || !service.isOrganizationsEnabled()) {
            throw new ProvisioningFailure(ProvisioningFailure.SERVICE_REALM_MISSING);
        }
        Contractor contractor = order.contractor();
        s.getContext().setRealm(service);
        AdminEventBuilder events = ProvisioningEvents.builder(s, service, bizid, contractorUser).operation(OperationType.CREATE);
        OrganizationModel org = organization(s, order, contract, contractor, contractorUser, events);
        String email = contractor.email().strip().toLowerCase(Locale.ROOT);
        UserModel found = existingAccount(s, service, email);
        boolean existing = found != null && !org.isMember(found);
        UserModel admin = found != null ? found : newAdministrator(s, contractor, email, contractorUser, events);
        if (existing) {
            // an account that exists already (another tenant's administrator…) gets no membership and no role until
            // its owner confirms through the mailed link (AdminConfirmation)
            contract.awaitConfirmation();
        } else {
            // step 3, membership and the tenant-administrator role (each made only when missing)
            AdminConfirmation.makeAdministrator(s, service, org, admin, settings.tenantAdminRole(), events);
        }
        activate(s, order, contract, org, admin, email, bizid, contractorUser, existing);
        LOG.infof("Order %s provisioned: contract %s, organization %s, administrator %s%s in realm %s (attempt %d)", orderId,
                contract.id(), org.getId(), admin.getId(), existing ? " (existing account, awaiting its confirmation)" : "",
                service.getName(), order.retryCount());
        return contract.id();
    }

    /** Step 1, the organization: its id is the contract's, so a second attempt finds it. */
    private static OrganizationModel organization(KeycloakSession s, Order order, Contract contract, Contractor contractor,
                                                  UserModel contractorUser, AdminEventBuilder events) {
        OrganizationProvider orgs = s.getProvider(OrganizationProvider.class);
        OrganizationModel org = orgs.getById(contract.id());
        if (org != null) {
            return org;
        }
        org = orgs.create(contract.id(), tenantName(orgs, contractor.companyName(), order.orderNumber(), contract.id()),
                "omk-" + contract.id());
        org.setDescription(contractor.companyName());
        org.setAttributes(Map.of(ATTR_CONTRACT, List.of(contract.id()), ATTR_ORDER_NUMBER, List.of(order.orderNumber()),
                ATTR_CORPORATE_NUMBER, List.of(nonNull(contractorUser.getFirstAttribute(ProfileAttributes.CORPORATE_NUMBER))),
                ATTR_CONTRACTOR, List.of(contractorUser.getId())));
        events.resource(ResourceType.ORGANIZATION).resourcePath("organizations", org.getId())
                .representation(Map.of("id", org.getId(), "name", org.getName(), "alias", org.getAlias())).success();
        return org;
    }

    /** The service realm's account with the order's e-mail (by e-mail, then by username), if there is one. */
    static UserModel existingAccount(KeycloakSession s, RealmModel service, String email) {
        UserModel admin = s.users().getUserByEmail(service, email);
        return admin != null ? admin : s.users().getUserByUsername(service, email);
    }

    /** Step 2, the administrator, when no account has the order's e-mail (a second attempt finds the first's). */
    private static UserModel newAdministrator(KeycloakSession s, Contractor contractor, String email, UserModel contractorUser,
                                              AdminEventBuilder events) {
        UserModel admin = createAdmin(s, contractor, email, contractorUser.getFirstAttribute(UserModel.LOCALE));
        events.resource(ResourceType.USER).resourcePath("users", admin.getId())
                .representation(Map.of("id", admin.getId(), "requiredActions", List.of("UPDATE_PASSWORD"))).success();
        return admin;
    }

    /** Step 4, contract activation: contract and order ACTIVE, the サービス利用開始通知 queued on the first activation. */
    private static void activate(KeycloakSession s, Order order, Contract contract, OrganizationModel org, UserModel admin,
                                 String email, RealmModel bizid, UserModel contractorUser, boolean existing) {
        long now = System.currentTimeMillis();
        contract.activate(org.getId(), admin.getId(), org.getName(), email, now);
        order.activated(now);
        ProvisioningEvents.step(s, bizid, contractorUser, order.id(), contract.id(), OperationType.UPDATE, "tenant", "active",
                Map.of("organizationId", org.getId(), "adminUserId", admin.getId(), "serviceRealm", s.getContext().getRealm().getName(),
                        "attempt", order.retryCount(), "adminConfirmation",
                        existing ? AdminConfirmationState.PENDING.name() : "not_needed"));
    }

    private void fail(KeycloakSessionFactory factory, String orderId, long claimedAt, RuntimeException cause) {
        String reason = reason(cause);
        try {
            KeycloakModelUtils.runJobInTransaction(factory, s -> {
                Order order = OrderStore.of(s).lock(orderId).filter(o -> o.claimedAt(claimedAt)).orElse(null);
                if (order == null) {
                    return;
                }
                boolean last = order.retryCount() >= settings.maxAttempts()
                        || cause instanceof ProvisioningFailure f && f.permanent();
                order.attemptFailed(reason, last, System.currentTimeMillis());
                RealmModel bizid = s.realms().getRealm(order.realmId());
                s.getContext().setRealm(bizid);
                UserModel actor = s.users().getUserById(bizid, order.userId());
                if (actor != null) {
                    ProvisioningEvents.step(s, bizid, actor, orderId, null, OperationType.ACTION, "tenant",
                            last ? "failed" : "retry", Map.of("attempt", order.retryCount(), "reason", reason));
                }
                if (last) {
                    LOG.errorf("Provisioning of order %s FAILED after %d attempts: %s", orderId, order.retryCount(), reason);
                } else {
                    LOG.errorf("Provisioning of order %s failed (attempt %d of %d, retried in %d s): %s", orderId,
                            order.retryCount(), settings.maxAttempts(), settings.redriveAfter(), reason);
                }
                // the exception's message may carry personal data (a constraint's values): its trace at DEBUG only
                LOG.debugf(cause, "Provisioning failure of order %s", orderId);
            });
        } catch (RuntimeException e) {
            LOG.errorf("Provisioning of order %s failed (%s) and the failure could not be recorded (%s)", orderId, reason, reason(e));
        }
    }

    /**
     * The organization's name: the company's, or with the order number when another tenant already has it, or also with
     * the start of the contract id when that is taken too (each store numbers its own orders, so two stores' orders may
     * share a number).
     */
    private static String tenantName(OrganizationProvider orgs, String company, String orderNumber, String contractId) {
        for (String name : List.of(company, company + "（" + orderNumber + "）")) {
            if (orgs.getAllStream(name, true, 0, 1).findAny().isEmpty()) {
                return name;
            }
        }
        return company + "（" + orderNumber + "-" + contractId.substring(0, 8) + "）";
    }

    /** 担当者氏名 "山田 太郎" → {姓, 名}; a name without a space is the family name and the given name. */
    static String[] names(String fullName) {
        String name = fullName.strip();
        String[] parts = name.split("[\\s\u3000]+", 2);
        return parts.length == 2 ? parts : new String[] {name, name};
    }

    /** The failure as a code: a {@link ProvisioningFailure}'s, else {@code unexpected:<exception class>}; never a message. */
    static String reason(Throwable e) {
        String reason = e instanceof ProvisioningFailure f ? f.code() : "unexpected:" + e.getClass().getSimpleName();
        return reason.length() > 255 ? reason.substring(0, 255) : reason;
    }

    /**
     * A new administrator account, made through the service realm's user profile (its validators judge the e-mail and
     * names as for any other user), with the contractor's language and the required action UPDATE_PASSWORD.
     */
    static UserModel createAdmin(KeycloakSession s, Contractor contractor, String email, String locale) {
        String[] names = names(contractor.name());
        Map<String, Object> attributes = new LinkedHashMap<>();
        attributes.put(UserModel.USERNAME, email);
        attributes.put(UserModel.EMAIL, email);
        attributes.put(UserModel.LAST_NAME, names[0]);
        attributes.put(UserModel.FIRST_NAME, names[1]);
        UserModel admin;
        try {
            admin = s.getProvider(UserProfileProvider.class).create(UserProfileContext.USER_API, attributes).create();
        } catch (ValidationException e) {
            LOG.debugf("Administrator profile refused: %s", e.getErrors().stream().map(ValidationException.Error::getMessage).toList());
            throw new ProvisioningFailure(ProvisioningFailure.ADMIN_PROFILE_INVALID, true);
        }
        admin.setEnabled(true);
        admin.setAttribute(UserModel.LOCALE, locale == null ? List.of() : List.of(locale));
        admin.addRequiredAction(UserModel.RequiredAction.UPDATE_PASSWORD);
        return admin;
    }

    private static String nonNull(String s) {
        return s == null ? "" : s;
    }
}
