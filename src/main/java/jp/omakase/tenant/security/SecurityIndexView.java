package jp.omakase.tenant.security;

/** View bean {@code omakaseSecurity} of the セキュリティ設定 index: the state of パスワードポリシー and アクセス制限. */
public record SecurityIndexView(TenantPasswordPolicy password, TenantNetworks networks) {

    /** True when the tenant's rule is stricter than the service's. */
    public boolean passwordStricter() {
        return !password.none();
    }

    public int networkCount() {
        return networks.ranges().size();
    }

    public boolean networksForMembersOnly() {
        return networks.scope() == TenantNetworks.Scope.MEMBERS;
    }
}
