package jp.omakase.tenant.users;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;

import org.junit.jupiter.api.Test;

/** The upload limit: a file of exactly the limit is read whole; one byte more fails, and nothing past limit + 1 is read. */
class BoundedInputStreamTest {

    @Test
    void theLimitItselfIsFine() throws IOException {
        byte[] data = new byte[1000];
        try (InputStream in = new BoundedInputStream(new ByteArrayInputStream(data), 1000)) {
            assertArrayEquals(data, in.readAllBytes());
        }
    }

    @Test
    void oneByteMoreFailsWithoutReadingTheRest() {
        ByteArrayInputStream source = new ByteArrayInputStream(new byte[5000]);
        InputStream in = new BoundedInputStream(source, 1000);
        assertThrows(BoundedInputStream.TooLarge.class, in::readAllBytes);
        assertEquals(5000 - 1001, source.available(), "read stopped one byte past the limit");
    }

    @Test
    void singleBytesCountToo() throws IOException {
        InputStream in = new BoundedInputStream(new ByteArrayInputStream(new byte[3]), 2);
        in.read();
        in.read();
        assertThrows(BoundedInputStream.TooLarge.class, in::read);
    }
}
