package jp.omakase.provisioning;

import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import org.jboss.logging.Logger;
import org.keycloak.connections.jpa.JpaConnectionProvider;
import org.keycloak.events.admin.OperationType;
import org.keycloak.events.admin.ResourceType;
import org.keycloak.models.KeycloakSession;
import org.keycloak.models.KeycloakSessionFactory;
import org.keycloak.models.OrganizationModel;
import org.keycloak.models.RealmModel;
import org.keycloak.models.RoleModel;
import org.keycloak.models.UserModel;
import org.keycloak.models.utils.KeycloakModelUtils;
import org.keycloak.organization.OrganizationProvider;
import org.keycloak.services.resources.admin.AdminEventBuilder;
import org.keycloak.userprofile.UserProfileContext;
import org.keycloak.userprofile.UserProfileProvider;
import org.keycloak.userprofile.ValidationException;
import org.keycloak.util.JsonSerialization;

import jp.omakase.order.ContractState;
import jp.omakase.order.Contractor;
import jp.omakase.order.OrderState;
import jp.omakase.order.jpa.ContractEntity;
import jp.omakase.order.jpa.OrderEntity;
import jp.omakase.profile.ProfileAttributes;

/**
 * Makes the tenant of one order, exactly once: the order is first claimed (ORDERED → PROVISIONING, or a PROVISIONING
 * claim that went stale), then one transaction creates, in the service realm, the Organization (its id is the
 * contract's id, so a second attempt finds it instead of making another), the administrator (username and e-mail are
 * the order's e-mail, made through the user profile, required action UPDATE_PASSWORD, the tenant-administrator role,
 * member of the organization), and makes contract and order ACTIVE with the サービス利用開始通知 queued. An account
 * that already exists with that e-mail is not made member or administrator: the contract waits for its owner's
 * confirmation ({@link AdminConfirmation}) and the queued mail asks for it. A failure rolls all of it back, is
 * recorded on the order and retried by the re-drive task; after the last attempt the order is FAILED.
 */
final class TenantProvisioner {

    private static final Logger LOG = Logger.getLogger(TenantProvisioner.class);
    static final String ATTR_CONTRACT = "omakaseContractId";
    static final String ATTR_ORDER_NUMBER = "omakaseOrderNumber";
    static final String ATTR_CORPORATE_NUMBER = "omakaseCorporateNumber";
    static final String ATTR_CONTRACTOR = "omakaseContractorSubject";
    /** {@code ADMIN_CONFIRMATION} of a contract whose administrator is an existing account that has not confirmed yet. */
    static final String CONFIRMATION_PENDING = "PENDING";
    static final String CONFIRMED = "CONFIRMED";

    private final ProvisioningSettings settings;

    TenantProvisioner(ProvisioningSettings settings) {
        this.settings = settings;
    }

    /** Provisions the order if it can be claimed; answers the contract id when a tenant now exists, else null. */
    String provision(KeycloakSessionFactory factory, String orderId) {
        long now = System.currentTimeMillis();
        int claimed = KeycloakModelUtils.runJobInTransactionWithResult(factory, s -> em(s).createNamedQuery("omakase.claimOrder")
                .setParameter("id", orderId).setParameter("now", now)
                .setParameter("stale", now - settings.redriveAfter() * 1000L).executeUpdate());
        if (claimed == 0) {
            LOG.debugf("Order %s not claimed: provisioned, being provisioned or failed", orderId);
            return null;
        }
        try {
            return KeycloakModelUtils.runJobInTransactionWithResult(factory, s -> build(s, orderId, now));
        } catch (RuntimeException e) {
            fail(factory, orderId, now, e);
            return null;
        }
    }

    /**
     * The tenant, under the claim made at {@code claimedAt}: the order row is locked and must still carry that claim
     * (a worker whose claim went stale and was taken over stops here; the one that took it over waits for the lock).
     */
    private String build(KeycloakSession s, String orderId, long claimedAt) {
        EntityManager em = em(s);
        OrderEntity order = em.find(OrderEntity.class, orderId, LockModeType.PESSIMISTIC_WRITE);
        if (order == null || !OrderState.PROVISIONING.name().equals(order.getState()) || order.getUpdatedAt() != claimedAt) {
            LOG.infof("Order %s: claim of %d no longer held, another attempt goes on", orderId, claimedAt);
            return null;
        }
        ContractEntity contract = em.createNamedQuery("omakase.contractByOrder", ContractEntity.class)
                .setParameter("orderId", orderId).getSingleResult();
        RealmModel bizid = s.realms().getRealm(order.getRealmId());
        s.getContext().setRealm(bizid);
        UserModel contractorUser = s.users().getUserById(bizid, order.getUserId());
        if (contractorUser == null) {
            throw new ProvisioningFailure(ProvisioningFailure.CONTRACTOR_MISSING);
        }
        RealmModel service = s.realms().getRealmByName(settings.serviceRealm());
        if (service == null || !service.isOrganizationsEnabled()) {
            throw new ProvisioningFailure(ProvisioningFailure.SERVICE_REALM_MISSING);
        }
        Contractor contractor = contractor(order);
        s.getContext().setRealm(service);
        OrganizationProvider orgs = s.getProvider(OrganizationProvider.class);
        AdminEventBuilder events = ProvisioningEvents.builder(s, service, bizid, contractorUser).operation(OperationType.CREATE);
        OrganizationModel org = orgs.getById(contract.getId());
        if (org == null) {
            org = orgs.create(contract.getId(), tenantName(orgs, contractor.companyName(), order.getOrderNumber(), contract.getId()),
                    "omk-" + contract.getId());
            org.setDescription(contractor.companyName());
            org.setAttributes(Map.of(ATTR_CONTRACT, List.of(contract.getId()), ATTR_ORDER_NUMBER, List.of(order.getOrderNumber()),
                    ATTR_CORPORATE_NUMBER, List.of(nonNull(contractorUser.getFirstAttribute(ProfileAttributes.CORPORATE_NUMBER))),
                    ATTR_CONTRACTOR, List.of(contractorUser.getId())));
            events.resource(ResourceType.ORGANIZATION).resourcePath("organizations", org.getId())
                    .representation(Map.of("id", org.getId(), "name", org.getName(), "alias", org.getAlias())).success();
        }
        String email = contractor.email().strip().toLowerCase(java.util.Locale.ROOT);
        UserModel admin = s.users().getUserByEmail(service, email);
        if (admin == null) {
            admin = s.users().getUserByUsername(service, email);
        }
        boolean existing = admin != null && !org.isMember(admin);
        if (admin == null) {
            admin = createAdmin(s, contractor, email, contractorUser.getFirstAttribute(UserModel.LOCALE));
            events.resource(ResourceType.USER).resourcePath("users", admin.getId())
                    .representation(Map.of("id", admin.getId(), "requiredActions", List.of("UPDATE_PASSWORD"))).success();
        }
        if (existing) {
            // an account that exists already (another tenant's administrator…) gets no membership and no role until
            // its owner confirms through the mailed link (AdminConfirmation)
            contract.setAdminConfirmation(CONFIRMATION_PENDING);
        } else {
            AdminConfirmation.makeAdministrator(s, service, org, admin, settings, events);
        }
        long now = System.currentTimeMillis();
        boolean first = !ContractState.ACTIVE.name().equals(contract.getState());
        contract.setState(ContractState.ACTIVE.name());
        contract.setOrganizationId(org.getId());
        contract.setAdminUserId(admin.getId());
        contract.setTenantName(org.getName());
        contract.setAdminEmail(email);
        if (first) {
            contract.setNoticeState(ServiceNotice.PENDING);
            contract.setNoticeKind(ServiceNotice.START);
            contract.setNoticeAttempts(0);
            contract.setNoticeNextAt(now);
        }
        contract.setUpdatedAt(now);
        order.setState(OrderState.ACTIVE.name());
        order.setFailureReason(null);
        order.setUpdatedAt(now);
        ProvisioningEvents.step(s, bizid, contractorUser, orderId, contract.getId(), OperationType.UPDATE, "tenant", "active",
                Map.of("organizationId", org.getId(), "adminUserId", admin.getId(), "serviceRealm", service.getName(),
                        "attempt", order.getRetryCount(), "adminConfirmation", existing ? CONFIRMATION_PENDING : "not_needed"));
        LOG.infof("Order %s provisioned: contract %s, organization %s, administrator %s%s in realm %s (attempt %d)", orderId,
                contract.getId(), org.getId(), admin.getId(), existing ? " (existing account, awaiting its confirmation)" : "",
                service.getName(), order.getRetryCount());
        return contract.getId();
    }

    private void fail(KeycloakSessionFactory factory, String orderId, long claimedAt, RuntimeException cause) {
        String reason = reason(cause);
        try {
            KeycloakModelUtils.runJobInTransaction(factory, s -> {
                OrderEntity order = em(s).find(OrderEntity.class, orderId, LockModeType.PESSIMISTIC_WRITE);
                if (order == null || !OrderState.PROVISIONING.name().equals(order.getState()) || order.getUpdatedAt() != claimedAt) {
                    return;
                }
                boolean last = order.getRetryCount() >= settings.maxAttempts()
                        || cause instanceof ProvisioningFailure f && f.permanent();
                order.setFailureReason(reason);
                order.setUpdatedAt(System.currentTimeMillis());
                if (last) {
                    order.setState(OrderState.FAILED.name());
                }
                RealmModel bizid = s.realms().getRealm(order.getRealmId());
                s.getContext().setRealm(bizid);
                UserModel actor = s.users().getUserById(bizid, order.getUserId());
                if (actor != null) {
                    ProvisioningEvents.step(s, bizid, actor, orderId, null, OperationType.ACTION, "tenant",
                            last ? "failed" : "retry", Map.of("attempt", order.getRetryCount(), "reason", reason));
                }
                if (last) {
                    LOG.errorf("Provisioning of order %s FAILED after %d attempts: %s", orderId, order.getRetryCount(), reason);
                } else {
                    LOG.errorf("Provisioning of order %s failed (attempt %d of %d, retried in %d s): %s", orderId,
                            order.getRetryCount(), settings.maxAttempts(), settings.redriveAfter(), reason);
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
    private static UserModel createAdmin(KeycloakSession s, Contractor contractor, String email, String locale) {
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
        if (locale != null) {
            admin.setSingleAttribute(UserModel.LOCALE, locale);
        }
        admin.addRequiredAction(UserModel.RequiredAction.UPDATE_PASSWORD);
        return admin;
    }

    private static String nonNull(String s) {
        return s == null ? "" : s;
    }

    private static Contractor contractor(OrderEntity order) {
        try {
            return JsonSerialization.readValue(order.getContractor(), Contractor.class);
        } catch (IOException e) {
            throw new IllegalStateException("order " + order.getId() + " has an unreadable contractor", e);
        }
    }

    static EntityManager em(KeycloakSession s) {
        return s.getProvider(JpaConnectionProvider.class).getEntityManager();
    }
}
