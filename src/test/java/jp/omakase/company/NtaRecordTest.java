package jp.omakase.company;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Rows in the published format (リソース定義書 4.1: no header, 30 columns, text in double quotes). */
class NtaRecordTest {

    /** The published row of 国立国会図書館 (public data). */
    static final String NDL = "1,1000011000005,01,1,2018-04-02,2015-10-05,\"国立国会図書館\",,101,\"東京都\",\"千代田区\","
            + "\"永田町１丁目１０－１\",,13,101,1000014,,,,,,,2015-10-05,1,\"National Diet Library\",\"Tokyo\","
            + "\"1-10-1,Nagatacho, Chiyoda ku\",,\"コクリツコッカイトショカン\",0";

    static NtaRecord parse(String line) throws Exception {
        return NtaRecord.parse(CsvLines.split(line));
    }

    @Test
    void publishedRowIsRead() throws Exception {
        NtaRecord r = parse(NDL);
        assertEquals("1000011000005", r.corporateNumber());
        assertEquals("国立国会図書館", r.name());
        assertEquals("101", r.kind());
        assertEquals("東京都千代田区永田町１丁目１０－１", r.address());
        assertEquals("1000014", r.postalCode());
        assertEquals(LocalDate.of(2018, 4, 2), r.updateDate());
        assertEquals("コクリツコッカイトショカン", r.furigana());
        assertTrue(r.latest());
        assertFalse(r.hidden());
        assertFalse(r.delete());
        assertNull(r.closeDate());
    }

    @Test
    void quotedCommaAndDoubledQuoteAreOneField() throws Exception {
        List<String> f = CsvLines.split("a,\"b,c\",\"say \"\"hi\"\"\",,d");
        assertEquals(List.of("a", "b,c", "say \"hi\"", "", "d"), f);
    }

    @Test
    void deletionRowCarriesOnlyNumberProcessAndDate() throws Exception {
        NtaRecord r = parse("244,1700150032837,99,,2021-08-24,,,,,,,,,,,,,,,,,,,,,,,,,");
        assertTrue(r.delete());
        assertEquals("1700150032837", r.corporateNumber());
    }

    @Test
    void rowOfTwentyNineColumnsFromBeforeTheHiddenFlagIsRead() throws Exception {
        assertFalse(parse(NDL.substring(0, NDL.lastIndexOf(','))).hidden());
    }

    @ParameterizedTest(name = "{1}")
    @CsvSource(delimiter = '|', textBlock = """
            1,1000011000005,01                                                  | expected 30 columns, found 3
            column 2 = 1000011000006                                            | invalid corporate number (13 digits with a check digit expected)
            column 3 = 55                                                       | unknown process code
            column 5 = 2018-02-30                                               | invalid update date (YYYY-MM-DD expected)
            column 5 = 2018/04/02                                               | invalid update date (YYYY-MM-DD expected)
            column 7 = ""                                                       | empty name
            column 9 = 999                                                      | unknown kind code
            column 16 = 100-0014                                                | invalid postal code (7 digits expected)
            column 19 = 20201301                                                | invalid close date (YYYY-MM-DD expected)
            column 20 = 05                                                      | unknown close cause code
            column 24 = 2                                                       | invalid latest flag (0 or 1 expected)
            column 30 = x                                                       | invalid hidden flag (0 or 1 expected)
            """)
    void malformedRowsAreRejectedWithTheirReason(String change, String reason) {
        String line = change.startsWith("column") ? withColumn(NDL, change) : change;
        NtaRecord.Rejected e = assertThrows(NtaRecord.Rejected.class, () -> parse(line));
        assertEquals(reason, e.getMessage());
    }

    @Test
    void oversizedNameIsRejected() {
        String line = withColumn(NDL, "column 7 = \"" + "長".repeat(151) + "\"");
        assertEquals("name longer than 150 characters", assertThrows(NtaRecord.Rejected.class, () -> parse(line)).getMessage());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            a,"b                | unterminated quoted field
            a,"b"c              | text after a closing quote
            a,b"c               | quote inside an unquoted field
            """)
    void brokenCsvIsRejected(String line, String reason) {
        assertEquals(reason, assertThrows(NtaRecord.Rejected.class, () -> CsvLines.split(line)).getMessage());
    }

    @Test
    void invalidUtf8RejectsOnlyItsLine() throws Exception {
        byte[] bad = {(byte) 0xE6, (byte) 0x97, '\n'};
        byte[] good = (NDL + "\r\n").getBytes(StandardCharsets.UTF_8);
        byte[] bom = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};
        byte[] all = new byte[bom.length + good.length + bad.length + good.length];
        System.arraycopy(bom, 0, all, 0, 3);
        System.arraycopy(good, 0, all, 3, good.length);
        System.arraycopy(bad, 0, all, 3 + good.length, bad.length);
        System.arraycopy(good, 0, all, 3 + good.length + bad.length, good.length);
        try (CsvLines lines = new CsvLines(new ByteArrayInputStream(all))) {
            assertEquals(30, lines.next().size(), "BOM and CRLF are dropped");
            NtaRecord.Rejected e = assertThrows(NtaRecord.Rejected.class, lines::next);
            assertEquals("not valid UTF-8 (the Unicode version of the data is expected)", e.getMessage());
            assertEquals(2, lines.lineNumber());
            assertEquals("国立国会図書館", NtaRecord.parse(lines.next()).name());
            assertNull(lines.next());
        }
    }

    /** Replaces one 1-based column of a row: "column 9 = 999". */
    static String withColumn(String row, String change) {
        int column = Integer.parseInt(change.substring("column ".length(), change.indexOf('=')).trim());
        String value = change.substring(change.indexOf('=') + 1).trim();
        try {
            List<String> fields = new java.util.ArrayList<>(CsvLines.split(row));
            fields.set(column - 1, value.startsWith("\"") ? value.substring(1, value.length() - 1) : value);
            return String.join(",", fields.stream().map(f -> f.contains(",") || f.contains("\"") ? NtaDataGenerator.quote(f) : f).toList());
        } catch (NtaRecord.Rejected e) {
            throw new IllegalArgumentException(e);
        }
    }
}
