package jp.omakase.tenant.csv;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * Decides how a file Excel saved is encoded, from its first {@link #SNIFF_BYTES} bytes, without reading it whole:
 * a UTF-8 BOM means UTF-8; UTF-16 BOMs (Excel's "Unicode text", tab-separated) are refused; otherwise the bytes that
 * decode as strict UTF-8 are UTF-8, and bytes that do not are Shift_JIS as Windows writes it (windows-31j, CP932).
 * The header row is Japanese, so its bytes alone decide. Bytes that do not decode later in the file become U+FFFD,
 * which the row check refuses with the row and column ({@link #REPLACEMENT}).
 */
final class CsvEncoding {

    /** How much of the file's beginning decides the encoding. */
    static final int SNIFF_BYTES = 64 * 1024;
    /** What an undecodable byte becomes; never accepted in a value. */
    static final char REPLACEMENT = '\uFFFD';
    static final Charset CP932 = Charset.forName("windows-31j");

    private CsvEncoding() {
    }

    /** A reader of the file's characters (BOM removed); {@code in} is read through a buffer of {@link #SNIFF_BYTES}. */
    static Reader open(InputStream in) throws IOException, CsvFileException {
        BufferedInputStream buffered = new BufferedInputStream(in, SNIFF_BYTES);
        buffered.mark(SNIFF_BYTES);
        byte[] head = buffered.readNBytes(SNIFF_BYTES);
        buffered.reset();
        Charset charset = detect(head, head.length < SNIFF_BYTES);
        if (charset == StandardCharsets.UTF_8 && hasUtf8Bom(head)) {
            buffered.skipNBytes(3);
        }
        CharsetDecoder decoder = charset.newDecoder().onMalformedInput(CodingErrorAction.REPLACE)
                .onUnmappableCharacter(CodingErrorAction.REPLACE).replaceWith(String.valueOf(REPLACEMENT));
        return new InputStreamReader(buffered, decoder);
    }

    /** The charset of a file starting with {@code head}; {@code whole} when head is the entire file. */
    static Charset detect(byte[] head, boolean whole) throws CsvFileException {
        if (hasUtf8Bom(head)) {
            return StandardCharsets.UTF_8;
        }
        boolean utf16 = head.length >= 2 && ((head[0] == (byte) 0xFF && head[1] == (byte) 0xFE)
                || (head[0] == (byte) 0xFE && head[1] == (byte) 0xFF));
        if (utf16) {
            throw new CsvFileException(0, "omakaseCsvUnsupportedEncodingMessage");
        }
        return isStrictUtf8(head, whole) ? StandardCharsets.UTF_8 : CP932;
    }

    private static boolean hasUtf8Bom(byte[] head) {
        return head.length >= 3 && head[0] == (byte) 0xEF && head[1] == (byte) 0xBB && head[2] == (byte) 0xBF;
    }

    /** True when the bytes decode as UTF-8; a sequence cut by the end of a partial head does not count against it. */
    private static boolean isStrictUtf8(byte[] head, boolean whole) {
        CharsetDecoder utf8 = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer bytes = ByteBuffer.wrap(head);
        CharBuffer chars = CharBuffer.allocate(head.length + 1);
        CoderResult result = utf8.decode(bytes, chars, whole);
        if (result.isError()) {
            return false;
        }
        return !whole || !bytes.hasRemaining();
    }
}
