package jp.omakase.company;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The import upload's size limit while spooling (a chunked body announces no length). */
class UploadLimitTest {

    @TempDir
    Path dir;

    @Test
    void aBodyUpToTheLimitIsSpooledWhole() throws IOException {
        byte[] body = new byte[100_000];
        body[99_999] = 7;
        Path target = dir.resolve("ok");
        assertTrue(CompanyAdminResource.spool(new ByteArrayInputStream(body), target, 100_000));
        assertArrayEquals(body, Files.readAllBytes(target));
    }

    @Test
    void oneByteOverTheLimitStopsTheCopy() throws IOException {
        assertFalse(CompanyAdminResource.spool(new ByteArrayInputStream(new byte[100_001]), dir.resolve("big"), 100_000));
    }

    @Test
    void anEndlessBodyIsNotReadPastTheLimit() throws IOException {
        long[] read = {0};
        InputStream endless = new InputStream() {
            @Override
            public int read() {
                read[0]++;
                return 'x';
            }

            @Override
            public int read(byte[] b, int off, int len) {
                java.util.Arrays.fill(b, off, off + len, (byte) 'x');
                read[0] += len;
                return len;
            }
        };
        assertFalse(CompanyAdminResource.spool(endless, dir.resolve("endless"), 1_000_000));
        assertTrue(read[0] <= 1_000_000 + 64 * 1024, "stopped within one buffer of the limit: " + read[0]);
    }
}
