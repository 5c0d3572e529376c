package jp.omakase.testing;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Arrays;

import org.junit.jupiter.api.RepeatedTest;

class TestEnvironmentTest {

    @RepeatedTest(20)
    void freePortsAreDistinct() {
        int[] ports = TestEnvironment.freePorts(3);
        assertEquals(3, Arrays.stream(ports).distinct().count(), Arrays.toString(ports));
    }
}
