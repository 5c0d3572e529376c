package jp.omakase.testing;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * A real Keycloak server from the official distribution: its own home (a copy of the unpacked zip), this
 * extension's jar in {@code providers/}, {@code realm-export.json} in {@code data/import/}, {@code kc.sh build}
 * only when the build inputs changed, then {@code kc.sh start --optimized} on loopback until {@code /health/ready}.
 * Used by the integration tests (one server per test JVM) and by the local run command.
 */
public final class KeycloakServer implements AutoCloseable {

    /** H2 in the server's data directory, or a database server ({@code kc.sh build --db=…}). */
    public enum Database {
        H2("dev-file"), POSTGRES("postgres"), MARIADB("mariadb");

        private final String kcName;

        Database(String kcName) {
            this.kcName = kcName;
        }

        public String kcName() {
            return kcName;
        }
    }

    /**
     * @param distribution the unpacked {@code keycloak-<version>} directory (never modified)
     * @param home         this server's home; created from the distribution when missing
     * @param logFile      where the server's output goes; {@code null} to show it on this console
     * @param freshData    delete the embedded H2 database before start (tests); keep it (run command)
     * @param env          extra environment of the server process (SMTP placeholders of the realm file...)
     * @param startOptions extra runtime options for {@code kc.sh start} (SPI options...)
     */
    public record Options(Path distribution, Path home, Path providerJar, Path realmFile, Path javaHome,
                          Database database, String dbUrl, String dbUser, String dbPassword,
                          int httpPort, int managementPort, String adminUser, String adminPassword,
                          boolean freshData, Path logFile, Map<String, String> env, List<String> startOptions) {
        public Options {
            if (httpPort == managementPort) {
                // Keycloak would start, but put its management interface on the HTTP port, where /health/ready is 404
                throw new IllegalArgumentException("HTTP and management port are both " + httpPort);
            }
        }
    }

    /**
     * Start option understood by this class only: start without {@code --hostname} (so without any configured public
     * URL), as a server started with {@code --hostname-strict=false} alone. Not passed to Keycloak.
     */
    public static final String NO_HOSTNAME = "omakase-test:no-hostname";

    /**
     * Start option understood by this class only: start without the contact URL options ({@code …--inquiry-url},
     * {@code …--faq-url}) of the other start options, as a server where the operator set none. Not passed to Keycloak.
     */
    public static final String NO_CONTACT_URLS = "omakase-test:no-contact-urls";

    private static final Duration BUILD_TIMEOUT = Duration.ofMinutes(5);
    private static final Duration START_TIMEOUT = Duration.ofMinutes(4);

    private final Options options;
    private Process process;
    private Thread stopOnExit;

    private KeycloakServer(Options options) {
        this.options = options;
    }

    public static KeycloakServer start(Options options) {
        KeycloakServer server = new KeycloakServer(options);
        try {
            server.prepareHome();
            server.buildIfChanged();
            server.launch();
            server.awaitReady();
            return server;
        } catch (IOException e) {
            server.close();
            throw new UncheckedIOException(e);
        } catch (RuntimeException e) {
            server.close();
            throw e;
        }
    }

    public String baseUrl() {
        return "http://127.0.0.1:" + options.httpPort();
    }

    public Options options() {
        return options;
    }

    private void prepareHome() throws IOException {
        Path home = options.home();
        if (!Files.isRegularFile(home.resolve("bin/kc.sh"))) {
            if (!Files.isRegularFile(options.distribution().resolve("bin/kc.sh"))) {
                throw new IllegalStateException("No Keycloak distribution at " + options.distribution()
                        + ": run 'mvn package' first (it unpacks org.keycloak:keycloak-quarkus-dist).");
            }
            copyTree(options.distribution(), home);
        }
        Path installed = home.resolve("providers").resolve(options.providerJar().getFileName());
        // Copy only when the bytes changed: a newer jar than the last build makes 'start --optimized' exit with 2.
        if (!Files.exists(installed) || Files.mismatch(installed, options.providerJar()) != -1) {
            Files.copy(options.providerJar(), installed, StandardCopyOption.REPLACE_EXISTING);
        }
        Path imports = Files.createDirectories(home.resolve("data/import"));
        Files.copy(options.realmFile(), imports.resolve("realm-export.json"), StandardCopyOption.REPLACE_EXISTING);
        if (options.freshData()) {
            deleteTree(home.resolve("data/h2"));
        }
        if (options.logFile() != null) {
            Files.createDirectories(options.logFile().getParent());
        }
    }

    private List<String> buildArguments() {
        return List.of("build",
                "--db=" + options.database().kcName(),
                "--health-enabled=true");
    }

    private void buildIfChanged() throws IOException {
        Path stamp = options.home().resolve(".omakase-build");
        String fingerprint = String.join(" ", buildArguments()) + "\n" + providersDigest();
        if (Files.exists(stamp) && Files.readString(stamp).equals(fingerprint)) {
            return;
        }
        Process build = processBuilder(buildArguments()).start();
        try {
            if (!build.waitFor(BUILD_TIMEOUT.toSeconds(), TimeUnit.SECONDS)) {
                build.destroyForcibly();
                throw new IllegalStateException("kc.sh build did not finish in " + BUILD_TIMEOUT + logHint());
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted during kc.sh build", e);
        }
        if (build.exitValue() != 0) {
            throw new IllegalStateException("kc.sh build failed with exit code " + build.exitValue() + logHint());
        }
        Files.writeString(stamp, fingerprint);
    }

    private void launch() throws IOException {
        List<String> args = new ArrayList<>(List.of("start", "--optimized",
                "--http-enabled=true", "--http-host=127.0.0.1",
                "--http-port=" + options.httpPort(), "--http-management-port=" + options.managementPort(),
                "--hostname-strict=false", "--import-realm",
                // a tenant's apps are found by their client attribute (TenantApps.of): Keycloak searches only listed ones
                "--spi-client--jpa--searchable-attributes=omakase.tenant"));
        // one node alone unless the options ask for a cluster (--cache=ispn: the cluster tests)
        if (options.startOptions().stream().noneMatch(o -> o.startsWith("--cache="))) {
            args.add("--cache=local");
        }
        // mail links come from the configured hostname (never a request's Host), as in production; a test that needs
        // a server without one passes NO_HOSTNAME
        if (!options.startOptions().contains(NO_HOSTNAME)) {
            args.add("--hostname=" + baseUrl());
        }
        boolean noContactUrls = options.startOptions().contains(NO_CONTACT_URLS);
        options.startOptions().stream().filter(o -> !o.equals(NO_HOSTNAME) && !o.equals(NO_CONTACT_URLS))
                .filter(o -> !noContactUrls || !(o.contains("--inquiry-url=") || o.contains("--faq-url=")))
                .forEach(args::add);
        if (options.database() != Database.H2) {
            args.add("--db-url=" + options.dbUrl());
            args.add("--db-username=" + options.dbUser());
            args.add("--db-password=" + options.dbPassword());
        }
        process = processBuilder(args).start();
        // a JVM that ends before close() (a signal during the start, a killed test run) takes the server with it
        stopOnExit = new Thread(this::close, "keycloak-server-stop");
        Runtime.getRuntime().addShutdownHook(stopOnExit);
    }

    private ProcessBuilder processBuilder(List<String> kcArgs) {
        List<String> command = new ArrayList<>();
        command.add(options.home().resolve("bin/kc.sh").toString());
        command.addAll(kcArgs);
        ProcessBuilder pb = new ProcessBuilder(command).directory(options.home().toFile());
        Map<String, String> env = pb.environment();
        env.put("JAVA_HOME", options.javaHome().toString());
        env.put("JAVA_OPTS_KC_HEAP", "-Xms128m -Xmx1g");
        env.put("KC_BOOTSTRAP_ADMIN_USERNAME", options.adminUser());
        env.put("KC_BOOTSTRAP_ADMIN_PASSWORD", options.adminPassword());
        env.putAll(options.env());
        if (options.logFile() == null) {
            pb.inheritIO();
        } else {
            pb.redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.appendTo(options.logFile().toFile()));
        }
        return pb;
    }

    private void awaitReady() {
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
        URI ready = URI.create("http://127.0.0.1:" + options.managementPort() + "/health/ready");
        Instant deadline = Instant.now().plus(START_TIMEOUT);
        while (Instant.now().isBefore(deadline)) {
            if (!process.isAlive()) {
                throw new IllegalStateException("Keycloak exited with code " + process.exitValue() + " during start" + logHint());
            }
            try {
                HttpResponse<Void> r = http.send(HttpRequest.newBuilder(ready).timeout(Duration.ofSeconds(5)).build(),
                        HttpResponse.BodyHandlers.discarding());
                if (r.statusCode() == 200) {
                    return;
                }
            } catch (IOException e) {
                // not listening yet
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("Interrupted while waiting for Keycloak", e);
            }
            sleep(Duration.ofMillis(500));
        }
        throw new IllegalStateException("Keycloak was not ready within " + START_TIMEOUT + logHint());
    }

    private String logHint() {
        if (options.logFile() == null) {
            return "";
        }
        try {
            List<String> lines = Files.readAllLines(options.logFile());
            return " (log: " + options.logFile() + ")\n" + String.join("\n", lines.subList(Math.max(0, lines.size() - 40), lines.size()));
        } catch (IOException e) {
            return " (log: " + options.logFile() + ")";
        }
    }

    /** CPU time the server's processes used so far (the cluster benchmark's CPU per request). */
    public synchronized Duration cpu() {
        Process p = process;
        if (p == null) {
            return Duration.ZERO;
        }
        Duration total = p.toHandle().info().totalCpuDuration().orElse(Duration.ZERO);
        for (ProcessHandle child : p.descendants().toList()) {
            total = total.plus(child.info().totalCpuDuration().orElse(Duration.ZERO));
        }
        return total;
    }

    /** Kills the server as {@code kill -9} would (the cluster tests' node crash): no shutdown of any kind. */
    public synchronized void kill() {
        Process p = process;
        if (p == null) {
            return;
        }
        p.descendants().forEach(ProcessHandle::destroyForcibly);
        p.destroyForcibly();
        try {
            p.waitFor(30, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        close();
    }

    /** Stops the server: SIGTERM, then a forced kill after 30 s. Safe to call twice, and from a shutdown hook. */
    @Override
    public synchronized void close() {
        Thread hook = stopOnExit;
        stopOnExit = null;
        if (hook != null && hook != Thread.currentThread()) {
            try {
                Runtime.getRuntime().removeShutdownHook(hook);
            } catch (IllegalStateException e) {
                // the JVM is shutting down: the hook runs anyway and finds nothing left to do
            }
        }
        Process p = process;
        if (p == null) {
            return;
        }
        process = null;
        List<ProcessHandle> children = p.descendants().toList();
        p.destroy();
        children.forEach(ProcessHandle::destroy);
        try {
            if (!p.waitFor(30, TimeUnit.SECONDS)) {
                p.destroyForcibly();
                children.forEach(ProcessHandle::destroyForcibly);
                p.waitFor(10, TimeUnit.SECONDS);
            }
            for (ProcessHandle child : children) {
                child.onExit().get(30, TimeUnit.SECONDS);
            }
        } catch (Exception e) {
            children.forEach(ProcessHandle::destroyForcibly);
        }
    }

    private String providersDigest() throws IOException {
        MessageDigest sha;
        try {
            sha = MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
        try (Stream<Path> files = Files.list(options.home().resolve("providers"))) {
            for (Path f : files.filter(Files::isRegularFile).sorted().toList()) {
                sha.update(f.getFileName().toString().getBytes());
                try (InputStream in = Files.newInputStream(f)) {
                    sha.update(in.readAllBytes());
                }
            }
        }
        return HexFormat.of().formatHex(sha.digest());
    }

    static void copyTree(Path from, Path to) throws IOException {
        Files.walkFileTree(from, new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) throws IOException {
                Files.createDirectories(to.resolve(from.relativize(dir).toString()));
                return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) throws IOException {
                Files.copy(file, to.resolve(from.relativize(file).toString()), StandardCopyOption.COPY_ATTRIBUTES);
                return FileVisitResult.CONTINUE;
            }
        });
    }

    static void deleteTree(Path dir) throws IOException {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(dir)) {
            for (Path p : paths.sorted((a, b) -> b.getNameCount() - a.getNameCount()).toList()) {
                Files.delete(p);
            }
        }
    }

    public static void sleep(Duration d) {
        try {
            Thread.sleep(d.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** Convenience for callers building {@link Options#env()}. */
    public static Map<String, String> env(String... keyValues) {
        if (keyValues.length % 2 != 0) {
            throw new IllegalArgumentException("key/value pairs expected: " + Arrays.toString(keyValues));
        }
        Map<String, String> env = new LinkedHashMap<>();
        for (int i = 0; i < keyValues.length; i += 2) {
            env.put(keyValues[i], keyValues[i + 1]);
        }
        return env;
    }
}
