package jp.omakase.bench;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Collections;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.Deflater;

/**
 * The two logins of the gate benchmark, done by HTTP as a browser with an SSO session would, without following the
 * last redirect: an OIDC login (authorization request with the session's cookies → 302 with a code, then the code
 * exchange with the client secret → tokens), and a SAML SP-initiated login (an AuthnRequest by the redirect binding with
 * the cookies → the auto-posting page holding the SAMLResponse). Also the load: threads doing one kind of login for a
 * while, each login timed, the server's CPU time read before and after from {@code /proc/<pid>/stat}.
 */
final class GateLogins {

    private static final HttpClient HTTP = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER)
            .connectTimeout(Duration.ofSeconds(10)).build();
    private static final Pattern CODE = Pattern.compile("[?&]code=([^&]+)");
    private static final long TICKS_PER_SECOND = 100; // Linux USER_HZ

    /** A login target: OIDC (client id, secret, redirect URI) or SAML (entity ID, ACS URL). */
    record Target(String name, boolean saml, String clientId, String secret, String redirect) {
    }

    /** A user's SSO session: the two cookies Keycloak reads for it. */
    record Sso(String identity, String session) {

        String header() {
            return "KEYCLOAK_IDENTITY=" + identity + "; KEYCLOAK_SESSION=" + session;
        }
    }

    /** One user, the gated apps of their tenant, and the Organization group (admin REST path) that gives them access. */
    record Member(Sso sso, Target oidc, Target saml, String group) {
    }

    /** A measured stretch: logins done, their latencies (ns), the server's CPU seconds. */
    record Stretch(long logins, long failures, List<Long> nanos, double cpuSeconds, double seconds, String lastFailure) {
    }

    private final String realmUrl;
    private final long serverPid;

    GateLogins(String baseUrl, long serverPid) {
        this.realmUrl = baseUrl + BenchTenants.REALM;
        this.serverPid = serverPid;
    }

    /** One login of {@code user} to {@code target}; throws when the server did not log them in. */
    void logIn(Sso user, Target target) throws IOException, InterruptedException {
        if (target.saml()) {
            HttpResponse<String> r = send(HttpRequest.newBuilder(URI.create(realmUrl + "/protocol/saml?SAMLRequest="
                    + URLEncoder.encode(authnRequest(target), StandardCharsets.UTF_8))).header("Cookie", user.header()).GET());
            if (r.statusCode() != 200 || !r.body().contains("SAMLResponse")) {
                throw new IOException("SAML " + target.name() + " answered " + r.statusCode() + ": " + cut(r.body()));
            }
            return;
        }
        String auth = realmUrl + "/protocol/openid-connect/auth?response_type=code&scope=openid&client_id="
                + URLEncoder.encode(target.clientId(), StandardCharsets.UTF_8) + "&redirect_uri="
                + URLEncoder.encode(target.redirect(), StandardCharsets.UTF_8) + "&state=" + UUID.randomUUID() + "&nonce=" + UUID.randomUUID();
        HttpResponse<String> r = send(HttpRequest.newBuilder(URI.create(auth)).header("Cookie", user.header()).GET());
        String location = r.headers().firstValue("Location").orElse("");
        Matcher code = CODE.matcher(location);
        if (r.statusCode() != 302 || !location.startsWith(target.redirect()) || !code.find()) {
            throw new IOException("OIDC " + target.name() + " answered " + r.statusCode() + " " + location + ": " + cut(r.body()));
        }
        String form = "grant_type=authorization_code&code=" + code.group(1) + "&client_id="
                + URLEncoder.encode(target.clientId(), StandardCharsets.UTF_8) + "&client_secret=" + target.secret()
                + "&redirect_uri=" + URLEncoder.encode(target.redirect(), StandardCharsets.UTF_8);
        HttpResponse<String> tokens = send(HttpRequest.newBuilder(URI.create(realmUrl + "/protocol/openid-connect/token"))
                .header("Content-Type", "application/x-www-form-urlencoded").POST(HttpRequest.BodyPublishers.ofString(form)));
        if (tokens.statusCode() != 200 || !tokens.body().contains("\"id_token\"")) {
            throw new IOException("code exchange of " + target.name() + " answered " + tokens.statusCode() + ": " + cut(tokens.body()));
        }
    }

    /**
     * {@code threads} threads log in for {@code seconds}: thread t goes round the members t, t+threads, …, each login to
     * the target {@code pick} gives for the member.
     */
    Stretch run(List<Member> members, java.util.function.Function<Member, Target> pick, int threads, int seconds)
            throws IOException, InterruptedException {
        AtomicLong ok = new AtomicLong();
        AtomicLong failed = new AtomicLong();
        List<Long> nanos = Collections.synchronizedList(new ArrayList<>());
        String[] lastFailure = new String[1];
        long end = System.nanoTime() + seconds * 1_000_000_000L;
        List<Thread> running = new ArrayList<>();
        long cpu0 = cpuTicks();
        long t0 = System.nanoTime();
        for (int t = 0; t < threads; t++) {
            int first = t;
            Thread thread = new Thread(() -> {
                for (int i = first; System.nanoTime() < end; i += threads) {
                    Member m = members.get(i % members.size());
                    long s = System.nanoTime();
                    try {
                        logIn(m.sso(), pick.apply(m));
                        nanos.add(System.nanoTime() - s);
                        ok.incrementAndGet();
                    } catch (IOException e) {
                        failed.incrementAndGet();
                        lastFailure[0] = e.getMessage();
                    } catch (InterruptedException e) {
                        return;
                    }
                }
            }, "bench-gate-" + t);
            running.add(thread);
            thread.start();
        }
        for (Thread thread : running) {
            thread.join();
        }
        double elapsed = (System.nanoTime() - t0) / 1e9;
        double cpu = (cpuTicks() - cpu0) / (double) TICKS_PER_SECOND;
        return new Stretch(ok.get(), failed.get(), List.copyOf(nanos), cpu, elapsed, lastFailure[0]);
    }

    /** The server process's user + system CPU time so far, in clock ticks (all its threads). */
    long cpuTicks() throws IOException {
        String stat = Files.readString(Path.of("/proc", String.valueOf(serverPid), "stat"));
        String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
        return Long.parseLong(fields[11]) + Long.parseLong(fields[12]); // utime, stime (fields 14 and 15 of stat)
    }

    /** The Keycloak JVM among this process's descendants (kc.sh runs java as its child). */
    static long serverPid() {
        return ProcessHandle.current().descendants()
                .filter(p -> p.info().commandLine().orElse("").contains("io.quarkus.bootstrap.runner.QuarkusEntryPoint"))
                .mapToLong(ProcessHandle::pid).findFirst()
                .orElseThrow(() -> new IllegalStateException("no Keycloak JVM among this process's children"));
    }

    private String authnRequest(Target sp) {
        String xml = "<samlp:AuthnRequest xmlns:samlp=\"urn:oasis:names:tc:SAML:2.0:protocol\" "
                + "xmlns:saml=\"urn:oasis:names:tc:SAML:2.0:assertion\" ID=\"_" + UUID.randomUUID() + "\" Version=\"2.0\" "
                + "IssueInstant=\"" + Instant.now() + "\" Destination=\"" + realmUrl + "/protocol/saml\" "
                + "AssertionConsumerServiceURL=\"" + sp.redirect() + "\" "
                + "ProtocolBinding=\"urn:oasis:names:tc:SAML:2.0:bindings:HTTP-POST\">"
                + "<saml:Issuer>" + sp.clientId() + "</saml:Issuer>"
                + "<samlp:NameIDPolicy Format=\"urn:oasis:names:tc:SAML:1.1:nameid-format:emailAddress\" AllowCreate=\"true\"/>"
                + "</samlp:AuthnRequest>";
        Deflater deflater = new Deflater(Deflater.DEFAULT_COMPRESSION, true);
        deflater.setInput(xml.getBytes(StandardCharsets.UTF_8));
        deflater.finish();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        byte[] buffer = new byte[4096];
        while (!deflater.finished()) {
            out.write(buffer, 0, deflater.deflate(buffer));
        }
        deflater.end();
        return Base64.getEncoder().encodeToString(out.toByteArray());
    }

    private static HttpResponse<String> send(HttpRequest.Builder request) throws IOException, InterruptedException {
        return HTTP.send(request.header("Accept-Language", "ja").timeout(Duration.ofSeconds(60)).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private static String cut(String body) {
        return body.length() > 300 ? body.substring(0, 300) + "…" : body;
    }
}
