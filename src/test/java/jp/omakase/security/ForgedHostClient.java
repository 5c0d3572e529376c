package jp.omakase.security;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.Socket;
import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.StringJoiner;

/**
 * HTTP/1.1 over a plain socket to the test server, every request with a forged {@code Host} and
 * {@code X-Forwarded-Host} (Java's HttpClient refuses to set {@code Host}), its own cookies and a client address of its
 * own ({@code X-Forwarded-For}). Absolute URLs the server answers with are followed on the real server whatever host
 * they name: only their path and query are used.
 */
final class ForgedHostClient {

    static final String EVIL_HOST = "evil.example";

    /** An answer: status, headers (names in lower case, last value wins), body as text. */
    record Answer(int status, Map<String, String> headers, String body) {
        String location() {
            return headers.get("location");
        }
    }

    private final int port;
    private final String clientAddress;
    private final Map<String, String> cookies = new LinkedHashMap<>();

    ForgedHostClient(String baseUrl, String clientAddress) {
        this.port = URI.create(baseUrl).getPort();
        this.clientAddress = clientAddress;
    }

    Answer get(String url) {
        return send("GET", url, Map.of(), null);
    }

    /** GET, then every redirect (GET) until an answer that is not one. */
    Answer getFollowing(String url) {
        Answer a = get(url);
        for (int i = 0; i < 10 && a.status() / 100 == 3 && a.location() != null; i++) {
            a = get(a.location());
        }
        return a;
    }

    /** A form post, its redirects followed with GET. */
    Answer postForm(String url, Map<String, String> form) {
        StringJoiner body = new StringJoiner("&");
        form.forEach((k, v) -> body.add(URLEncoder.encode(k, StandardCharsets.UTF_8) + "=" + URLEncoder.encode(v, StandardCharsets.UTF_8)));
        Answer a = send("POST", url, Map.of("Content-Type", "application/x-www-form-urlencoded"), body.toString());
        for (int i = 0; i < 10 && a.status() / 100 == 3 && a.location() != null; i++) {
            a = get(a.location());
        }
        return a;
    }

    Answer send(String method, String url, Map<String, String> headers, String body) {
        URI uri = URI.create(url);
        String target = (uri.getRawPath() == null || uri.getRawPath().isEmpty() ? "/" : uri.getRawPath())
                + (uri.getRawQuery() == null ? "" : "?" + uri.getRawQuery());
        byte[] payload = body == null ? new byte[0] : body.getBytes(StandardCharsets.UTF_8);
        StringBuilder request = new StringBuilder();
        request.append(method).append(' ').append(target).append(" HTTP/1.1\r\n")
                .append("Host: ").append(EVIL_HOST).append("\r\n")
                .append("X-Forwarded-Host: ").append(EVIL_HOST).append("\r\n")
                .append("X-Forwarded-Proto: https\r\n")
                .append("X-Forwarded-For: ").append(clientAddress).append("\r\n")
                .append("Accept-Language: ja\r\n")
                .append("Connection: close\r\n");
        if (!cookies.isEmpty()) {
            StringJoiner c = new StringJoiner("; ");
            cookies.forEach((k, v) -> c.add(k + "=" + v));
            request.append("Cookie: ").append(c).append("\r\n");
        }
        headers.forEach((k, v) -> request.append(k).append(": ").append(v).append("\r\n"));
        if (body != null) {
            request.append("Content-Length: ").append(payload.length).append("\r\n");
        }
        request.append("\r\n");
        try (Socket socket = new Socket("127.0.0.1", port)) {
            socket.setSoTimeout(60_000);
            OutputStream out = socket.getOutputStream();
            out.write(request.toString().getBytes(StandardCharsets.ISO_8859_1));
            out.write(payload);
            out.flush();
            return parse(socket.getInputStream().readAllBytes());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private Answer parse(byte[] raw) {
        int end = indexOf(raw, "\r\n\r\n".getBytes(StandardCharsets.ISO_8859_1));
        if (end < 0) {
            throw new IllegalStateException("no HTTP answer: " + new String(raw, StandardCharsets.ISO_8859_1));
        }
        String[] lines = new String(raw, 0, end, StandardCharsets.ISO_8859_1).split("\r\n");
        int status = Integer.parseInt(lines[0].split(" ")[1]);
        Map<String, String> headers = new LinkedHashMap<>();
        for (int i = 1; i < lines.length; i++) {
            int colon = lines[i].indexOf(':');
            String name = lines[i].substring(0, colon).strip().toLowerCase(Locale.ROOT);
            String value = lines[i].substring(colon + 1).strip();
            headers.put(name, value);
            if (name.equals("set-cookie")) {
                String pair = value.split(";", 2)[0];
                int eq = pair.indexOf('=');
                String cookieValue = pair.substring(eq + 1);
                if (cookieValue.isEmpty() || value.toLowerCase(Locale.ROOT).contains("max-age=0")) {
                    cookies.remove(pair.substring(0, eq));
                } else {
                    cookies.put(pair.substring(0, eq), cookieValue);
                }
            }
        }
        byte[] body = java.util.Arrays.copyOfRange(raw, end + 4, raw.length);
        if ("chunked".equalsIgnoreCase(headers.get("transfer-encoding"))) {
            body = dechunk(body);
        }
        return new Answer(status, headers, new String(body, StandardCharsets.UTF_8));
    }

    private static byte[] dechunk(byte[] body) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        int pos = 0;
        while (pos < body.length) {
            int lineEnd = indexOf(body, "\r\n".getBytes(StandardCharsets.ISO_8859_1), pos);
            int size = Integer.parseInt(new String(body, pos, lineEnd - pos, StandardCharsets.ISO_8859_1).split(";")[0].strip(), 16);
            if (size == 0) {
                break;
            }
            out.write(body, lineEnd + 2, size);
            pos = lineEnd + 2 + size + 2;
        }
        return out.toByteArray();
    }

    private static int indexOf(byte[] data, byte[] pattern) {
        return indexOf(data, pattern, 0);
    }

    private static int indexOf(byte[] data, byte[] pattern, int from) {
        outer:
        for (int i = from; i <= data.length - pattern.length; i++) {
            for (int j = 0; j < pattern.length; j++) {
                if (data[i + j] != pattern[j]) {
                    continue outer;
                }
            }
            return i;
        }
        return -1;
    }

    /** The {@code <form action>} ({@code attribute} "action") or {@code <a href>} ("href") URLs of a page, entities decoded. */
    static List<String> urls(String page, String attribute) {
        List<String> found = new ArrayList<>();
        java.util.regex.Matcher m = java.util.regex.Pattern.compile(
                ("action".equals(attribute) ? "<form[^>]*\\s" : "<a[^>]*\\s") + attribute + "=\"([^\"]+)\"").matcher(page);
        while (m.find()) {
            found.add(m.group(1).replace("&amp;", "&").replace("&#61;", "=").replace("&#x3D;", "="));
        }
        return found;
    }
}
