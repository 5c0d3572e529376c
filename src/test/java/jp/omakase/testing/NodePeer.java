package jp.omakase.testing;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.stream.Stream;

import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * A protocol peer this project did not write, run by the tests as a small Node.js server: a package under
 * {@code src/test/node/<name>/} (package.json, package-lock.json, its server file named by {@code main}). The package is
 * copied to {@code target/node/<name>/} and installed there with {@code npm ci} once per lock file (node_modules stays
 * cached under target/ across runs); the server listens on a free loopback port and prints {@code listening on <port>}.
 * Its output goes to {@code target/node/<name>-<port>.log}.
 */
public final class NodePeer implements AutoCloseable {

    private static final Duration INSTALL_TIMEOUT = Duration.ofMinutes(4);
    private static final Duration START_TIMEOUT = Duration.ofSeconds(30);
    private static final String STAMP = ".omakase-lock-sha256";

    private final Process process;
    private final int port;
    private final Path log;

    private NodePeer(Process process, int port, Path log) {
        this.process = process;
        this.port = port;
        this.log = log;
    }

    /** Installs (if needed) and starts the peer {@code name} with {@code environment} added to this JVM's. */
    public static NodePeer start(String name, Map<String, String> environment) {
        Path dir = install(name);
        try {
            String main = new ObjectMapper().readTree(dir.resolve("package.json").toFile()).path("main").asText("server.js");
            ProcessBuilder pb = new ProcessBuilder("node", main).directory(dir.toFile()).redirectErrorStream(true);
            pb.environment().putAll(environment);
            Process process = pb.start();
            Path log = dir.resolveSibling(name + "-" + process.pid() + ".log");
            CompletableFuture<Integer> listening = new CompletableFuture<>();
            Thread reader = new Thread(() -> copyOutput(process, log, listening), "node-peer-" + name);
            reader.setDaemon(true);
            reader.start();
            try {
                return new NodePeer(process, listening.get(START_TIMEOUT.toSeconds(), TimeUnit.SECONDS), log);
            } catch (ExecutionException | TimeoutException e) {
                process.destroyForcibly();
                throw new IllegalStateException("The test peer " + name + " did not start; see " + log, e);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot start node for the test peer " + name + " (Node.js 20+ must be installed)", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** An absolute URL of this peer ({@code path} starts with {@code /}). */
    public String url(String path) {
        return "http://127.0.0.1:" + port + path;
    }

    /** What the peer printed so far (its refusals name the check that failed). */
    public String output() {
        try {
            return Files.exists(log) ? Files.readString(log) : "";
        } catch (IOException e) {
            return "(output unreadable: " + e + ")";
        }
    }

    @Override
    public void close() {
        process.destroy();
        try {
            if (!process.waitFor(5, TimeUnit.SECONDS)) {
                process.destroyForcibly();
            }
        } catch (InterruptedException e) {
            process.destroyForcibly();
            Thread.currentThread().interrupt();
        }
    }

    private static void copyOutput(Process process, Path log, CompletableFuture<Integer> listening) {
        try (BufferedReader in = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
            for (String line = in.readLine(); line != null; line = in.readLine()) {
                Files.writeString(log, line + System.lineSeparator(), StandardCharsets.UTF_8,
                        java.nio.file.StandardOpenOption.CREATE, java.nio.file.StandardOpenOption.APPEND);
                if (!listening.isDone() && line.startsWith("listening on ")) {
                    listening.complete(Integer.parseInt(line.substring("listening on ".length()).trim()));
                }
            }
        } catch (IOException | RuntimeException e) {
            listening.completeExceptionally(e);
        }
        listening.completeExceptionally(new IllegalStateException("the peer ended before listening"));
    }

    /** Copies the package to target/node/{name} and runs {@code npm ci} there unless its lock file was installed already. */
    static synchronized Path install(String name) {
        Path source = Path.of(System.getProperty("omakase.project.dir", ".")).resolve("src/test/node").resolve(name);
        Path dir = Path.of(System.getProperty("omakase.build.dir", "target")).resolve("node").resolve(name);
        try {
            Files.createDirectories(dir);
            try (Stream<Path> files = Files.list(source)) {
                for (Path f : files.filter(Files::isRegularFile).toList()) {
                    Files.copy(f, dir.resolve(f.getFileName().toString()), StandardCopyOption.REPLACE_EXISTING);
                }
            }
            String lock = sha256(dir.resolve("package-lock.json"));
            Path stamp = dir.resolve("node_modules").resolve(STAMP);
            if (Files.exists(stamp) && Files.readString(stamp).equals(lock)) {
                return dir;
            }
            npmCi(name, dir);
            Files.writeString(stamp, lock);
            return dir;
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot prepare the test peer " + name + " in " + dir, e);
        }
    }

    private static void npmCi(String name, Path dir) throws IOException {
        Path log = dir.resolveSibling(name + "-npm-ci.log");
        List<String> command = List.of("npm", "ci", "--no-audit", "--no-fund", "--prefer-offline", "--fetch-timeout=30000",
                "--fetch-retries=1");
        Process npm;
        try {
            npm = new ProcessBuilder(command).directory(dir.toFile()).redirectErrorStream(true)
                    .redirectOutput(log.toFile()).start();
        } catch (IOException e) {
            throw new IllegalStateException("The test peer " + name + " needs Node.js 20+ and npm on the PATH "
                    + "(Debian: apt-get install nodejs npm)", e);
        }
        try {
            if (!npm.waitFor(INSTALL_TIMEOUT.toSeconds(), TimeUnit.SECONDS)) {
                npm.destroyForcibly();
                throw new IllegalStateException("npm ci for the test peer " + name + " took more than " + INSTALL_TIMEOUT.toMinutes()
                        + " minutes: is the npm registry (registry.npmjs.org or npm's configured registry) reachable? See " + log);
            }
        } catch (InterruptedException e) {
            npm.destroyForcibly();
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
        if (npm.exitValue() != 0) {
            throw new IllegalStateException("npm ci for the test peer " + name + " failed (exit " + npm.exitValue()
                    + "); is the npm registry reachable? Output:\n" + tail(log));
        }
    }

    private static String tail(Path log) throws IOException {
        List<String> lines = Files.readAllLines(log);
        return String.join("\n", lines.subList(Math.max(0, lines.size() - 15), lines.size()));
    }

    private static String sha256(Path file) throws IOException {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(file)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
