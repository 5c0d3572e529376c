package jp.omakase.tenant.users;

import java.io.IOException;
import java.io.InputStream;

import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
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
import jp.omakase.tenant.ConsoleView;
import jp.omakase.tenant.csv.CsvLimits;
import jp.omakase.tenant.csv.UserCsvCheck;
import jp.omakase.tenant.csv.UserCsvWriter;

/**
 * 一括登録・一括変更・一括削除 ({@code …/tenant/{tenant}/users/csv}): the template and the export downloads and the check of
 * an uploaded file ({@code csv/check}, multipart, at most {@link #MAX_UPLOAD_BYTES}). The check writes nothing; applying
 * a file is not built yet. Every method starts with {@link ConsoleAccess}.
 */
@Produces(MediaType.TEXT_HTML)
public class UsersCsvResource {

    /** The largest upload taken: 5 MB (10,000 rows of the format fit in about 2 MB). */
    public static final long MAX_UPLOAD_BYTES = 5L * 1024 * 1024;
    static final String FILE_FIELD = "file";

    private final KeycloakSession session;
    private final PageRequest pages;
    private final String adminRole;
    private final String tenantId;

    public UsersCsvResource(KeycloakSession session, PageRequest pages, String adminRole, String tenantId) {
        this.session = session;
        this.pages = pages;
        this.adminRole = adminRole;
        this.tenantId = tenantId;
    }

    private ConsoleAccess check() {
        return ConsoleAccess.check(session, pages, adminRole, tenantId, "users/csv");
    }

    @GET
    public Response page() {
        ConsoleAccess a = check();
        return a.denied() ? a.response() : render(a.granted(), null, null);
    }

    @GET
    @Path("template")
    @Produces("text/csv")
    public Response template() {
        ConsoleAccess a = check();
        if (a.denied()) {
            return a.response();
        }
        return download(UserCsvWriter::template, "users-template.csv");
    }

    @GET
    @Path("export")
    @Produces("text/csv")
    public Response export() {
        ConsoleAccess a = check();
        if (a.denied()) {
            return a.response();
        }
        ConsoleAccess.Granted g = a.granted();
        return download(out -> UserCsvExport.write(g, out), "users.csv");
    }

    @POST
    @Path("check")
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    public Response checkFile() {
        ConsoleAccess a = check();
        if (a.denied()) {
            return a.response();
        }
        ConsoleAccess.Granted g = a.granted();
        String length = session.getContext().getHttpRequest().getHttpHeaders().getHeaderString("Content-Length");
        if (length == null || !length.matches("\\d{1,18}") || Long.parseLong(length) > MAX_UPLOAD_BYTES + 4096) {
            return render(g, null, "omakaseCsvPageTooLarge");
        }
        MultivaluedMap<String, FormPartValue> parts = session.getContext().getHttpRequest().getMultiPartFormParameters();
        FormPartValue token = parts.getFirst(PageRequest.CSRF_FIELD);
        MultivaluedMap<String, String> form = new MultivaluedHashMap<>();
        form.putSingle(PageRequest.CSRF_FIELD, token == null ? null : token.asString());
        if (!pages.csrfMatches(g.who(), form)) {
            return ConsoleAccess.error(pages, Response.Status.FORBIDDEN, "omakaseConsoleForbidden");
        }
        FormPartValue file = parts.getFirst(FILE_FIELD);
        if (file == null) {
            return render(g, null, "omakaseCsvPageNoFile");
        }
        try (InputStream in = new BoundedInputStream(file.asInputStream(), MAX_UPLOAD_BYTES)) {
            UserCsvCheck result = UserCsvCheck.of(in, CsvLimits.DEFAULT, UserCsvCheck.MAX_ERRORS, new TenantRowCheck(g));
            return render(g, result, null);
        } catch (BoundedInputStream.TooLarge e) {
            return render(g, null, "omakaseCsvPageTooLarge");
        } catch (IOException e) {
            return render(g, null, "omakaseCsvPageUnreadable");
        }
    }

    private Response render(ConsoleAccess.Granted g, UserCsvCheck result, String errorKey) {
        return pages.form().setAttribute("omakaseConsole", ConsoleView.of(g, ConsoleView.Area.USERS, null))
                .setAttribute("omakaseCsv", CsvPageView.of(g, result, errorKey)).createForm("omakase-console-users-csv.ftl");
    }

    private static Response download(Body body, String filename) {
        StreamingOutput out = body::write;
        return Response.ok(out, "text/csv; charset=UTF-8").header("Content-Disposition", "attachment; filename=\"" + filename + "\"")
                .header("Cache-Control", "no-store").build();
    }

    @FunctionalInterface
    private interface Body {
        void write(java.io.OutputStream out) throws IOException;
    }
}
