package jp.omakase.company;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Consumer;

import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.jboss.logging.Logger;
import org.keycloak.common.ClientConnection;
import org.keycloak.events.admin.OperationType;
import org.keycloak.models.KeycloakSession;
import org.keycloak.models.KeycloakSessionFactory;
import org.keycloak.models.utils.KeycloakModelUtils;
import org.keycloak.services.resources.admin.AdminAuth;
import org.keycloak.services.resources.admin.AdminEventBuilder;
import org.keycloak.services.resources.admin.fgap.AdminPermissionEvaluator;

/**
 * {@code /admin/realms/{realm}/omakase/companies}: company imports. Needs the realm's manage-realm role (part of
 * realm-admin). An import reads NTA download data (CSV, or the published zip) from the request body or from a file
 * of the server's import directory ({@code ?file=}), runs on a background thread, and is answered when it ends
 * within {@code ?wait=} seconds (200 with the report), else 202 with its status URL. Admin events
 * {@code OMAKASE_COMPANY_DIRECTORY / ACTION} mark its start and its end. Served only in the realm that owns the
 * directory (404 elsewhere, see {@code rest.OmakaseRealms}); an upload larger than the configured limit gets 413
 * ({@code upload_too_large}), on its Content-Length when it announces one, else when the limit is passed.
 */
public class CompanyAdminResource {

    public static final String EVENT_RESOURCE = "OMAKASE_COMPANY_DIRECTORY";
    private static final Logger LOG = Logger.getLogger(CompanyAdminResource.class);
    private static final int MAX_WAIT_SECONDS = 120;

    private final KeycloakSession session;
    private final AdminPermissionEvaluator auth;
    private final AdminEventBuilder adminEvent;
    private final java.nio.file.Path importDirectory;
    private final CompanyImportJobs jobs;
    private final long maxUploadBytes;

    public CompanyAdminResource(KeycloakSession session, AdminPermissionEvaluator auth, AdminEventBuilder adminEvent,
                                java.nio.file.Path importDirectory, CompanyImportJobs jobs, long maxUploadBytes) {
        this.session = session;
        this.auth = auth;
        this.adminEvent = adminEvent;
        this.importDirectory = importDirectory;
        this.jobs = jobs;
        this.maxUploadBytes = maxUploadBytes;
    }

    @POST
    @Path("import")
    @Consumes(MediaType.WILDCARD)
    @Produces(MediaType.APPLICATION_JSON)
    public Response importData(InputStream body, @QueryParam("file") String file, @QueryParam("fromLine") @DefaultValue("1") long fromLine,
                               @QueryParam("wait") @DefaultValue("30") int waitSeconds) {
        auth.realm().requireManageRealm();
        java.nio.file.Path path;
        boolean spooled = file == null;
        if (file != null) {
            // a bare file name inside the configured directory: no paths, no traversal
            if (!file.matches("[A-Za-z0-9][A-Za-z0-9._-]{0,200}")) {
                return error(Response.Status.BAD_REQUEST, "invalid_file_name");
            }
            path = importDirectory.resolve(file);
            if (!Files.isRegularFile(path)) {
                return error(Response.Status.NOT_FOUND, "file_not_found");
            }
        } else {
            if (declaredLength() > maxUploadBytes) {
                // refused on the announced size, before a byte of the body is read
                return error(Response.Status.REQUEST_ENTITY_TOO_LARGE, "upload_too_large");
            }
            try {
                path = importDirectory.resolve(".upload-" + UUID.randomUUID() + ".data");
                Files.createDirectories(importDirectory);
                if (!spool(body, path, maxUploadBytes)) {
                    deleteQuietly(path);
                    return error(Response.Status.REQUEST_ENTITY_TOO_LARGE, "upload_too_large");
                }
            } catch (IOException e) {
                LOG.errorf(e, "Company import: cannot spool the upload into %s", importDirectory);
                return error(Response.Status.INTERNAL_SERVER_ERROR, "upload_failed");
            }
        }
        String source = file == null ? "upload" : file;
        CompanyImportJobs.Submitted submitted;
        try {
            submitted = jobs.submit(session.getKeycloakSessionFactory(), path, spooled, source, Math.max(1, fromLine), endEvent());
        } catch (CompanyImportJobs.Busy busy) {
            deleteQuietly(spooled ? path : null);
            return Response.status(Response.Status.CONFLICT).type(MediaType.APPLICATION_JSON)
                    .entity(Map.of("error", "import_running", "id", busy.getMessage())).build();
        }
        String id = submitted.id();
        adminEvent.operation(OperationType.ACTION).resource(EVENT_RESOURCE).resourcePath(session.getContext().getUri())
                .representation(Map.of("id", id, "source", source, "state", CompanyImportJobs.State.RUNNING)).success();
        if (waitSeconds <= 0) {
            return accepted(id);
        }
        try {
            return ended(submitted.ended().get(Math.min(waitSeconds, MAX_WAIT_SECONDS), TimeUnit.SECONDS));
        } catch (TimeoutException e) {
            return accepted(id);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return error(Response.Status.INTERNAL_SERVER_ERROR, "interrupted");
        } catch (ExecutionException e) {
            LOG.errorf(e, "Company import %s failed", id);
            return error(Response.Status.INTERNAL_SERVER_ERROR, "import_failed");
        }
    }

    @GET
    @Path("imports/{id}")
    @Produces(MediaType.APPLICATION_JSON)
    public Response status(@PathParam("id") String id) {
        auth.realm().requireManageRealm();
        return jobs.find(id).map(job -> Response.ok(job).type(MediaType.APPLICATION_JSON).build())
                .orElseGet(() -> error(Response.Status.NOT_FOUND, "import_not_found"));
    }

    /** 202 with the job's status URL: the import runs on ({@code ?wait=0} answers so at once, whatever the size). */
    private Response accepted(String id) {
        String status = session.getContext().getUri().getBaseUri() + "admin/realms/" + session.getContext().getRealm().getName()
                + "/omakase/companies/imports/" + id;
        return Response.accepted(Map.of("id", id, "state", CompanyImportJobs.State.RUNNING, "status", status))
                .type(MediaType.APPLICATION_JSON).header("Location", status).build();
    }

    private static Response ended(CompanyImportJobs.Job job) {
        return switch (job.state()) {
            case COMPLETED -> Response.ok(job.report()).type(MediaType.APPLICATION_JSON).build();
            case STOPPED -> Response.serverError().type(MediaType.APPLICATION_JSON).entity(job.report()).build();
            case REJECTED -> Response.status(Response.Status.BAD_REQUEST).type(MediaType.APPLICATION_JSON)
                    .entity(Map.of("error", "unreadable_input", "error_description", job.error())).build();
            default -> error(Response.Status.INTERNAL_SERVER_ERROR, "import_failed");
        };
    }

    /** The admin event of the job's end, written in a transaction of its own (the request may be long gone). */
    private Consumer<CompanyImportJobs.Job> endEvent() {
        KeycloakSessionFactory factory = session.getKeycloakSessionFactory();
        String realmId = session.getContext().getRealm().getId();
        AdminAuth admin = auth.adminAuth();
        String remoteAddr = session.getContext().getConnection().getRemoteAddr();
        ClientConnection connection = new ClientConnection() {
            @Override
            public String getRemoteAddr() {
                return remoteAddr;
            }

            @Override
            public String getRemoteHost() {
                return remoteAddr;
            }
        };
        return job -> KeycloakModelUtils.runJobInTransaction(factory, s -> {
            Map<String, Object> summary = new LinkedHashMap<>();
            summary.put("id", job.id());
            summary.put("source", job.source());
            summary.put("state", job.state());
            if (job.report() != null) {
                summary.put("lines", job.report().lines());
                summary.put("inserted", job.report().inserted());
                summary.put("updated", job.report().updated());
                summary.put("deleted", job.report().deleted());
                summary.put("rejected", job.report().rejected());
                summary.put("resumeFromLine", job.report().resumeFromLine());
            }
            new AdminEventBuilder(s.realms().getRealm(realmId), admin, s, connection)
                    .operation(OperationType.ACTION).resource(EVENT_RESOURCE)
                    .resourcePath("omakase", "companies", "imports", job.id()).representation(summary).success();
        });
    }

    /** The request's Content-Length, or -1 (chunked, absent, unreadable). */
    private long declaredLength() {
        String value = session.getContext().getRequestHeaders().getHeaderString("Content-Length");
        try {
            return value == null ? -1 : Long.parseLong(value.strip());
        } catch (NumberFormatException e) {
            return -1;
        }
    }

    /** Copies at most {@code max} bytes of {@code in} to {@code target}; false (stopped early) when there were more. */
    static boolean spool(InputStream in, java.nio.file.Path target, long max) throws IOException {
        byte[] buffer = new byte[64 * 1024];
        long total = 0;
        try (OutputStream out = Files.newOutputStream(target)) {
            int n;
            while ((n = in.read(buffer)) >= 0) {
                total += n;
                if (total > max) {
                    return false;
                }
                out.write(buffer, 0, n);
            }
        }
        return true;
    }

    private static void deleteQuietly(java.nio.file.Path path) {
        if (path != null) {
            try {
                Files.deleteIfExists(path);
            } catch (IOException e) {
                LOG.warnf("Could not delete %s", path);
            }
        }
    }

    private static Response error(Response.Status status, String code) {
        return Response.status(status).type(MediaType.APPLICATION_JSON).entity(Map.of("error", code)).build();
    }
}
