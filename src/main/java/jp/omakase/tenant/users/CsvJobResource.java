package jp.omakase.tenant.users;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Properties;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.keycloak.models.KeycloakSession;
import org.keycloak.theme.Theme;

import jp.omakase.pages.PageRequest;
import jp.omakase.tenant.ConsoleAccess;
import jp.omakase.tenant.ConsoleView;
import jp.omakase.tenant.bulk.CsvJob;
import jp.omakase.tenant.bulk.CsvJobs;
import jp.omakase.tenant.bulk.RowOutcome;
import jp.omakase.tenant.csv.CsvCell;

/**
 * A bulk file being applied ({@code …/users/csv/jobs/{job}}): the progress page refreshes itself (no script) until the
 * file is done, then shows the counts and the result download ({@code result}: one line per row, in Japanese like the
 * bulk format, read from the database {@link #CHUNK} rows at a time). Only a job of the tenant in the URL is found;
 * any other id is 404.
 */
@Produces(MediaType.TEXT_HTML)
public class CsvJobResource {

    static final List<String> HEADER = List.of("行", "操作", "メールアドレス", "結果", "メッセージ");
    private static final int CHUNK = 500;

    private final KeycloakSession session;
    private final PageRequest pages;
    private final String adminRole;
    private final String tenantId;
    private final CsvJobs jobs;
    private final String jobId;

    CsvJobResource(KeycloakSession session, PageRequest pages, String adminRole, String tenantId, CsvJobs jobs, String jobId) {
        this.session = session;
        this.pages = pages;
        this.adminRole = adminRole;
        this.tenantId = tenantId;
        this.jobs = jobs;
        this.jobId = jobId;
    }

    private ConsoleAccess check() {
        return ConsoleAccess.check(session, pages, adminRole, tenantId, "users/csv");
    }

    /** The job of this tenant that was started, or null. */
    private CsvJob job(ConsoleAccess.Granted g) {
        CsvJob job = jobs.find(session, jobId, g.tenant().getId());
        return job == null || job.state() == CsvJob.State.CHECKED ? null : job;
    }

    @GET
    public Response page() {
        ConsoleAccess a = check();
        if (a.denied()) {
            return a.response();
        }
        ConsoleAccess.Granted g = a.granted();
        CsvJob job = job(g);
        if (job == null) {
            return ConsoleAccess.error(pages, Response.Status.NOT_FOUND, "omakaseConsoleNotFound");
        }
        String base = pages.url(g.path("users/csv")).toString();
        return pages.form().setAttribute("omakaseConsole", ConsoleView.of(g, ConsoleView.Area.USERS, null))
                .setAttribute("omakaseCsvJob", new CsvJobView(job, System.currentTimeMillis(), base))
                .createForm("omakase-console-users-csv-job.ftl");
    }

    @GET
    @Path("result")
    @Produces("text/csv")
    public Response result() {
        ConsoleAccess a = check();
        if (a.denied()) {
            return a.response();
        }
        ConsoleAccess.Granted g = a.granted();
        CsvJob job = job(g);
        if (job == null) {
            return ConsoleAccess.error(pages, Response.Status.NOT_FOUND, "omakaseConsoleNotFound");
        }
        Properties text = messages(g);
        return UsersCsvResource.download(out -> write(job.id(), text, out), "users-result.csv");
    }

    private void write(String id, Properties text, OutputStream out) throws IOException {
        out.write("\uFEFF".getBytes(StandardCharsets.UTF_8));
        line(out, HEADER);
        int after = 0;
        for (List<RowOutcome.Row> rows = jobs.rows(session, id, after, CHUNK); !rows.isEmpty();
             rows = jobs.rows(session, id, after, CHUNK)) {
            for (RowOutcome.Row r : rows) {
                String message = r.messageKey() == null ? "" : text.getProperty(r.messageKey(), r.messageKey());
                line(out, List.of(Integer.toString(r.row()), r.operation(), r.email(),
                        text.getProperty(r.outcome().labelKey(), r.outcome().name()), message));
                after = r.row();
            }
        }
    }

    private static void line(OutputStream out, List<String> cells) throws IOException {
        out.write(CsvCell.line(cells).getBytes(StandardCharsets.UTF_8));
    }

    /** The console's Japanese texts (the result file is in the language of the bulk format). */
    private Properties messages(ConsoleAccess.Granted g) {
        try {
            return session.theme().getTheme(Theme.Type.LOGIN).getEnhancedMessages(g.realm(), Locale.JAPANESE);
        } catch (IOException e) {
            return new Properties();
        }
    }
}
