package jp.omakase.testing;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

/** The unpacked Keycloak distribution the tests run ({@code omakase.kc.dist}, else the one under target/), read as files. */
public final class KeycloakDist {

    private KeycloakDist() {
    }

    /** The distribution's home directory. */
    public static Path home() {
        String configured = System.getProperty("omakase.kc.dist");
        if (configured != null && !configured.isBlank()) {
            return Path.of(configured);
        }
        Path dists = Path.of(System.getProperty("omakase.build.dir", "target"), "keycloak-dist");
        try (Stream<Path> s = Files.list(dists)) {
            return s.filter(p -> p.getFileName().toString().startsWith("keycloak-")).findFirst()
                    .orElseThrow(() -> new IllegalStateException("no Keycloak distribution under " + dists));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A file of Keycloak's themes jar ({@code theme/keycloak.v2/login/login.ftl}), as UTF-8 text; empty when absent. */
    public static Optional<String> themeFile(Path home, String entryName) {
        Path lib = home.resolve("lib/lib/main");
        try (Stream<Path> jars = Files.list(lib)) {
            Path jar = jars.filter(p -> p.getFileName().toString().matches("org\\.keycloak\\.keycloak-themes-\\d.*\\.jar"))
                    .findFirst().orElseThrow(() -> new IllegalStateException("no keycloak-themes jar in " + lib));
            try (ZipFile zip = new ZipFile(jar.toFile())) {
                ZipEntry entry = zip.getEntry(entryName);
                if (entry == null) {
                    return Optional.empty();
                }
                try (InputStream in = zip.getInputStream(entry)) {
                    return Optional.of(new String(in.readAllBytes(), StandardCharsets.UTF_8));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
