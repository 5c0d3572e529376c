package jp.omakase.testing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Optional;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Finding the JDK 21+ that runs the Keycloak server. */
class JavaRuntimesTest {

    @TempDir
    Path dir;

    @AfterEach
    void clear() {
        System.clearProperty("omakase.kc.javaHome");
    }

    private Path fakeJdk(String name, String version) throws IOException {
        Path home = Files.createDirectories(dir.resolve(name));
        Files.createDirectories(home.resolve("bin"));
        Path java = Files.writeString(home.resolve("bin/java"), "#!/bin/sh\n");
        Files.setPosixFilePermissions(java, PosixFilePermissions.fromString("rwxr-xr-x"));
        Files.writeString(home.resolve("release"), "IMPLEMENTOR=\"Test\"\nJAVA_VERSION=\"" + version + "\"\n");
        return home;
    }

    @ParameterizedTest
    @CsvSource({"25.0.1, 25", "21, 21", "17.0.15, 17", "1.8.0_392, 8"})
    void versionComesFromTheReleaseFile(String release, int feature) throws IOException {
        assertEquals(Optional.of(feature), JavaRuntimes.featureVersion(fakeJdk("jdk-" + release, release)));
    }

    @Test
    void aDirectoryWithoutReleaseFileIsNoJdk() throws IOException {
        assertEquals(Optional.empty(), JavaRuntimes.featureVersion(Files.createDirectories(dir.resolve("empty"))));
    }

    @Test
    void explicitJdk21IsTaken() throws IOException {
        Path home = fakeJdk("jdk21", "21.0.5");
        System.setProperty("omakase.kc.javaHome", home.toString());
        assertEquals(home, JavaRuntimes.javaHomeForKeycloak());
    }

    @Test
    void explicitOldJdkStopsWithAClearMessage() throws IOException {
        System.setProperty("omakase.kc.javaHome", fakeJdk("jdk17", "17.0.15").toString());
        IllegalStateException e = assertThrows(IllegalStateException.class, JavaRuntimes::javaHomeForKeycloak);
        assertTrue(e.getMessage().contains("which is Java 17; Keycloak 26.7 needs Java 21 or newer"), e.getMessage());
    }
}
