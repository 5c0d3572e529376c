package jp.omakase.tenant;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

import jakarta.ws.rs.HttpMethod;
import jakarta.ws.rs.Path;
import org.junit.jupiter.api.Test;

/**
 * The console's routes as JAX-RS sees them (resource methods and sub-resource locators, from {@link TenantConsoleResource}
 * down) are exactly {@link ConsoleRoutes#ALL}: a route added without being listed fails here, so the isolation test
 * always covers every route.
 */
class ConsoleRoutesTest {

    @Test
    void everyConsoleRouteIsListedForTheIsolationTest() {
        List<ConsoleRoutes.Route> found = new ArrayList<>();
        walk(TenantConsoleResource.class, "", found, new HashSet<>());
        assertTrue(found.size() >= 10, "routes found by reflection: " + found);
        assertEquals(new HashSet<>(ConsoleRoutes.ALL), new HashSet<>(found));
        assertEquals(found.size(), new HashSet<>(found).size(), "no route twice");
    }

    @Test
    void theTenantPagesReachTheConsoleOnlyThroughTheTenantLocator() throws Exception {
        Method locator = TenantPagesResource.class.getMethod("console", String.class);
        assertEquals("{tenant}", locator.getAnnotation(Path.class).value());
        assertEquals(TenantConsoleResource.class, locator.getReturnType());
    }

    private static void walk(Class<?> resource, String prefix, List<ConsoleRoutes.Route> found, Set<Class<?>> seen) {
        if (!seen.add(resource)) {
            return;
        }
        for (Method m : resource.getMethods()) {
            Path path = m.getAnnotation(Path.class);
            String full = path == null ? prefix : join(prefix, path.value());
            // any HTTP method (GET, POST, PUT, DELETE, …: annotations carrying @HttpMethod)
            List<String> verbs = Arrays.stream(m.getAnnotations()).map(a -> a.annotationType().getAnnotation(HttpMethod.class))
                    .filter(Objects::nonNull).map(HttpMethod::value).toList();
            for (String verb : verbs) {
                found.add(new ConsoleRoutes.Route(verb, full));
            }
            if (verbs.isEmpty() && path != null) {
                walk(m.getReturnType(), full, found, seen);
            }
        }
    }

    private static String join(String prefix, String path) {
        String p = path.startsWith("/") ? path.substring(1) : path;
        return prefix.isEmpty() ? p : prefix + "/" + p;
    }
}
