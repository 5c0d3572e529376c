package jp.omakase.company;

import java.util.List;
import java.util.Map;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.jboss.logging.Logger;
import org.keycloak.models.KeycloakSession;

import jp.omakase.support.RateLimiter;
import jp.omakase.validation.TextRules;

/**
 * {@code GET /realms/{realm}/omakase/companies?q=…&limit=…&closed=true}: public (the sign-up page calls it before
 * the user exists), rate-limited per client address, errors as a code without details.
 */
public class CompanySearchResource {

    /** Shortest query, in characters of its search key. */
    public static final int MIN_QUERY = 2;
    /** Longest query accepted, in characters as typed. */
    public static final int MAX_QUERY = 100;
    static final int DEFAULT_LIMIT = 10;

    private static final Logger LOG = Logger.getLogger(CompanySearchResource.class);

    private final KeycloakSession session;
    private final RateLimiter limiter;
    private final int maxLimit;

    public CompanySearchResource(KeycloakSession session, RateLimiter limiter, int maxLimit) {
        this.session = session;
        this.limiter = limiter;
        this.maxLimit = maxLimit;
    }

    public record Result(String corporateNumber, String name, String kind, String postalCode, String address,
                         boolean closed, String closeDate) {
        static Result of(Company c) {
            return new Result(c.corporateNumber(), c.name(), c.kind(), c.postalCode(), c.address(), c.closed(),
                    c.closeDate() == null ? null : c.closeDate().toString());
        }
    }

    public record Results(List<Result> companies) {
    }

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    public Response search(@QueryParam("q") String q, @QueryParam("limit") Integer limit, @QueryParam("closed") boolean closed) {
        // the client as Keycloak resolved it (--proxy-headers), per address or IPv6 /64
        String client = session.getContext().getRealm().getId() + "/"
                + RateLimiter.clientKey(session.getContext().getConnection().getRemoteAddr());
        if (!limiter.tryAcquire(session, client)) {
            return error(Response.Status.TOO_MANY_REQUESTS, "too_many_requests")
                    .header("Retry-After", limiter.retryAfterSeconds(session, client)).build();
        }
        if (q != null && !TextRules.isClean(q, false)) {
            return error(Response.Status.BAD_REQUEST, TextRules.INVALID_CHARACTERS).build();
        }
        if (q == null || CompanyNames.key(q).length() < MIN_QUERY) {
            return error(Response.Status.BAD_REQUEST, "query_too_short").build();
        }
        if (q.length() > MAX_QUERY) {
            return error(Response.Status.BAD_REQUEST, "query_too_long").build();
        }
        int n = limit == null ? Math.min(DEFAULT_LIMIT, maxLimit) : Math.max(1, Math.min(limit, maxLimit));
        try {
            List<Company> found = session.getProvider(CompanyDirectoryProvider.class).search(q, n, closed);
            return Response.ok(new Results(found.stream().map(Result::of).toList())).header("Cache-Control", "no-store").build();
        } catch (RuntimeException e) {
            LOG.errorf(e, "Company search failed (query of %d characters)", q.length());
            return error(Response.Status.INTERNAL_SERVER_ERROR, "server_error").build();
        }
    }

    private static Response.ResponseBuilder error(Response.Status status, String code) {
        return Response.status(status).type(MediaType.APPLICATION_JSON).entity(Map.of("error", code));
    }
}
