package jp.omakase.tenant.users;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;

import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedHashMap;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;
import org.keycloak.http.FormPartValue;
import org.keycloak.models.KeycloakSession;

import jp.omakase.pages.PageRequest;
import jp.omakase.tenant.ConsoleAccess;
import jp.omakase.tenant.ConsoleServices;
import jp.omakase.tenant.ConsoleView;
import jp.omakase.tenant.bulk.CsvJob;
import jp.omakase.tenant.bulk.CsvJobs;
import jp.omakase.tenant.csv.CsvLimits;
import jp.omakase.tenant.csv.UserCsvCheck;
import jp.omakase.tenant.csv.UserCsvWriter;

/**
 * 一括登録・一括変更・一括削除 ({@code …/tenant/{tenant}/users/csv}): the template and the export downloads, the check of
 * an uploaded file ({@code csv/check}, multipart, at most the {@code csv-max-upload-bytes} option; nothing written) and,
 * for a file with valid rows, its apply ({@code csv/apply}) in the background with the progress and the result
 * ({@code csv/jobs/{job}}, {@link CsvJobResource}). Every method starts with {@link ConsoleAccess}.
 */
@Produces(MediaType.TEXT_HTML)
public class UsersCsvResource {

    static final String FILE_FIELD = "file";
    static final String UPLOAD_FIELD = "upload";

    private final KeycloakSession session;
    private final PageRequest pages;
    private final String adminRole;
    private final String tenantId;
    private final ConsoleServices services;

    public UsersCsvResource(KeycloakSession session, PageRequest pages, String adminRole, String tenantId, ConsoleServices services) {
        this.session = session;
        this.pages = pages;
        this.adminRole = adminRole;
        this.tenantId = tenantId;
        this.services = services;
    }

    private ConsoleAccess check() {
        return ConsoleAccess.check(session, pages, adminRole, tenantId, "users/csv");
    }

    private CsvJobs jobs() {
        return services.csvJobs();
    }

    @GET
    public Response page() {
        ConsoleAccess a = check();
        return a.denied() ? a.response() : render(a.granted(), null, null, null);
    }

    @GET
    @jakarta.ws.rs.Path("template")
    @Produces("text/csv")
    public Response template() {
        ConsoleAccess a = check();
        if (a.denied()) {
            return a.response();
        }
        return download(UserCsvWriter::template, "users-template.csv");
    }

    @GET
    @jakarta.ws.rs.Path("export")
    @Produces("text/csv")
    public Response export() {
        ConsoleAccess a = check();
        if (a.denied()) {
            return a.response();
        }
        ConsoleAccess.Granted g = a.granted();
        return download(out -> UserCsvExport.write(g, out), "users.csv");
    }

    /**
     * The check: the upload is kept on disk (streamed), read once; a file without a file error and with at least one
     * valid row may be applied once (its rows with errors are skipped and reported).
     */
    @POST
    @jakarta.ws.rs.Path("check")
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    public Response checkFile() {
        ConsoleAccess a = check();
        if (a.denied()) {
            return a.response();
        }
        ConsoleAccess.Granted g = a.granted();
        String length = session.getContext().getHttpRequest().getHttpHeaders().getHeaderString("Content-Length");
        if (length == null || !length.matches("\\d{1,18}") || Long.parseLong(length) > jobs().maxUploadBytes() + 4096) {
            return render(g, null, null, "omakaseCsvPageTooLarge");
        }
        MultivaluedMap<String, FormPartValue> parts = session.getContext().getHttpRequest().getMultiPartFormParameters();
        FormPartValue token = parts.getFirst(PageRequest.CSRF_FIELD);
        if (!csrf(g, token == null ? null : token.asString())) {
            return ConsoleAccess.error(pages, Response.Status.FORBIDDEN, "omakaseConsoleForbidden");
        }
        FormPartValue file = parts.getFirst(FILE_FIELD);
        if (file == null) {
            return render(g, null, null, "omakaseCsvPageNoFile");
        }
        Path kept = null;
        try (InputStream in = new BoundedInputStream(file.asInputStream(), jobs().maxUploadBytes())) {
            kept = jobs().receive(in);
            UserCsvCheck result;
            try (InputStream again = Files.newInputStream(kept)) {
                result = UserCsvCheck.of(again, CsvLimits.DEFAULT, UserCsvCheck.MAX_ERRORS, new TenantRowCheck(g));
            }
            String job = null;
            if (result.fileError() == null && result.validRows() > 0) {
                // the rows with errors are listed now and skipped by the apply (as エラー in its result)
                job = jobs().keep(session, kept, g.tenant().getId(), g.admin().getId(), result.validRows() + result.invalidRows());
                kept = null;
            }
            return render(g, result, job, null);
        } catch (BoundedInputStream.TooLarge e) {
            return render(g, null, null, "omakaseCsvPageTooLarge");
        } catch (IOException e) {
            return render(g, null, null, "omakaseCsvPageUnreadable");
        } finally {
            deleteQuietly(kept);
        }
    }

    /** Applies a checked file of this tenant (field {@code upload}: its job id), once, in the background. */
    @POST
    @jakarta.ws.rs.Path("apply")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response apply(MultivaluedMap<String, String> form) {
        ConsoleAccess a = check();
        if (a.denied()) {
            return a.response();
        }
        ConsoleAccess.Granted g = a.granted();
        if (!csrf(g, form.getFirst(PageRequest.CSRF_FIELD))) {
            return ConsoleAccess.error(pages, Response.Status.FORBIDDEN, "omakaseConsoleForbidden");
        }
        CsvJob job = jobs().find(session, form.getFirst(UPLOAD_FIELD), g.tenant().getId());
        if (job == null) {
            return ConsoleAccess.error(pages, Response.Status.NOT_FOUND, "omakaseConsoleNotFound");
        }
        String refusal = jobs().refusal(session, job);
        if (refusal != null) {
            return render(g, null, null, refusal);
        }
        if (!jobs().apply(session, job, session.getContext().getConnection(),
                CsvRowApplier.factory(g.realm().getId(), adminRole, services.invitation()))) {
            return render(g, null, null, "omakaseCsvApplyUsedMessage");
        }
        return Response.seeOther(pages.url(g.path("users/csv/jobs/" + job.id()))).build();
    }

    /** A file being applied or applied: the progress, then the counts and the result download. */
    @jakarta.ws.rs.Path("jobs/{job}")
    public CsvJobResource job(@PathParam("job") String job) {
        return new CsvJobResource(session, pages, adminRole, tenantId, services.csvJobs(), job);
    }

    private boolean csrf(ConsoleAccess.Granted g, String token) {
        MultivaluedMap<String, String> form = new MultivaluedHashMap<>();
        form.putSingle(PageRequest.CSRF_FIELD, token);
        return pages.csrfMatches(g.who(), form);
    }

    private Response render(ConsoleAccess.Granted g, UserCsvCheck result, String job, String errorKey) {
        return pages.form().setAttribute("omakaseConsole", ConsoleView.of(g, ConsoleView.Area.USERS, null))
                .setAttribute("omakaseCsv", CsvPageView.of(g, result, job, errorKey, jobs().maxUploadBytes()))
                .createForm("omakase-console-users-csv.ftl");
    }

    static Response download(Body body, String filename) {
        StreamingOutput out = body::write;
        return Response.ok(out, "text/csv; charset=UTF-8").header("Content-Disposition", "attachment; filename=\"" + filename + "\"")
                .header("Cache-Control", "no-store").build();
    }

    private static void deleteQuietly(Path file) {
        if (file != null) {
            try {
                Files.deleteIfExists(file);
            } catch (IOException e) {
                // swept later by CsvJobs
            }
        }
    }

    @FunctionalInterface
    interface Body {
        void write(java.io.OutputStream out) throws IOException;
    }
}
