package jp.omakase.upgrade;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.lang.reflect.Constructor;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The upgrade guard: every Keycloak class, constructor and method this extension calls or overrides outside Keycloak's
 * public SPIs (internal SPIs, protected methods, constructors of tokens and event builders) must exist with the same
 * shape in the Keycloak distribution the tests run (its own jars, loaded apart from the compile class path). Building
 * with {@code -Dkeycloak.version=<next 26.x>} runs this against that server; a change fails here with the member's
 * name, before any behaviour test, and README "Upgrading Keycloak" says what to look at.
 */
class KeycloakApiShapeIT {

    private static URLClassLoader server;

    /** One member this extension relies on: class, member name ({@code <init>} for a constructor), parameter types. */
    private record Member(String owner, String name, String why, String... parameters) {
    }

    private static final List<Member> MEMBERS = List.of(
            // mails: rendering stops before SMTP by overriding this protected method (mail.MailRenderer)
            new Member("org.keycloak.email.freemarker.FreeMarkerEmailTemplateProvider", "send", "mail rendering without sending",
                    "java.util.Map", "java.lang.String", "java.lang.String", "java.lang.String", "java.lang.String"),
            new Member("org.keycloak.models.light.LightweightUserAdapter", "<init>", "mail to an address without account",
                    "org.keycloak.models.KeycloakSession", "org.keycloak.models.RealmModel", "java.lang.String"),
            // the mail outbox: the language a mail was rendered in, and the hand-off to SMTP with the realm's settings of the moment
            new Member("org.keycloak.models.KeycloakContext", "resolveLocale", "language of an outbox mail", "org.keycloak.models.UserModel"),
            new Member("org.keycloak.email.EmailSenderProvider", "send", "sending an outbox mail", "java.util.Map", "java.lang.String",
                    "java.lang.String", "java.lang.String", "java.lang.String"),
            // the administrator first-login link and its revocation (provisioning)
            new Member("org.keycloak.authentication.actiontoken.execactions.ExecuteActionsActionToken", "<init>", "first-login link",
                    "java.lang.String", "java.lang.String", "int", "java.util.List", "java.lang.String", "java.lang.String"),
            new Member("org.keycloak.authentication.actiontoken.DefaultActionToken", "serializeKey", "single-use key of a link"),
            new Member("org.keycloak.models.KeycloakSession", "revokedTokens", "revoking a replaced link"),
            new Member("org.keycloak.models.RevokedTokenProvider", "put", "revoking a replaced link", "java.lang.String", "long"),
            new Member("org.keycloak.models.RevokedTokenProvider", "contains", "a used or replaced link", "java.lang.String"),
            new Member("org.keycloak.models.TokenManager", "encode", "signing the link", "org.keycloak.Token"),
            new Member("org.keycloak.services.Urls", "realmIssuer", "issuer of the link", "java.net.URI", "java.lang.String"),
            // the link's entry (tenant pages): the login Keycloak's confirmation step would start, then its endpoint
            new Member("org.keycloak.models.TokenManager", "decode", "first-login entry", "java.lang.String", "java.lang.Class"),
            new Member("org.keycloak.services.managers.AuthenticationSessionManager", "createAuthenticationSession", "first-login entry",
                    "org.keycloak.models.RealmModel", "boolean"),
            new Member("org.keycloak.sessions.AuthenticationSessionCompoundId", "fromAuthSession", "first-login entry",
                    "org.keycloak.sessions.AuthenticationSessionModel"),
            new Member("org.keycloak.authentication.actiontoken.DefaultActionToken", "setCompoundAuthenticationSessionId",
                    "first-login entry", "java.lang.String"),
            new Member("org.keycloak.services.Urls", "actionTokenBuilder", "first-login entry", "java.net.URI", "java.lang.String",
                    "java.lang.String", "java.lang.String", "java.lang.String"),
            new Member("org.keycloak.authentication.AuthenticationProcessor", "getClientData", "first-login entry",
                    "org.keycloak.models.KeycloakSession", "org.keycloak.sessions.AuthenticationSessionModel"),
            // the end of the first login (tenant.FirstLoginEndRequiredAction): what Keycloak does after a link's last action
            new Member("org.keycloak.models.DefaultActionTokenKey", "from", "revoking the used first-login link", "java.lang.String"),
            new Member("org.keycloak.protocol.RestartLoginCookie", "expireRestartCookie", "ending the first login",
                    "org.keycloak.models.KeycloakSession"),
            new Member("org.keycloak.sessions.AuthenticationSessionProvider", "getRootAuthenticationSession", "ending the first login",
                    "org.keycloak.models.RealmModel", "java.lang.String"),
            new Member("org.keycloak.sessions.AuthenticationSessionProvider", "removeRootAuthenticationSession", "ending the first login",
                    "org.keycloak.models.RealmModel", "org.keycloak.sessions.RootAuthenticationSessionModel"),
            // tenants
            new Member("org.keycloak.organization.OrganizationProvider", "create", "tenant with the contract's id",
                    "java.lang.String", "java.lang.String", "java.lang.String"),
            new Member("org.keycloak.organization.OrganizationProvider", "getById", "finding a tenant again", "java.lang.String"),
            new Member("org.keycloak.organization.OrganizationProvider", "addMember", "administrator membership",
                    "org.keycloak.models.OrganizationModel", "org.keycloak.models.UserModel"),
            new Member("org.keycloak.organization.OrganizationProvider", "getByMember", "tenant pages", "org.keycloak.models.UserModel"),
            new Member("org.keycloak.organization.OrganizationProvider", "getAllStream", "tenant name taken?",
                    "java.lang.String", "java.lang.Boolean", "java.lang.Integer", "java.lang.Integer"),
            // admin events written by the extension (orders, provisioning, company imports)
            new Member("org.keycloak.services.resources.admin.AdminEventBuilder", "<init>", "admin events",
                    "org.keycloak.models.RealmModel", "org.keycloak.services.resources.admin.AdminAuth",
                    "org.keycloak.models.KeycloakSession", "org.keycloak.common.ClientConnection"),
            new Member("org.keycloak.services.resources.admin.AdminEventBuilder", "resource", "custom resource types", "java.lang.String"),
            new Member("org.keycloak.services.resources.admin.AdminAuth", "<init>", "admin event actor",
                    "org.keycloak.models.RealmModel", "org.keycloak.representations.AccessToken", "org.keycloak.models.UserModel",
                    "org.keycloak.models.ClientModel"),
            // pages served by the extension (store, portal, tenant): the SSO cookie is the login
            new Member("org.keycloak.services.managers.AuthenticationManager", "authenticateIdentityCookie", "page login",
                    "org.keycloak.models.KeycloakSession", "org.keycloak.models.RealmModel", "boolean"),
            // background work
            new Member("org.keycloak.models.utils.KeycloakModelUtils", "runJobInTransactionWithResult", "own transactions",
                    "org.keycloak.models.KeycloakSessionFactory", "org.keycloak.models.KeycloakSessionTaskWithResult"),
            new Member("org.keycloak.models.utils.KeycloakModelUtils", "runJobInTransaction", "own transactions",
                    "org.keycloak.models.KeycloakSessionFactory", "org.keycloak.models.KeycloakSessionTask"),
            new Member("org.keycloak.timer.TimerProvider", "scheduleTask", "re-drive task",
                    "org.keycloak.timer.ScheduledTask", "long", "java.lang.String"),
            new Member("org.keycloak.models.KeycloakTransactionManager", "enlistAfterCompletion", "work after the commit",
                    "org.keycloak.models.KeycloakTransaction"),
            // internal SPIs implemented by the extension (Keycloak warns "internal SPI ... may change")
            new Member("org.keycloak.policy.PasswordPolicyProvider", "validate", "password rule",
                    "org.keycloak.models.RealmModel", "org.keycloak.models.UserModel", "java.lang.String"),
            new Member("org.keycloak.events.EventListenerProvider", "onEvent", "provisioning listener",
                    "org.keycloak.events.admin.AdminEvent", "boolean"),
            new Member("org.keycloak.connections.jpa.entityprovider.JpaEntityProvider", "getChangelogLocation", "Liquibase changelogs"),
            new Member("org.keycloak.services.resources.admin.ext.AdminRealmResourceProvider", "getResource", "admin endpoints",
                    "org.keycloak.models.KeycloakSession", "org.keycloak.models.RealmModel",
                    "org.keycloak.services.resources.admin.fgap.AdminPermissionEvaluator",
                    "org.keycloak.services.resources.admin.AdminEventBuilder"),
            new Member("org.keycloak.validate.AbstractStringValidator", "doValidate", "katakana / phone / postal-code validators",
                    "java.lang.String", "java.lang.String", "org.keycloak.validate.ValidationContext", "org.keycloak.validate.ValidatorConfig"),
            // SaaS設定: an app is made as the admin API makes a client (default scopes, protocol defaults), its secret as Keycloak's
            new Member("org.keycloak.services.managers.ClientManager", "createClient", "tenant apps",
                    "org.keycloak.models.KeycloakSession", "org.keycloak.models.RealmModel",
                    "org.keycloak.representations.idm.ClientRepresentation"),
            new Member("org.keycloak.models.utils.KeycloakModelUtils", "generateSecret", "tenant app client secret",
                    "org.keycloak.models.ClientModel"),
            // tenant users' CSV: the e-mail syntax Keycloak's user profile checks
            new Member("org.keycloak.utils.EmailValidationUtil", "isValidEmail", "CSV e-mail column", "java.lang.String"),
            // sign-up: the account is created through the user profile and a stored credential
            new Member("org.keycloak.userprofile.UserProfileProvider", "create", "account creation at step 06",
                    "org.keycloak.userprofile.UserProfileContext", "java.util.Map"),
            // tenant console: ロック解除 (what the admin console's attack detection does) and ログイン履歴 (the event store's table)
            new Member("org.keycloak.models.UserLoginFailureProvider", "removeUserLoginFailure", "ロック解除",
                    "org.keycloak.models.RealmModel", "java.lang.String"),
            new Member("org.keycloak.services.managers.BruteForceProtector", "cleanUpPermanentLockout", "ロック解除",
                    "org.keycloak.models.KeycloakSession", "org.keycloak.models.RealmModel", "org.keycloak.models.UserModel"),
            new Member("org.keycloak.events.jpa.EventEntity", "getTime", "ログイン履歴"),
            new Member("org.keycloak.events.jpa.EventEntity", "getUserId", "ログイン履歴"),
            new Member("org.keycloak.events.jpa.EventEntity", "getClientId", "ログイン履歴"),
            new Member("org.keycloak.events.jpa.EventEntity", "getIpAddress", "ログイン履歴"));

    @BeforeAll
    static void loadTheServersJars() throws IOException {
        Path lib = Path.of(System.getProperty("omakase.kc.dist", "target/keycloak-dist/keycloak-26.7.3")).resolve("lib/lib/main");
        assertTrue(Files.isDirectory(lib), "no Keycloak distribution at " + lib + ": run 'mvn package' first");
        List<URL> jars = new ArrayList<>();
        try (Stream<Path> files = Files.list(lib)) {
            for (Path p : files.filter(f -> f.toString().endsWith(".jar")).toList()) {
                jars.add(p.toUri().toURL());
            }
        }
        server = new URLClassLoader(jars.toArray(URL[]::new), ClassLoader.getPlatformClassLoader());
    }

    @AfterAll
    static void close() throws IOException {
        server.close();
    }

    @Test
    void everyKeycloakMemberTheExtensionReliesOnHasItsShapeInTheServer() {
        List<String> missing = new ArrayList<>();
        for (Member m : MEMBERS) {
            String problem = check(m);
            if (problem != null) {
                missing.add("- " + m.owner() + (m.name().equals("<init>") ? "" : "#" + m.name()) + "(" + String.join(", ", m.parameters())
                        + ") [" + m.why() + "]: " + problem);
            }
        }
        assertTrue(missing.isEmpty(), "This Keycloak changed APIs omakase-login relies on (see README, Upgrading Keycloak):\n"
                + String.join("\n", missing));
    }

    private static String check(Member m) {
        Class<?> owner;
        Class<?>[] types;
        try {
            owner = Class.forName(m.owner(), false, server);
            types = new Class<?>[m.parameters().length];
            for (int i = 0; i < types.length; i++) {
                types[i] = type(m.parameters()[i]);
            }
        } catch (ClassNotFoundException | NoClassDefFoundError e) {
            return "class missing (" + e.getMessage() + ")";
        }
        try {
            if (m.name().equals("<init>")) {
                Constructor<?> c = owner.getDeclaredConstructor(types);
                return Modifier.isPrivate(c.getModifiers()) ? "constructor became private" : null;
            }
            Method method = find(owner, m.name(), types);
            if (method == null) {
                return "method missing; methods of that name now: " + Arrays.stream(owner.getMethods()).filter(x -> x.getName().equals(m.name()))
                        .map(x -> Arrays.toString(x.getParameterTypes())).toList();
            }
            return Modifier.isPrivate(method.getModifiers()) ? "method became private" : null;
        } catch (NoSuchMethodException e) {
            return "constructor missing";
        }
    }

    private static Method find(Class<?> owner, String name, Class<?>[] types) {
        for (Class<?> c = owner; c != null; c = c.getSuperclass()) {
            try {
                return c.getDeclaredMethod(name, types);
            } catch (NoSuchMethodException e) {
                // superclass or interface
            }
        }
        try {
            return owner.getMethod(name, types);
        } catch (NoSuchMethodException e) {
            return null;
        }
    }

    private static Class<?> type(String name) throws ClassNotFoundException {
        return switch (name) {
            case "int" -> int.class;
            case "long" -> long.class;
            case "boolean" -> boolean.class;
            default -> Class.forName(name, false, server);
        };
    }
}
