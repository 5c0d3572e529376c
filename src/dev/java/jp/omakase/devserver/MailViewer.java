package jp.omakase.devserver;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.icegreen.greenmail.util.GreenMail;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import jakarta.mail.Address;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;

import jp.omakase.testing.Mails;

/** A small web page over the GreenMail sink of the run command: the list of mails, and each mail's text and HTML. */
final class MailViewer {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss").withZone(ZoneId.systemDefault());
    private static final Pattern URL = Pattern.compile("https?://[^\\s<>\"]+");

    private final HttpServer server;
    private final GreenMail mail;

    private MailViewer(HttpServer server, GreenMail mail) {
        this.server = server;
        this.mail = mail;
    }

    static MailViewer start(GreenMail mail, int port) throws IOException {
        HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", port), 0);
        MailViewer viewer = new MailViewer(server, mail);
        server.createContext("/", viewer::handle);
        server.start();
        return viewer;
    }

    void stop() {
        server.stop(0);
    }

    private void handle(HttpExchange exchange) throws IOException {
        String path = exchange.getRequestURI().getPath();
        MimeMessage[] messages = mail.getReceivedMessages();
        try {
            if (path.equals("/")) {
                send(exchange, 200, list(messages));
            } else if (path.matches("/mail/\\d+")) {
                int index = Integer.parseInt(path.substring("/mail/".length()));
                if (index < 0 || index >= messages.length) {
                    send(exchange, 404, page("Not found", "<p>No such mail. <a href=\"/\">Back</a></p>"));
                } else {
                    send(exchange, 200, show(index, messages[index]));
                }
            } else {
                send(exchange, 404, page("Not found", "<p><a href=\"/\">Back</a></p>"));
            }
        } catch (MessagingException | RuntimeException e) {
            send(exchange, 500, page("Error", "<pre>" + escape(e.toString()) + "</pre>"));
        }
    }

    private String list(MimeMessage[] messages) throws MessagingException {
        StringBuilder rows = new StringBuilder();
        for (int i = messages.length - 1; i >= 0; i--) {
            MimeMessage m = messages[i];
            rows.append("<tr><td>").append(i).append("</td><td>")
                    .append(m.getReceivedDate() == null ? "" : TIME.format(m.getReceivedDate().toInstant()))
                    .append("</td><td>").append(escape(addresses(m))).append("</td><td><a href=\"/mail/").append(i).append("\">")
                    .append(escape(String.valueOf(m.getSubject()))).append("</a></td></tr>");
        }
        String body = messages.length == 0 ? "<p>No mail yet. This page refreshes every 5 seconds.</p>"
                : "<table><tr><th>#</th><th>Received</th><th>To</th><th>Subject</th></tr>" + rows + "</table>";
        return page("Mails (" + messages.length + ")", "<meta http-equiv=\"refresh\" content=\"5\">" + body);
    }

    private String show(int index, MimeMessage m) throws MessagingException {
        String text = safe(() -> Mails.text(m));
        String html = safe(() -> Mails.html(m));
        return page(String.valueOf(m.getSubject()),
                "<p><a href=\"/\">&larr; All mails</a></p>"
                        + "<dl><dt>From</dt><dd>" + escape(unicode(m.getFrom())) + "</dd>"
                        + "<dt>To</dt><dd>" + escape(addresses(m)) + "</dd>"
                        + "<dt>Subject</dt><dd>" + escape(String.valueOf(m.getSubject())) + "</dd></dl>"
                        + "<h2>Text</h2><pre>" + linkify(escape(text)) + "</pre>"
                        + "<h2>HTML</h2><iframe sandbox=\"allow-popups allow-popups-to-escape-sandbox\" srcdoc=\""
                        + escape(html.replace("<a ", "<a target=\"_blank\" ")) + "\"></iframe>"
                        + "<p>Mail #" + index + "</p>");
    }

    private static String addresses(MimeMessage m) throws MessagingException {
        return m.getAllRecipients() == null ? "" : unicode(m.getAllRecipients());
    }

    private static String unicode(Address[] addresses) {
        StringBuilder out = new StringBuilder();
        for (Address a : addresses) {
            out.append(out.isEmpty() ? "" : ", ").append(a instanceof InternetAddress ia ? ia.toUnicodeString() : a.toString());
        }
        return out.toString();
    }

    private static String safe(Supplier<String> part) {
        try {
            return part.get();
        } catch (AssertionError e) {
            return "(" + e.getMessage() + ")";
        }
    }

    private static String linkify(String escapedText) {
        Matcher m = URL.matcher(escapedText);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            String url = m.group().replace("&amp;", "&");
            m.appendReplacement(out, Matcher.quoteReplacement("<a href=\"" + escape(url) + "\">" + m.group() + "</a>"));
        }
        m.appendTail(out);
        return out.toString();
    }

    private static String page(String title, String body) {
        return "<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\"><title>" + escape(title)
                + " - omakase-login mail sink</title>"
                + "<style>body{font-family:sans-serif;margin:2rem;color:#222}table{border-collapse:collapse}"
                + "td,th{border-bottom:1px solid #ddd;padding:.4rem .8rem;text-align:left}"
                + "pre{white-space:pre-wrap;background:#f5f3ee;padding:1rem}"
                + "iframe{width:100%;height:32rem;border:1px solid #ccc}</style></head><body><h1>" + escape(title) + "</h1>"
                + body + "</body></html>";
    }

    private static String escape(String s) {
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }

    private static void send(HttpExchange exchange, int status, String html) throws IOException {
        byte[] bytes = html.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().set("Content-Type", "text/html; charset=utf-8");
        exchange.getResponseHeaders().set("Content-Security-Policy",
                "default-src 'none'; style-src 'unsafe-inline'; frame-src 'self'; img-src * data:");
        exchange.sendResponseHeaders(status, bytes.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(bytes);
        }
    }
}
