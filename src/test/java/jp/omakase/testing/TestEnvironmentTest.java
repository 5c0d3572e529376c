package jp.omakase.testing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

class TestEnvironmentTest {

    @Test
    void freePortsAreDistinct() {
        int[] ports = TestEnvironment.freePorts(3);
        assertEquals(3, Arrays.stream(ports).distinct().count(), Arrays.toString(ports));
    }

    @Test
    void serverOptionsRefuseOnePortForHttpAndManagement() {
        Path any = Path.of(".");
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> new KeycloakServer.Options(any, any, any,
                any, any, KeycloakServer.Database.H2, null, null, null, 18080, 18080, "admin", "admin", true, null, Map.of(), List.of()));
        assertEquals("HTTP and management port are both 18080", e.getMessage());
    }
}
