package jp.omakase.documents;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Reads the document files: {@code <id>.<language>.html}, a small header of {@code key: value} lines ({@code version},
 * {@code title}; {@code #} starts a comment), a line {@code ---}, then the HTML body. A document found in the operator's
 * directory is taken from there with all its languages; otherwise the sample shipped in the jar
 * ({@code omakase-documents/}) is used. Every problem is an {@link IllegalArgumentException} naming the file.
 */
final class DocumentFiles {

    static final String CLASSPATH_FOLDER = "omakase-documents/";
    /** The languages the jar ships (the directory may hold any). */
    static final List<String> SHIPPED_LANGUAGES = List.of("ja", "en");
    private static final Pattern FILE_NAME = Pattern.compile("([a-z0-9-]+)\\.([a-z]{2,3}(?:-[A-Za-z0-9]{2,8})?)\\.html");
    private static final Pattern VERSION = Pattern.compile("[A-Za-z0-9._-]{1,64}");
    private static final int MAX_TITLE = 255;
    private static final int MAX_BYTES = 1024 * 1024;

    private DocumentFiles() {
    }

    /** Parses one file's bytes; {@code source} names it in errors. */
    static DocumentText parse(String id, String language, byte[] bytes, String source) {
        if (bytes.length > MAX_BYTES) {
            throw new IllegalArgumentException(source + ": larger than " + MAX_BYTES + " bytes");
        }
        String text = new String(bytes, StandardCharsets.UTF_8);
        if (text.startsWith("\uFEFF")) {
            text = text.substring(1);
        }
        Map<String, String> header = new LinkedHashMap<>();
        String[] lines = text.split("\r?\n", -1);
        int i = 0;
        for (; i < lines.length && !lines[i].strip().equals("---"); i++) {
            String line = lines[i].strip();
            if (line.isEmpty() || line.startsWith("#")) {
                continue;
            }
            int colon = line.indexOf(':');
            if (colon < 1) {
                throw new IllegalArgumentException(source + " line " + (i + 1) + ": expected 'key: value' or '---'");
            }
            header.put(line.substring(0, colon).strip().toLowerCase(), line.substring(colon + 1).strip());
        }
        if (i == lines.length) {
            throw new IllegalArgumentException(source + ": no '---' line between the header and the text");
        }
        String version = header.getOrDefault("version", "");
        if (!VERSION.matcher(version).matches()) {
            throw new IllegalArgumentException(source + ": 'version:' is missing or not 1-64 of A-Z a-z 0-9 . _ -");
        }
        String title = header.getOrDefault("title", "");
        if (title.isEmpty() || title.length() > MAX_TITLE) {
            throw new IllegalArgumentException(source + ": 'title:' is missing or longer than " + MAX_TITLE + " characters");
        }
        String body = String.join("\n", List.of(lines).subList(i + 1, lines.length)).strip();
        if (body.isEmpty()) {
            throw new IllegalArgumentException(source + ": the text after '---' is empty");
        }
        return new DocumentText(id, language, version, title, body, DocumentText.sha256(bytes), source);
    }

    /** Every document of {@link DocumentIds#ALL}: from {@code directory} (may be null) where it holds one, else shipped. */
    static DocumentCatalog load(Path directory) {
        Map<String, Map<String, DocumentText>> documents = new LinkedHashMap<>();
        Map<String, List<Path>> files = directory == null ? Map.of() : scan(directory);
        for (String id : DocumentIds.ALL) {
            Map<String, DocumentText> languages = new LinkedHashMap<>();
            if (files.containsKey(id)) {
                for (Path f : files.get(id)) {
                    Matcher m = FILE_NAME.matcher(f.getFileName().toString());
                    m.matches();
                    languages.put(m.group(2), parse(id, m.group(2), read(f), f.toString()));
                }
            } else {
                for (String language : SHIPPED_LANGUAGES) {
                    byte[] bytes = shipped(id, language);
                    if (bytes != null) {
                        String source = "classpath:" + CLASSPATH_FOLDER + id + "." + language + ".html";
                        languages.put(language, parse(id, language, bytes, source));
                    }
                }
            }
            check(id, languages, files.containsKey(id) ? directory.toString() : "the jar");
            documents.put(id, languages);
        }
        return new DocumentCatalog(documents);
    }

    /** The default language is there, and every language carries the same version. */
    private static void check(String id, Map<String, DocumentText> languages, String where) {
        DocumentText main = languages.get(DocumentIds.DEFAULT_LANGUAGE);
        if (main == null) {
            throw new IllegalArgumentException("document " + id + " has no " + DocumentIds.DEFAULT_LANGUAGE + " file ("
                    + id + "." + DocumentIds.DEFAULT_LANGUAGE + ".html) in " + where);
        }
        for (DocumentText t : languages.values()) {
            if (!t.getVersion().equals(main.getVersion())) {
                throw new IllegalArgumentException(t.getSource() + ": version " + t.getVersion() + " differs from the "
                        + DocumentIds.DEFAULT_LANGUAGE + " file's " + main.getVersion()
                        + " (every language of a document has one version)");
            }
        }
    }

    /** The directory's document files by id; a file that names no known document is refused (a typo would go unseen). */
    private static Map<String, List<Path>> scan(Path directory) {
        if (!Files.isDirectory(directory)) {
            throw new IllegalArgumentException("the documents directory " + directory + " does not exist");
        }
        Map<String, List<Path>> byId = new LinkedHashMap<>();
        try (Stream<Path> list = Files.list(directory)) {
            for (Path f : list.filter(Files::isRegularFile).sorted().toList()) {
                String name = f.getFileName().toString();
                if (!name.endsWith(".html")) {
                    continue;
                }
                Matcher m = FILE_NAME.matcher(name);
                if (!m.matches() || !DocumentIds.ALL.contains(m.group(1))) {
                    throw new IllegalArgumentException(f + ": not <id>.<language>.html with an id of " + DocumentIds.ALL);
                }
                byId.computeIfAbsent(m.group(1), k -> new ArrayList<>()).add(f);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return byId;
    }

    private static byte[] read(Path f) {
        try {
            return Files.readAllBytes(f);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static byte[] shipped(String id, String language) {
        String name = CLASSPATH_FOLDER + id + "." + language + ".html";
        try (InputStream in = DocumentFiles.class.getClassLoader().getResourceAsStream(name)) {
            return in == null ? null : in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
