package jp.omakase.support;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.keycloak.provider.ProviderFactory;

import jp.omakase.password.HalfWidthPasswordPolicyProviderFactory;

/** Hand-written META-INF/services files: sorted, loadable, and every factory id unique per SPI and named {@code omakase…}. */
class ServiceRegistrationTest {

    private static Path servicesDir() throws URISyntaxException {
        Path classes = Path.of(HalfWidthPasswordPolicyProviderFactory.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        return classes.resolve("META-INF/services");
    }

    @Test
    void everyRegisteredFactoryLoadsWithAUniqueOmakaseId() throws Exception {
        List<Path> files;
        try (Stream<Path> s = Files.list(servicesDir())) {
            files = s.sorted().toList();
        }
        assertFalse(files.isEmpty());
        Set<String> ids = new HashSet<>();
        for (Path file : files) {
            List<String> lines = Files.readAllLines(file).stream().map(String::trim).filter(l -> !l.isEmpty() && !l.startsWith("#")).toList();
            List<String> sorted = new ArrayList<>(lines);
            sorted.sort(null);
            assertEquals(sorted, lines, file.getFileName() + " must be sorted");
            Class<?> spi = Class.forName(file.getFileName().toString());
            for (String className : lines) {
                Class<?> impl = Class.forName(className);
                assertTrue(spi.isAssignableFrom(impl), className + " does not implement " + spi.getName());
                Object instance = impl.getDeclaredConstructor().newInstance();
                if (instance instanceof ProviderFactory<?> factory) {
                    // "omakase" alone is the URL segment of the REST roots (/realms/{realm}/omakase, /admin/realms/{realm}/omakase)
                    assertTrue(factory.getId().equals("omakase") || factory.getId().startsWith("omakase-"), factory.getId());
                    assertTrue(ids.add(spi.getName() + "/" + factory.getId()), "duplicate id " + factory.getId());
                }
            }
        }
    }

    @Test
    void themeIsDeclared() throws IOException, URISyntaxException {
        String themes = Files.readString(servicesDir().getParent().resolve("keycloak-themes.json"));
        assertTrue(themes.contains("\"omakase\""));
    }
}
