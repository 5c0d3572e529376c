package jp.omakase.devserver;

import java.io.IOException;
import java.io.InputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CountDownLatch;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;

import jp.omakase.testing.AdminApi;
import jp.omakase.testing.JavaRuntimes;
import jp.omakase.testing.KeycloakServer;

/**
 * The README's run command ({@code mvn -Prun verify}): Keycloak 26.7.3 with this extension, both realms imported,
 * embedded H2 kept in {@code .local/} across restarts, and a GreenMail SMTP sink whose mails are readable at
 * {@code http://127.0.0.1:8025/}. Ctrl-C stops everything.
 */
public final class LocalServer {

    private LocalServer() {
    }

    public static void main(String[] args) throws Exception {
        Path project = Path.of(System.getProperty("omakase.project.dir", ".")).toAbsolutePath();
        Path distribution = Path.of(System.getProperty("omakase.kc.dist"));
        int httpPort = Integer.getInteger("omakase.run.httpPort", 8080);
        int managementPort = Integer.getInteger("omakase.run.managementPort", 9000);
        int smtpPort = Integer.getInteger("omakase.run.smtpPort", 2525);
        int mailPort = Integer.getInteger("omakase.run.mailPort", 8025);
        String adminUser = System.getProperty("omakase.run.adminUser", "admin");
        String adminPassword = System.getProperty("omakase.run.adminPassword", "admin");
        for (int port : new int[] {httpPort, managementPort, smtpPort, mailPort}) {
            requireFree(port);
        }
        Path javaHome = JavaRuntimes.javaHomeForKeycloak();
        Path local = Files.createDirectories(project.resolve(".local"));

        GreenMail mail = new GreenMail(new ServerSetup(smtpPort, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
        mail.start();
        MailViewer viewer = MailViewer.start(mail, mailPort);
        System.out.println("Starting Keycloak (Java at " + javaHome + "); the first start builds the server, about a minute...");
        KeycloakServer server;
        try {
            server = KeycloakServer.start(new KeycloakServer.Options(
                    distribution, local.resolve(distribution.getFileName()),
                    Path.of(System.getProperty("omakase.provider.jar")), project.resolve("realm-export.json"), javaHome,
                    KeycloakServer.Database.H2, null, null, null,
                    httpPort, managementPort, adminUser, adminPassword, false, null,
                    KeycloakServer.env("OMAKASE_SMTP_HOST", "127.0.0.1", "OMAKASE_SMTP_PORT", String.valueOf(smtpPort)),
                    List.of()));
        } catch (RuntimeException e) {
            viewer.stop();
            mail.stop();
            throw e;
        }
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            System.out.println("Stopping Keycloak and the mail sink...");
            server.close();
            viewer.stop();
            mail.stop();
            stopped.countDown();
        }, "omakase-local-stop"));

        String base = server.baseUrl();
        AdminApi admin = new AdminApi(base, adminUser, adminPassword);
        String companies = importSampleCompanies(admin);
        SampleTenant.Banner tenant = sampleTenant(admin, base);
        System.out.println("""

                ================================================================
                 omakase-login is running (Ctrl-C stops it; data stays in .local/)
                   Start the journey : %1$s/realms/bizid/omakase/store/  (カートに入れる → login → 「新規登録する」)
                   Business ID signup: the login page's 「新規登録する」 (the link arrives in the mail sink)
                   Contractor portal : %1$s/realms/bizid/omakase/contracts/
                   Tenant console    : %1$s/realms/omakase/omakase/tenant/
                     sample tenant   : %7$s, administrator %8$s / password %9$s
                                       (%10$s; the sample users have the same password)
                     sample app      : %12$s (カスタムOIDC, for everyone)
                                       %11$s
                   Users' portal     : %1$s/realms/omakase/omakase/portal/  (the sample users' app tiles)
                   Business ID login : %1$s/realms/bizid/account
                   Omakase Login     : %1$s/realms/omakase/account
                   Admin console     : %1$s/admin  (user %2$s, password %3$s)
                   Mails (SMTP sink) : http://127.0.0.1:%4$d/   (SMTP 127.0.0.1:%5$d)
                   Company search    : %1$s/realms/bizid/omakase/companies?q=%%E5%%B1%%B1%%E7%%94%%B0  (%6$s)
                ================================================================
                """.formatted(base, adminUser, adminPassword, mailPort, smtpPort, companies,
                SampleTenant.NAME, SampleTenant.ADMIN_EMAIL, SampleTenant.PASSWORD, tenant.tenant(), tenant.app(),
                SampleTenant.APP_NAME));
        stopped.await();
    }

    /** The sample companies (synthetic, official format) on every start: the import is idempotent. */
    private static String importSampleCompanies(AdminApi admin) throws IOException {
        byte[] sample;
        try (InputStream in = LocalServer.class.getResourceAsStream("/company/sample-companies.csv")) {
            sample = in.readAllBytes();
        }
        AdminApi.Response r = admin.upload("/realms/bizid/omakase/companies/import", sample, "text/csv");
        if (r.status() != 200) {
            return "sample import answered " + r.status();
        }
        return "sample companies: " + r.json().path("inserted").asLong() + " new, "
                + r.json().path("unchanged").asLong() + " already there";
    }

    /** The sample tenant (created on the first start, found on the next ones); a failure is reported, not fatal. */
    private static SampleTenant.Banner sampleTenant(AdminApi admin, String base) {
        try {
            return SampleTenant.ensure(admin, base);
        } catch (RuntimeException e) {
            return new SampleTenant.Banner("sample tenant not made: " + e.getMessage(), "not added");
        }
    }

    private static void requireFree(int port) {
        try (ServerSocket s = new ServerSocket(port, 1, InetAddress.getLoopbackAddress())) {
            s.setReuseAddress(true);
        } catch (IOException e) {
            throw new IllegalStateException("Port " + port + " is in use. Stop what uses it, or choose another port, e.g. "
                    + "mvn -Prun verify -Domakase.run.httpPort=18080 (also managementPort, smtpPort, mailPort).");
        }
    }
}
