package jp.omakase.bench;

import java.net.http.HttpResponse;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jp.omakase.security.PageSession;
import jp.omakase.tenant.ConsoleTenants;

/**
 * The CSV bulk import as the tenant's administrator does it, over HTTP with the console's cookies: upload the file to
 * 一括登録's check ({@code POST users/csv/check}), post the apply form the passed check shows ({@code POST
 * users/csv/apply} with its hidden {@code csrf} and {@code upload}), then follow the job page
 * ({@code users/csv/jobs/{job}}, element {@code omakase-csv-progress} with {@code data-state}, {@code data-done},
 * {@code data-total}) until it is DONE (or FAILED), and download the result file.
 */
final class ConsoleImport {

    private static final Pattern FORM = Pattern.compile("<form[^>]*action=\"([^\"]*users/csv/apply)\"[^>]*>(.*?)</form>", Pattern.DOTALL);
    private static final Pattern INPUT = Pattern.compile("<input[^>]*>");
    private static final Pattern NAME = Pattern.compile("name=\"([^\"]+)\"");
    private static final Pattern VALUE = Pattern.compile("value=\"([^\"]*)\"");
    private static final Pattern PROGRESS = Pattern.compile("<[^>]*id=\"omakase-csv-progress\"[^>]*>");
    private static final Pattern DIGITS = Pattern.compile("[0-9][0-9,]*");

    /** What an import took: the check's request, from the apply's post to DONE, rows done, result file lines. */
    record Result(double checkSeconds, double applySeconds, long rows, long resultLines, String state) {

        double totalSeconds() {
            return checkSeconds + applySeconds;
        }
    }

    private final PageSession session;
    private final BenchTenants.Tenant tenant;
    private final String csrf;

    private ConsoleImport(PageSession session, BenchTenants.Tenant tenant, String csrf) {
        this.session = session;
        this.tenant = tenant;
        this.csrf = csrf;
    }

    /** Logs in as the tenant's administrator through the console's page client. */
    static ConsoleImport logIn(String baseUrl, BenchTenants.Tenant tenant) {
        PageSession session = new PageSession(baseUrl);
        HttpResponse<String> page = session.logIn(tenant.console("users/csv"), tenant.adminEmail(), ConsoleTenants.PASSWORD);
        if (page.statusCode() != 200 || !PageSession.has(page, "omakase-csv-form")) {
            throw new IllegalStateException("no CSV page after the login: " + page.statusCode() + " " + page.uri());
        }
        return new ConsoleImport(session, tenant, PageSession.csrf(page).orElseThrow());
    }

    PageSession session() {
        return session;
    }

    /** The check alone (nothing written): the page; fails unless every row is a valid 登録. */
    HttpResponse<String> check(byte[] csv, int rows) {
        HttpResponse<String> checked = session.postFile(tenant.console("users/csv/check"), Map.of("csrf", csrf), "file", csv);
        String added = PageSession.byId(checked, "omakase-csv-count-add");
        if (checked.statusCode() != 200 || added == null || number(added) != rows) {
            throw new IllegalStateException("the check did not pass " + rows + " new users: " + checked.statusCode() + " "
                    + added + " " + PageSession.byId(checked, "omakase-csv-count-invalid") + " "
                    + PageSession.byId(checked, "omakase-csv-error"));
        }
        return checked;
    }

    /** Whether a passed check's page offers the apply (the apply is built). */
    static boolean offersApply(HttpResponse<String> checked) {
        return FORM.matcher(checked.body()).find();
    }

    /** Check + apply, polling the job page every {@code pollMillis} until it is no longer QUEUED or RUNNING. */
    Result run(byte[] csv, int rows, long pollMillis) throws InterruptedException {
        long t0 = System.nanoTime();
        HttpResponse<String> checked = check(csv, rows);
        long t1 = System.nanoTime();
        Matcher form = FORM.matcher(checked.body());
        if (!form.find()) {
            throw new IllegalStateException("the passed check offers no apply form: " + checked.body());
        }
        Map<String, List<String>> fields = new LinkedHashMap<>();
        Matcher input = INPUT.matcher(form.group(2));
        while (input.find()) {
            Matcher name = NAME.matcher(input.group());
            Matcher value = VALUE.matcher(input.group());
            if (input.group().contains("type=\"hidden\"") && name.find() && value.find()) {
                fields.put(name.group(1), List.of(value.group(1).replace("&amp;", "&")));
            }
        }
        HttpResponse<String> job = session.post(form.group(1).replace("&amp;", "&"), fields);
        String jobUrl = job.uri().toString();
        Map<String, String> progress = progress(job);
        while (progress.get("data-state").equals("RUNNING") || progress.get("data-state").equals("QUEUED")) {
            Thread.sleep(pollMillis);
            progress = progress(session.get(jobUrl));
        }
        long t2 = System.nanoTime();
        HttpResponse<String> result = session.get(jobUrl + "/result");
        long lines = result.statusCode() == 200 ? result.body().lines().count() : -1;
        return new Result((t1 - t0) / 1e9, (t2 - t1) / 1e9, number(progress.get("data-done")), lines, progress.get("data-state"));
    }

    private static Map<String, String> progress(HttpResponse<String> page) {
        Matcher m = PROGRESS.matcher(page.body());
        if (page.statusCode() != 200 || !m.find()) {
            throw new IllegalStateException("no progress element at " + page.uri() + " (" + page.statusCode() + "): " + page.body());
        }
        Map<String, String> attributes = new LinkedHashMap<>();
        Matcher a = Pattern.compile("(data-[a-z]+)=\"([^\"]*)\"").matcher(m.group());
        while (a.find()) {
            attributes.put(a.group(1), a.group(2));
        }
        return attributes;
    }

    /** The first number in a text such as 「登録: 10,000件」; -1 if none (a {@code data-done="true"} says nothing). */
    static long number(String text) {
        Matcher m = DIGITS.matcher(text);
        return m.find() ? Long.parseLong(m.group().replace(",", "")) : -1;
    }
}
