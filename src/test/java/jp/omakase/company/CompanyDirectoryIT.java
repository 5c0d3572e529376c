package jp.omakase.company;

import static jp.omakase.testing.TestEmails.uniqueEmail;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import jp.omakase.testing.AdminApi;
import jp.omakase.testing.KeycloakIT;
import jp.omakase.testing.TestEnvironment;

/** The company directory on the real server: import through the admin API, search through the public endpoint. */
@KeycloakIT
class CompanyDirectoryIT {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final HttpClient HTTP = HttpClient.newHttpClient();

    /** A corporate number with a valid check digit, unique to this test run (base from a counter + random). */
    private static String number(int i) {
        String base = String.format("9%05d%06d", i, Math.abs(UUID.randomUUID().getLeastSignificantBits() % 1_000_000));
        return CorporateNumber.checkDigit(base) + base;
    }

    /** A row of the published format with the given values (process 01, open, not hidden). */
    private static String row(long seq, String number, String name, String kana, String update) {
        return String.join(",", List.of(String.valueOf(seq), number, "01", "0", update, update, NtaDataGenerator.quote(name), "", "301",
                "\"東京都\"", "\"千代田区\"", "\"丸の内１丁目１－１\"", "", "13", "101", "1000005", "", "", "", "", "", "", update, "1",
                "", "", "", "", kana == null ? "" : NtaDataGenerator.quote(kana), "0"));
    }

    private static byte[] csv(List<String> rows) {
        return (String.join("\n", rows) + "\n").getBytes(StandardCharsets.UTF_8);
    }

    private static JsonNode importCsv(TestEnvironment env, byte[] data) {
        AdminApi.Response r = env.admin().upload("/realms/bizid/omakase/companies/import", data, "text/csv");
        assertEquals(200, r.status(), r.body());
        return r.json();
    }

    /** A public search as a client with its own address (X-Forwarded-For), so rate limits do not leak across tests. */
    private static HttpResponse<String> search(TestEnvironment env, String client, String query) throws Exception {
        return HTTP.send(HttpRequest.newBuilder(URI.create(env.baseUrl() + "/realms/bizid/omakase/companies?q="
                        + URLEncoder.encode(query, StandardCharsets.UTF_8))).header("X-Forwarded-For", client).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private static List<String> names(HttpResponse<String> r) throws IOException {
        assertEquals(200, r.statusCode(), r.body());
        List<String> names = new ArrayList<>();
        JSON.readTree(r.body()).path("companies").forEach(c -> names.add(c.path("name").asText()));
        return names;
    }

    private static String client() {
        return "198.51.100." + (1 + (int) (Math.random() * 250));
    }

    @Test
    void sampleDataImportsOnceAndTheSecondImportChangesNothing(TestEnvironment env) throws Exception {
        byte[] sample;
        try (InputStream in = getClass().getResourceAsStream("/company/sample-companies.csv")) {
            sample = in.readAllBytes();
        }
        JsonNode first = importCsv(env, sample);
        assertTrue(first.path("completed").asBoolean());
        assertEquals(300, first.path("lines").asLong());
        assertEquals(0, first.path("rejected").asLong());
        long written = first.path("inserted").asLong() + first.path("unchanged").asLong();
        assertEquals(300, written, first.toString());

        JsonNode second = importCsv(env, sample);
        assertEquals(0, second.path("inserted").asLong());
        assertEquals(0, second.path("updated").asLong());
        assertEquals(300, second.path("unchanged").asLong());

        List<JsonNode> events = new ArrayList<>();
        env.admin().get("/realms/bizid/admin-events?max=500").forEach(e -> {
            if (CompanyAdminResource.EVENT_RESOURCE.equals(e.path("resourceType").asText())) {
                events.add(e);
            }
        });
        assertTrue(events.size() >= 4, "admin events for the start and the end of each import");
        assertTrue(events.stream().allMatch(e -> e.path("operationType").asText().equals("ACTION")));
        assertTrue(events.stream().anyMatch(e -> e.path("representation").asText().contains("\"state\":\"RUNNING\"")), events.toString());
        assertTrue(events.stream().anyMatch(e -> e.path("representation").asText().contains("\"state\":\"COMPLETED\"")
                && e.path("representation").asText().contains("\"lines\":300")), events.toString());
    }

    @Test
    void searchByNameIgnoresLegalFormsWidthAndKanaKind(TestEnvironment env) throws Exception {
        String a = number(1), b = number(2), c = number(3);
        importCsv(env, csv(List.of(
                row(1, a, "株式会社ミナトテクノ", "ミナトテクノ", "2024-01-10"),
                row(2, b, "ミナトテクノサービス有限会社", "ミナトテクノサービス", "2024-01-10"),
                row(3, c, "湊技研合同会社", "ミナトギケン", "2024-01-10"))));
        String me = client();
        assertEquals(List.of("株式会社ミナトテクノ", "ミナトテクノサービス有限会社"), names(search(env, me, "ミナトテクノ")),
                "exact key first, then longer names");
        assertEquals(List.of("株式会社ミナトテクノ", "ミナトテクノサービス有限会社"), names(search(env, me, "（株）ﾐﾅﾄﾃｸﾉ")));
        assertEquals(List.of("湊技研合同会社", "株式会社ミナトテクノ", "ミナトテクノサービス有限会社"), names(search(env, me, "みなと")),
                "hiragana matches names and furigana; shorter matched keys first, ties in key order (ミナトギケン < ミナトテクノ)");
        assertEquals(List.of("湊技研合同会社"), names(search(env, me, "湊技")));
        assertEquals(List.of("湊技研合同会社"), names(search(env, me, c)), "exact corporate number");
        JsonNode hit = JSON.readTree(search(env, me, c).body()).path("companies").get(0);
        assertEquals(c, hit.path("corporateNumber").asText());
        assertEquals("301", hit.path("kind").asText());
        assertEquals("東京都千代田区丸の内１丁目１－１", hit.path("address").asText());
    }

    @Test
    void diffAfterFullFileGivesTheLatestState(TestEnvironment env) throws Exception {
        String renamed = number(11), moved = number(12), closed = number(13), deleted = number(14), corrected = number(15), stale = number(16);
        importCsv(env, csv(List.of(
                row(1, renamed, "旧名アオイ商事株式会社", "キュウメイアオイショウジ", "2026-10-31"),
                row(2, moved, "アオイ運輸株式会社", "アオイウンユ", "2026-10-31"),
                row(3, closed, "アオイ精工株式会社", "アオイセイコウ", "2026-10-31"),
                row(4, deleted, "アオイ印刷株式会社", "アオイインサツ", "2026-10-31"),
                row(5, corrected, "アオイ建設株式会社", "アオイケンセツ", "2026-10-31"),
                row(6, stale, "アオイ水産株式会社", "アオイスイサン", "2026-11-20"))));
        String movedRow = row(2, moved, "アオイ運輸株式会社", "アオイウンユ", "2026-11-24").replace("\"丸の内１丁目１－１\"", "\"大手町２丁目２－２\"");
        String closedRow = NtaRecordTest.withColumn(NtaRecordTest.withColumn(
                row(3, closed, "アオイ精工株式会社", "アオイセイコウ", "2026-11-24"), "column 19 = 2026-11-20"), "column 20 = 01");
        String correctedRow = NtaRecordTest.withColumn(row(5, corrected, "葵建設株式会社", "アオイケンセツ", "2026-11-24"), "column 4 = 1");
        JsonNode diff = importCsv(env, csv(List.of(
                row(1, renamed, "アオイ商事株式会社", "アオイショウジ", "2026-11-24"),
                movedRow, closedRow,
                "4," + deleted + ",99,,2026-11-24,,,,,,,,,,,,,,,,,,,,,,,,,",
                correctedRow,
                row(6, stale, "アオイ水産（旧）株式会社", "アオイスイサン", "2026-11-01"))));
        assertEquals(4, diff.path("updated").asLong(), diff.toString());
        assertEquals(1, diff.path("deleted").asLong());
        assertEquals(1, diff.path("older").asLong(), "a row older than the stored state is not applied");

        String me = client();
        List<String> open = names(search(env, me, "アオイ"));
        assertTrue(open.contains("アオイ商事株式会社"), open.toString());
        assertFalse(open.contains("旧名アオイ商事株式会社"));
        assertFalse(open.contains("アオイ精工株式会社"), "closed companies are left out");
        assertFalse(open.contains("アオイ印刷株式会社"), "deleted");
        assertTrue(open.contains("アオイ水産株式会社"), "the newer stored state stays");
        assertEquals(List.of("葵建設株式会社"), names(search(env, me, corrected)));
        JsonNode moveHit = JSON.readTree(search(env, me, moved).body()).path("companies").get(0);
        assertEquals("東京都千代田区大手町２丁目２－２", moveHit.path("address").asText());

        HttpResponse<String> withClosed = HTTP.send(HttpRequest.newBuilder(URI.create(env.baseUrl()
                + "/realms/bizid/omakase/companies?closed=true&q=" + closed)).header("X-Forwarded-For", me).build(), HttpResponse.BodyHandlers.ofString());
        JsonNode closedHit = JSON.readTree(withClosed.body()).path("companies").get(0);
        assertTrue(closedHit.path("closed").asBoolean());
        assertEquals("2026-11-20", closedHit.path("closeDate").asText());
    }

    @Test
    void malformedRowsAreReportedByLineAndTheRestIsImported(TestEnvironment env) throws Exception {
        String good = number(21);
        String badCheck = number(22);
        badCheck = (char) ('0' + (badCheck.charAt(0) - '0' + 1) % 10) + badCheck.substring(1);
        ByteArrayOutputStream data = new ByteArrayOutputStream();
        data.write(csv(List.of(row(1, good, "モミジ工業株式会社", "モミジコウギョウ", "2026-01-05"), "2,3,4")));
        data.write(csv(List.of(row(3, badCheck, "モミジ商事株式会社", null, "2026-01-05"))));
        data.write(csv(List.of(row(4, number(23), "モミジ電機株式会社", null, "2026-13-05"))));
        data.write(new byte[] {'5', ',', (byte) 0xE3, (byte) 0x81, '\n'});
        JsonNode r = importCsv(env, data.toByteArray());
        assertTrue(r.path("completed").asBoolean());
        assertEquals(1, r.path("inserted").asLong());
        assertEquals(4, r.path("rejected").asLong());
        List<String> reasons = new ArrayList<>();
        r.path("rejections").forEach(x -> reasons.add(x.path("line").asLong() + ": " + x.path("reason").asText()));
        assertEquals(List.of("2: expected 30 columns, found 3",
                "3: invalid corporate number (13 digits with a check digit expected)",
                "4: invalid update date (YYYY-MM-DD expected)",
                "5: not valid UTF-8 (the Unicode version of the data is expected)"), reasons);
        assertEquals(List.of("モミジ工業株式会社"), names(search(env, client(), "モミジ")));
    }

    @Test
    void publishedZipIsImportedAndAZipWithoutCsvIsRefused(TestEnvironment env) throws Exception {
        ByteArrayOutputStream zip = new ByteArrayOutputStream();
        try (ZipOutputStream z = new ZipOutputStream(zip)) {
            z.putNextEntry(new ZipEntry("diff_20261125.csv"));
            z.write(csv(List.of(row(1, number(31), "カエデ物産株式会社", "カエデブッサン", "2026-11-25"))));
            z.putNextEntry(new ZipEntry("diff_20261125.csv.asc"));
            z.write("signature".getBytes(StandardCharsets.UTF_8));
        }
        assertEquals(1, importCsv(env, zip.toByteArray()).path("inserted").asLong());
        assertEquals(List.of("カエデ物産株式会社"), names(search(env, client(), "カエデ")));

        ByteArrayOutputStream empty = new ByteArrayOutputStream();
        try (ZipOutputStream z = new ZipOutputStream(empty)) {
            z.putNextEntry(new ZipEntry("readme.txt"));
            z.write("x".getBytes(StandardCharsets.UTF_8));
        }
        AdminApi.Response r = env.admin().upload("/realms/bizid/omakase/companies/import", empty.toByteArray(), "application/zip");
        assertEquals(400, r.status());
        assertEquals("the zip file holds no .csv file", r.json().path("error_description").asText());
    }

    @Test
    void fileFromTheImportDirectoryIsImportedByNameOnly(TestEnvironment env) throws Exception {
        Path dir = Files.createDirectories(TestEnvironment.importDirectory(Path.of(System.getProperty("omakase.build.dir"))));
        Files.write(dir.resolve("diff_20261126.csv"), csv(List.of(row(1, number(41), "ツバキ食品株式会社", "ツバキショクヒン", "2026-11-26"))));
        AdminApi.Response ok = env.admin().send("POST", "/realms/bizid/omakase/companies/import?file=diff_20261126.csv", null);
        assertEquals(200, ok.status(), ok.body());
        assertEquals(1, ok.json().path("inserted").asLong());
        assertEquals(400, env.admin().send("POST", "/realms/bizid/omakase/companies/import?file=..%2Fkeycloak.conf", null).status());
        assertEquals(404, env.admin().send("POST", "/realms/bizid/omakase/companies/import?file=missing.csv", null).status());
    }

    @Test
    void longImportAnswers202AndItsStatusUrlGivesTheReport(TestEnvironment env) throws Exception {
        AdminApi.Response r = env.admin().upload("/realms/bizid/omakase/companies/import?wait=0",
                csv(List.of(row(1, number(51), "ヒイラギ設計株式会社", "ヒイラギセッケイ", "2026-11-26"))), "text/csv");
        assertEquals(202, r.status(), r.body());
        String status = r.raw().headers().firstValue("Location").orElseThrow();
        assertTrue(status.endsWith("/admin/realms/bizid/omakase/companies/imports/" + r.json().path("id").asText()), status);
        JsonNode job;
        int polls = 0;
        do {
            Thread.sleep(200);
            job = env.admin().get(status.substring(status.indexOf("/admin") + "/admin".length()));
        } while (job.path("state").asText().equals("RUNNING") && ++polls < 100);
        assertEquals("COMPLETED", job.path("state").asText(), job.toString());
        assertEquals(1, job.path("report").path("inserted").asLong());
        assertEquals(404, env.admin().send("GET", "/realms/bizid/omakase/companies/imports/unknown", null).status());
    }

    @Test
    void importNeedsRealmAdministration(TestEnvironment env) throws Exception {
        HttpResponse<String> anonymous = HTTP.send(HttpRequest.newBuilder(URI.create(env.baseUrl() + "/admin/realms/bizid/omakase/companies/import"))
                .POST(HttpRequest.BodyPublishers.ofString("x")).build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(401, anonymous.statusCode());

        String email = uniqueEmail("plain");
        // a complete Business ID profile: without kana and phone the realm asks for them before any token (VERIFY_PROFILE)
        String id = env.admin().createUser("bizid", Map.of("username", email, "email", email, "enabled", true, "emailVerified", true,
                "firstName", "一郎", "lastName", "鈴木", "attributes", Map.of("lastNameKana", List.of("スズキ"),
                        "firstNameKana", List.of("イチロウ"), "phone", List.of("03-1234-5678"))));
        env.admin().send("PUT", "/realms/bizid/users/" + id + "/reset-password", Map.of("type", "password", "value", "Abcdefgh1!", "temporary", false));
        HttpResponse<String> token = HTTP.send(HttpRequest.newBuilder(URI.create(env.baseUrl() + "/realms/bizid/protocol/openid-connect/token"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("grant_type=password&client_id=admin-cli&username="
                        + URLEncoder.encode(email, StandardCharsets.UTF_8) + "&password=Abcdefgh1!")).build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(200, token.statusCode(), token.body());
        HttpResponse<String> plain = HTTP.send(HttpRequest.newBuilder(URI.create(env.baseUrl() + "/admin/realms/bizid/omakase/companies/import"))
                .header("Authorization", "Bearer " + JSON.readTree(token.body()).path("access_token").asText())
                .POST(HttpRequest.BodyPublishers.ofString("x")).build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(403, plain.statusCode());
    }

    @ParameterizedTest
    @ValueSource(strings = {"%%", "__", "\\\\", "''", "\"\"", "%' OR '1'='1", "<script>"})
    void likeWildcardsQuotesAndScriptAreSearchedLiterally(String query, TestEnvironment env) throws Exception {
        HttpResponse<String> r = search(env, client(), query);
        assertEquals(200, r.statusCode(), r.body());
        assertEquals(List.of(), names(r), "nothing matches these characters literally");
        assertEquals("application/json", r.headers().firstValue("Content-Type").orElse("").split(";")[0]);
    }

    @Test
    void tooShortTooLongAndOversizedLimitAreAnsweredSafely(TestEnvironment env) throws Exception {
        String me = client();
        HttpResponse<String> shortQuery = search(env, me, "株式会社 ア");
        assertEquals(400, shortQuery.statusCode());
        assertEquals("{\"error\":\"query_too_short\"}", shortQuery.body());
        HttpResponse<String> longQuery = search(env, me, "ア".repeat(1000));
        assertEquals(400, longQuery.statusCode());
        assertEquals("{\"error\":\"query_too_long\"}", longQuery.body());
        HttpResponse<String> many = HTTP.send(HttpRequest.newBuilder(URI.create(env.baseUrl()
                + "/realms/bizid/omakase/companies?limit=100000&q=" + URLEncoder.encode("株式", StandardCharsets.UTF_8)))
                .header("X-Forwarded-For", me).build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(200, many.statusCode());
        assertTrue(JSON.readTree(many.body()).path("companies").size() <= 20, "limit capped");
    }

    @Test
    void oneClientAddressIsLimitedPerMinuteOthersAreNot(TestEnvironment env) throws Exception {
        String flooder = "203.0.113.9";
        int ok = 0;
        HttpResponse<String> last = null;
        for (int i = 0; i < 70; i++) {
            last = search(env, flooder, "ミナト");
            if (last.statusCode() == 200) {
                ok++;
            }
        }
        assertEquals(60, ok, "the default is 60 searches per minute and address");
        assertEquals(429, last.statusCode());
        assertEquals("{\"error\":\"too_many_requests\"}", last.body());
        assertTrue(Long.parseLong(last.headers().firstValue("Retry-After").orElseThrow()) >= 1);
        assertEquals(200, search(env, "203.0.113.10", "ミナト").statusCode(), "another address is not affected");
    }
}
