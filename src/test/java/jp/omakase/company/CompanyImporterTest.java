package jp.omakase.company;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import org.junit.jupiter.api.Test;

/** The streaming part of the import, against a store that records its batches. */
class CompanyImporterTest {

    private final List<List<NtaRecord>> batches = new ArrayList<>();

    private ImportReport run(byte[] data, int batchSize, long fromLine) throws Exception {
        return new CompanyImporter(batchSize, 10).run(new ByteArrayInputStream(data), "test", fromLine, batch -> {
            batches.add(List.copyOf(batch));
            return new CompanyImporter.BatchResult(batch.size(), 0, 0, 0, 0);
        });
    }

    private static byte[] csv(String... lines) {
        return (String.join("\n", lines) + "\n").getBytes(StandardCharsets.UTF_8);
    }

    private static String generated(long seq) {
        return new NtaDataGenerator(seq).row(seq);
    }

    @Test
    void rowsAreWrittenInBatchesAndBadRowsReportedByLine() throws Exception {
        ImportReport r = run(csv(generated(1), generated(2), "1,2,3", generated(4), generated(5)), 2, 1);
        assertTrue(r.completed());
        assertEquals(5, r.lines());
        assertEquals(4, r.inserted());
        assertEquals(1, r.rejected());
        assertEquals(List.of(new ImportReport.Rejection(3, "expected 30 columns, found 3")), r.rejections());
        assertEquals(List.of(2, 2), batches.stream().map(List::size).toList());
    }

    @Test
    void onlyTheLastStateOfACorporationInAFileIsWritten() throws Exception {
        String latest = NtaRecordTest.NDL;
        String past = NtaRecordTest.withColumn(latest, "column 24 = 0");
        String renamed = NtaRecordTest.withColumn(latest, "column 7 = \"国立国会図書館（新）\"");
        ImportReport r = run(csv(past, latest, renamed), 10, 1);
        assertEquals(2, r.history(), "the past-state row and the superseded row");
        assertEquals(1, batches.get(0).size());
        assertEquals("国立国会図書館（新）", batches.get(0).get(0).name());
    }

    @Test
    void theCsvInsideThePublishedZipIsRead() throws Exception {
        ByteArrayOutputStream zip = new ByteArrayOutputStream();
        try (ZipOutputStream z = new ZipOutputStream(zip)) {
            z.putNextEntry(new ZipEntry("diff_20261124.csv.asc"));
            z.write("-----BEGIN PGP SIGNATURE-----".getBytes(StandardCharsets.UTF_8));
            z.putNextEntry(new ZipEntry("diff_20261124.csv"));
            z.write(csv(generated(1), generated(2)));
        }
        assertEquals(2, run(zip.toByteArray(), 10, 1).inserted());
    }

    @Test
    void aZipWithoutACsvIsRefusedBeforeAnythingIsWritten() throws IOException {
        ByteArrayOutputStream zip = new ByteArrayOutputStream();
        try (ZipOutputStream z = new ZipOutputStream(zip)) {
            z.putNextEntry(new ZipEntry("readme.txt"));
            z.write("no data".getBytes(StandardCharsets.UTF_8));
        }
        CompanyImporter.UnreadableInput e = assertThrows(CompanyImporter.UnreadableInput.class, () -> run(zip.toByteArray(), 10, 1));
        assertEquals("the zip file holds no .csv file", e.getMessage());
        assertTrue(batches.isEmpty());
    }

    @Test
    void aFailingBatchStopsTheImportAndSaysWhereToResume() throws Exception {
        ImportReport r = new CompanyImporter(2, 10).run(new ByteArrayInputStream(csv(generated(1), generated(2), generated(3), generated(4))),
                "test", 1, batch -> {
                    if (batches.size() == 1) {
                        throw new IllegalStateException("database down");
                    }
                    batches.add(batch);
                    return new CompanyImporter.BatchResult(batch.size(), 0, 0, 0, 0);
                });
        assertFalse(r.completed());
        assertEquals(3L, r.resumeFromLine());
        assertEquals(2, r.inserted());
    }

    @Test
    void resumingSkipsTheLinesBeforeFromLine() throws Exception {
        ImportReport r = run(csv(generated(1), generated(2), generated(3)), 10, 3);
        assertEquals(3, r.lines());
        assertEquals(1, r.inserted());
    }
}
