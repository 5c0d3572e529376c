package jp.omakase.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Locale;
import java.util.concurrent.ThreadLocalRandom;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;

/**
 * What every integration test of one JVM shares: a GreenMail SMTP sink and one real Keycloak server whose realms
 * send their mail to it. Settings come from system properties set by Failsafe (see pom.xml):
 * {@code omakase.it.db} = {@code h2} (default), {@code postgres} or {@code mariadb}; {@code omakase.it.pgUrl},
 * {@code omakase.it.mariadbUrl} and friends. A database server gets a fresh database, dropped afterwards.
 */
public final class TestEnvironment implements AutoCloseable {

    public static final String ADMIN_USER = "admin";
    public static final String ADMIN_PASSWORD = "admin";

    /** Sender of the Business ID and store mails ({@code bizid} realm, {@code OMAKASE_BIZID_MAIL_FROM}). */
    public static final String BIZID_FROM = "bizid-no-reply@bizid-it.localhost";
    /** Sender of the service mails ({@code omakase} realm, {@code OMAKASE_SERVICE_MAIL_FROM}). */
    public static final String SERVICE_FROM = "service-no-reply@service-it.localhost";
    /** The contact URL options (with a {@code &} each, which the HTML parts must escape). */
    public static final String BIZID_INQUIRY_URL = "https://inquiry.bizid-it.localhost/pf0861inq?from=mail&lang=ja";
    public static final String FAQ_URL = "https://faq.bizid-it.localhost/signup?topic=mail&lang=ja";
    public static final String SERVICE_INQUIRY_URL = "https://form.service-it.localhost/?formId=pf3473ing&from=mail";
    /** Where the inquiry forms mail every inquiry (option {@code inquiry-operator-email}, issue 18). */
    public static final String INQUIRY_OPERATOR = "inquiries@operator-it.localhost";

    private final GreenMail mail;
    private KeycloakServer server;
    private final AdminApi admin;
    private final String database;
    private final KeycloakServer.Database db;
    /** The cluster's nodes (the first is {@link #server}) and its front; one node and no front otherwise. */
    private final List<KeycloakServer> nodes;
    private final RoundRobinFront front;

    private TestEnvironment(GreenMail mail, KeycloakServer server, String database, KeycloakServer.Database db) {
        this(mail, new ArrayList<>(List.of(server)), null, database, db);
    }

    private TestEnvironment(GreenMail mail, List<KeycloakServer> nodes, RoundRobinFront front, String database,
                            KeycloakServer.Database db) {
        this.mail = mail;
        this.server = nodes.get(0);
        this.nodes = nodes;
        this.front = front;
        this.database = database;
        this.db = db;
        this.admin = new AdminApi(baseUrl(), ADMIN_USER, ADMIN_PASSWORD);
    }

    /** One server, or the cluster ({@link ClusterNodes}) when {@code omakase.it.cluster} is true (the cluster profile). */
    public static TestEnvironment start() {
        return Boolean.getBoolean("omakase.it.cluster") ? startCluster() : start(List.of());
    }

    /**
     * Two nodes of the same build on one fresh PostgreSQL database, clustered as Keycloak does by default
     * ({@code --cache=ispn}, JGroups discovery through the database), bound to 127.0.0.1, behind a
     * {@link RoundRobinFront} whose URL is every mail's and every test's base URL.
     */
    static TestEnvironment startCluster() {
        return startCluster(List.of());
    }

    /** As {@link #startCluster()}, with extra {@code kc.sh start} options on both nodes (the cluster benchmark). */
    public static TestEnvironment startCluster(List<String> extraStartOptions) {
        Path build = Path.of(required("omakase.build.dir"));
        KeycloakServer.Database db = KeycloakServer.Database.POSTGRES;
        int[] ports = freePorts(8);
        GreenMail mail = new GreenMail(new ServerSetup(ports[0], "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
        mail.start();
        String database = "omakase_cluster_" + LocalDateTime.now().format(DateTimeFormatter.ofPattern("yyyyMMddHHmmss"))
                + "_" + ThreadLocalRandom.current().nextInt(1000, 10000);
        List<KeycloakServer> nodes = new ArrayList<>();
        RoundRobinFront front = null;
        try {
            sql(db, "CREATE DATABASE " + database);
            String frontUrl = "http://127.0.0.1:" + ports[1];
            for (int n = 0; n < 2; n++) {
                Path home = build.resolve("keycloak-cluster-" + n);
                if (n > 0) {
                    ClusterNodes.cloneHome(nodes.get(0).options().home(), home);
                }
                List<String> cluster = List.of("--cache=ispn", "--cache-embedded-network-bind-address=127.0.0.1",
                        "--cache-embedded-network-bind-port=" + ports[6 + n], KeycloakServer.NO_HOSTNAME, "--hostname=" + frontUrl);
                nodes.add(KeycloakServer.start(new KeycloakServer.Options(
                        Path.of(required("omakase.kc.dist")), home, Path.of(required("omakase.provider.jar")),
                        Path.of(required("omakase.project.dir")).resolve("realm-export.json"), JavaRuntimes.javaHomeForKeycloak(),
                        db, baseUrl(db) + database, user(db), password(db), ports[2 + 2 * n], ports[3 + 2 * n],
                        ADMIN_USER, ADMIN_PASSWORD, true, build.resolve("keycloak-cluster-" + n + ".log"), serverEnv(mail),
                        concat(concat(ClusterNodes.startOptions(baseStartOptions(build)), cluster), extraStartOptions))));
            }
            front = RoundRobinFront.start(ports[1], nodes.stream().map(KeycloakServer::baseUrl).toList());
            return new TestEnvironment(mail, nodes, front, database, db);
        } catch (RuntimeException e) {
            if (front != null) {
                front.close();
            }
            nodes.forEach(KeycloakServer::close);
            mail.stop();
            dropQuietly(db, database);
            throw e;
        }
    }

    private static Map<String, String> serverEnv(GreenMail mail) {
        return KeycloakServer.env("OMAKASE_SMTP_HOST", "127.0.0.1",
                "OMAKASE_SMTP_PORT", String.valueOf(mail.getSmtp().getPort()),
                "OMAKASE_BIZID_MAIL_FROM", BIZID_FROM, "OMAKASE_SERVICE_MAIL_FROM", SERVICE_FROM);
    }

    /** The cluster's nodes, first one first (one node outside the cluster profile). */
    public List<KeycloakServer> nodes() {
        return nodes;
    }

    /**
     * Starts node {@code n} again on its home and the shared database (after {@link KeycloakServer#kill}); it rejoins the
     * cluster and the front sends it requests again.
     */
    public synchronized void restartNode(int n) {
        KeycloakServer.Options o = nodes.get(n).options();
        nodes.get(n).close();
        nodes.set(n, KeycloakServer.start(new KeycloakServer.Options(o.distribution(), o.home(), o.providerJar(), o.realmFile(),
                o.javaHome(), o.database(), o.dbUrl(), o.dbUser(), o.dbPassword(), o.httpPort(), o.managementPort(),
                o.adminUser(), o.adminPassword(), false, o.logFile(), o.env(), o.startOptions())));
        if (n == 0) {
            server = nodes.get(0);
        }
    }

    /** A number the server's database answers ({@code select count(*) …}); PostgreSQL and MariaDB only (H2 is locked). */
    public long queryLong(String sql) {
        try (ServerDatabase database = ServerDatabase.open(server.options());
             Statement st = database.connection().createStatement();
             java.sql.ResultSet rs = st.executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        } catch (SQLException | IOException e) {
            throw new IllegalStateException(sql, e);
        }
    }

    /** The cluster's front (null outside the cluster profile). */
    public RoundRobinFront front() {
        return front;
    }

    /** Starts with extra {@code kc.sh start} options (the benchmarks raise the rate limits). */
    public static TestEnvironment start(List<String> extraStartOptions) {
        Path build = Path.of(required("omakase.build.dir"));
        KeycloakServer.Database db = KeycloakServer.Database.valueOf(System.getProperty("omakase.it.db", "h2").toUpperCase(Locale.ROOT));

        // three different ports: two separate free-port lookups can return the same port, and Keycloak then puts its
        // management interface on the HTTP port, where /health/ready never answers 200 (CI saw this once)
        int[] ports = freePorts(3);
        GreenMail mail = new GreenMail(new ServerSetup(ports[0], "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
        mail.start();
        String database = null;
        try {
            String dbUrl = null;
            if (db != KeycloakServer.Database.H2) {
                database = "omakase_it_" + LocalDateTime.now().format(DateTimeFormatter.ofPattern("yyyyMMddHHmmss"))
                        + "_" + ThreadLocalRandom.current().nextInt(1000, 10000);
                sql(db, db == KeycloakServer.Database.POSTGRES ? "CREATE DATABASE " + database
                        : "CREATE DATABASE " + database + " CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci");
                dbUrl = baseUrl(db) + database;
            }
            KeycloakServer.Options options = new KeycloakServer.Options(
                    Path.of(required("omakase.kc.dist")),
                    build.resolve("keycloak-it-" + db.name().toLowerCase()),
                    Path.of(required("omakase.provider.jar")),
                    Path.of(required("omakase.project.dir")).resolve("realm-export.json"),
                    JavaRuntimes.javaHomeForKeycloak(),
                    db, dbUrl, user(db), password(db),
                    ports[1], ports[2], ADMIN_USER, ADMIN_PASSWORD,
                    true, build.resolve("keycloak-it-" + db.name().toLowerCase() + ".log"),
                    serverEnv(mail), concat(baseStartOptions(build), extraStartOptions));
            KeycloakServer server = KeycloakServer.start(options);
            return new TestEnvironment(mail, server, database, db);
        } catch (RuntimeException e) {
            mail.stop();
            if (database != null) {
                dropQuietly(db, database);
            }
            throw e;
        }
    }

    /** The start options every test server gets (SPI options in seconds instead of minutes, contact URLs...). */
    static List<String> baseStartOptions(Path build) {
        return List.of("--proxy-headers=xforwarded",
                // the contact URLs (KeycloakServer.NO_CONTACT_URLS leaves them out)
                "--spi-authenticator--omakase-signup-email--inquiry-url=" + BIZID_INQUIRY_URL,
                "--spi-authenticator--omakase-signup-email--faq-url=" + FAQ_URL,
                "--spi-events-listener--omakase-provisioning--inquiry-url=" + SERVICE_INQUIRY_URL,
                "--spi-realm-restapi-extension--omakase--inquiry-operator-email=" + INQUIRY_OPERATOR,
                "--spi-admin-realm-restapi-extension--omakase--import-directory=" + importDirectory(build),
                // the operator's documents: empty (the samples in the jar) until a test puts a file there
                "--spi-omakase-documents--omakase-files--directory=" + emptyDocumentsDirectory(build),
                // provisioning: re-drive and mail retries in seconds, not minutes
                "--spi-events-listener--omakase-provisioning--redrive-interval-seconds=1",
                "--spi-events-listener--omakase-provisioning--redrive-after-seconds=4",
                "--spi-events-listener--omakase-provisioning--claim-lease-seconds=4",
                "--spi-events-listener--omakase-provisioning--mail-retry-initial-seconds=2",
                "--spi-events-listener--omakase-provisioning--mail-retry-max-seconds=4",
                // the mail outbox (sign-up and store mails): the same, seconds instead of minutes
                "--spi-omakase-mail-outbox--omakase-jpa--redrive-interval-seconds=1",
                "--spi-omakase-mail-outbox--omakase-jpa--retry-initial-seconds=2",
                "--spi-omakase-mail-outbox--omakase-jpa--retry-max-seconds=4",
                // the contract lifecycle: every second, and tests may name the time it runs at
                "--spi-realm-restapi-extension--omakase--contract-lifecycle-interval-seconds=1",
                "--spi-realm-restapi-extension--omakase--contract-test-clock=true",
                // reissue limits small enough to reach in a test (OrderSecurityIT)
                "--spi-events-listener--omakase-provisioning--reissues-per-contract-per-day=2",
                "--spi-events-listener--omakase-provisioning--reissues-per-business-id-per-day=4");
    }

    /**
     * Stops the server and starts it again on the same data with {@code extraStartOptions} added to the first start's
     * options (an empty list restores them). Mails, admin API and base URL stay the same.
     */
    public synchronized void restart(List<String> extraStartOptions) {
        restart(extraStartOptions, null);
    }

    /** Work on the server's own database; H2 is locked while the server runs, so it runs while the server is stopped. */
    @FunctionalInterface
    public interface DatabaseWork {
        void run(Connection database) throws SQLException;
    }

    /** As {@link #restart(List)}, with {@code whileStopped} (if any) done on the database between stop and start. */
    public synchronized void restart(List<String> extraStartOptions, DatabaseWork whileStopped) {
        if (front != null) {
            throw new UnsupportedOperationException("restart of a cluster: kill or start its nodes instead");
        }
        KeycloakServer.Options o = server.options();
        List<String> base = baseOptions != null ? baseOptions : o.startOptions();
        baseOptions = base;
        server.close();
        if (whileStopped != null) {
            try (ServerDatabase database = ServerDatabase.open(o)) {
                whileStopped.run(database.connection());
            } catch (SQLException | IOException e) {
                throw new IllegalStateException("work on the stopped server's database failed", e);
            }
        }
        server = KeycloakServer.start(new KeycloakServer.Options(o.distribution(), o.home(), o.providerJar(), o.realmFile(),
                o.javaHome(), o.database(), o.dbUrl(), o.dbUser(), o.dbPassword(), o.httpPort(), o.managementPort(),
                o.adminUser(), o.adminPassword(), false, o.logFile(), o.env(), concat(base, extraStartOptions)));
    }

    private List<String> baseOptions;

    /** The server's documents directory ({@code --spi-omakase-documents--omakase-files--directory}), emptied at start. */
    public static Path documentsDirectory(Path buildDir) {
        return buildDir.resolve("documents");
    }

    /** The documents directory of this JVM's server ({@link #documentsDirectory(Path)}). */
    public Path documentsDirectory() {
        return documentsDirectory(Path.of(required("omakase.build.dir")));
    }

    private static Path emptyDocumentsDirectory(Path buildDir) {
        Path dir = documentsDirectory(buildDir);
        try {
            KeycloakServer.deleteTree(dir);
            return java.nio.file.Files.createDirectories(dir);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The server's company import directory ({@code ?file=} imports read from here). */
    public static Path importDirectory(Path buildDir) {
        return buildDir.resolve("company-import");
    }

    public GreenMail mail() {
        return mail;
    }

    public AdminApi admin() {
        return admin;
    }

    /** The server's URL; in the cluster, the front's (each request to the next node). */
    public String baseUrl() {
        return front != null ? front.url() : server.baseUrl();
    }

    /** The file the server's output goes to (kept across restarts). */
    public Path serverLog() {
        return server.options().logFile();
    }

    public KeycloakServer.Database database() {
        return server.options().database();
    }

    @Override
    public void close() {
        if (front != null) {
            front.close();
        }
        nodes.stream().skip(1).forEach(KeycloakServer::close);
        server.close();
        mail.stop();
        if (database != null) {
            dropQuietly(db, database);
        }
    }

    private static List<String> concat(List<String> a, List<String> b) {
        List<String> all = new ArrayList<>(a);
        all.addAll(b);
        return all;
    }

    /** {@code count} distinct free ports: every socket stays open until all are chosen, so none is handed out twice. */
    static int[] freePorts(int count) {
        ServerSocket[] sockets = new ServerSocket[count];
        try {
            int[] ports = new int[count];
            for (int i = 0; i < count; i++) {
                sockets[i] = new ServerSocket(0);
                sockets[i].setReuseAddress(true);
                ports[i] = sockets[i].getLocalPort();
            }
            return ports;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            for (ServerSocket s : sockets) {
                if (s != null) {
                    try {
                        s.close();
                    } catch (IOException ignored) {
                        // the port is free again either way
                    }
                }
            }
        }
    }

    private static String baseUrl(KeycloakServer.Database db) {
        String url = db == KeycloakServer.Database.POSTGRES ? System.getProperty("omakase.it.pgUrl", "jdbc:postgresql://127.0.0.1:5432/")
                : System.getProperty("omakase.it.mariadbUrl", "jdbc:mariadb://127.0.0.1:3306/");
        return url.endsWith("/") ? url : url + "/";
    }

    private static String user(KeycloakServer.Database db) {
        return db == KeycloakServer.Database.MARIADB ? System.getProperty("omakase.it.mariadbUser", "root")
                : System.getProperty("omakase.it.pgUser", "postgres");
    }

    private static String password(KeycloakServer.Database db) {
        return db == KeycloakServer.Database.MARIADB ? System.getProperty("omakase.it.mariadbPassword", "")
                : System.getProperty("omakase.it.pgPassword", "");
    }

    /** A statement on the database server itself (create or drop the test database). */
    private static void sql(KeycloakServer.Database db, String sql) {
        String admin = db == KeycloakServer.Database.POSTGRES ? "postgres" : "";
        try (Connection c = DriverManager.getConnection(baseUrl(db) + admin, user(db), password(db));
             Statement s = c.createStatement()) {
            s.execute(sql);
        } catch (SQLException e) {
            throw new IllegalStateException(db + " at " + baseUrl(db) + " refused: " + sql + " (" + e.getMessage() + ")", e);
        }
    }

    private static void dropQuietly(KeycloakServer.Database db, String database) {
        try {
            sql(db, "DROP DATABASE IF EXISTS " + database + (db == KeycloakServer.Database.POSTGRES ? " WITH (FORCE)" : ""));
        } catch (RuntimeException e) {
            System.err.println("Could not drop test database " + database + ": " + e.getMessage());
        }
    }

    private static String required(String property) {
        String value = System.getProperty(property);
        if (value == null || value.isBlank()) {
            throw new IllegalStateException("System property " + property
                    + " is not set: run the integration tests through Maven (mvn verify).");
        }
        return value;
    }
}
