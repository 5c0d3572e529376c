package jp.omakase.testing;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Properties;
import java.util.stream.Stream;

/**
 * Finds a JDK for the Keycloak server, which needs Java 21 or newer (the extension itself compiles with 17).
 * Order: the {@code omakase.kc.javaHome} property, the {@code OMAKASE_KC_JAVA_HOME} variable, {@code JAVA_HOME},
 * the JVM running this code, then the newest JDK under {@code /usr/lib/jvm}.
 */
public final class JavaRuntimes {

    public static final int KEYCLOAK_MIN_JAVA = 21;
    private static final Path JVM_DIR = Path.of("/usr/lib/jvm");

    private JavaRuntimes() {
    }

    public static Path javaHomeForKeycloak() {
        String explicit = firstNonBlank(System.getProperty("omakase.kc.javaHome"), System.getenv("OMAKASE_KC_JAVA_HOME"));
        if (explicit != null) {
            Path home = Path.of(explicit);
            int version = featureVersion(home).orElse(0);
            if (version < KEYCLOAK_MIN_JAVA) {
                throw new IllegalStateException("omakase.kc.javaHome / OMAKASE_KC_JAVA_HOME points to " + home
                        + (version == 0 ? ", which is not a JDK" : ", which is Java " + version)
                        + "; Keycloak 26.7 needs Java " + KEYCLOAK_MIN_JAVA + " or newer.");
            }
            return home;
        }
        List<Path> candidates = new ArrayList<>();
        Optional.ofNullable(System.getenv("JAVA_HOME")).filter(s -> !s.isBlank()).map(Path::of).ifPresent(candidates::add);
        candidates.add(Path.of(System.getProperty("java.home")));
        for (Path home : candidates) {
            if (featureVersion(home).orElse(0) >= KEYCLOAK_MIN_JAVA) {
                return home;
            }
        }
        if (Files.isDirectory(JVM_DIR)) {
            try (Stream<Path> homes = Files.list(JVM_DIR)) {
                Optional<Path> newest = homes.filter(h -> !Files.isSymbolicLink(h))
                        .filter(h -> featureVersion(h).orElse(0) >= KEYCLOAK_MIN_JAVA)
                        .max(Comparator.comparingInt(h -> featureVersion(h).orElse(0)));
                if (newest.isPresent()) {
                    return newest.get();
                }
            } catch (IOException e) {
                throw new IllegalStateException("Cannot list " + JVM_DIR, e);
            }
        }
        throw new IllegalStateException("No Java " + KEYCLOAK_MIN_JAVA + "+ found for the Keycloak server (looked at "
                + "-Domakase.kc.javaHome, OMAKASE_KC_JAVA_HOME, JAVA_HOME, the running JVM and " + JVM_DIR + "). "
                + "Install a JDK 21 or newer (for example Temurin 21/25) and point -Domakase.kc.javaHome=<dir> "
                + "or OMAKASE_KC_JAVA_HOME at it.");
    }

    /** The feature version (17, 21, 25...) of the JDK at {@code home}, from its {@code release} file. */
    static Optional<Integer> featureVersion(Path home) {
        Path release = home.resolve("release");
        if (!Files.isRegularFile(release) || !Files.isExecutable(home.resolve("bin/java"))) {
            return Optional.empty();
        }
        Properties p = new Properties();
        try (InputStream in = Files.newInputStream(release)) {
            p.load(in);
        } catch (IOException e) {
            return Optional.empty();
        }
        String v = p.getProperty("JAVA_VERSION", "").replace("\"", "").trim();
        if (v.isEmpty()) {
            return Optional.empty();
        }
        String[] parts = v.split("[.+-]");
        try {
            int first = Integer.parseInt(parts[0]);
            return Optional.of(first == 1 && parts.length > 1 ? Integer.parseInt(parts[1]) : first);
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }

    private static String firstNonBlank(String... values) {
        for (String v : values) {
            if (v != null && !v.isBlank()) {
                return v;
            }
        }
        return null;
    }
}
