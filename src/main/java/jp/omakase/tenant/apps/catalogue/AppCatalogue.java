package jp.omakase.tenant.apps.catalogue;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * The catalogue of SaaS設定: the templates shipped in the jar ({@code omakase-apps/}, listed in
 * {@code omakase-apps/index.txt}) and the operator's directory ({@code …--omakase--apps-directory}): every {@code *.json}
 * file there adds a template, or replaces the shipped one with the same id. Read once at start; immutable.
 */
public final class AppCatalogue {

    static final String CLASSPATH_FOLDER = "omakase-apps/";
    private static final int MAX_BYTES = 256 * 1024;

    private final Map<String, AppTemplate> byId;

    private AppCatalogue(Map<String, AppTemplate> byId) {
        this.byId = byId;
    }

    /** The shipped templates, then those of {@code directory} (may be null). */
    public static AppCatalogue load(Path directory) {
        Map<String, AppTemplate> templates = new LinkedHashMap<>();
        for (String file : shippedFiles()) {
            AppTemplate t = TemplateFiles.parse(resource(file), "classpath:" + CLASSPATH_FOLDER + file);
            if (templates.put(t.id(), t) != null) {
                throw new IllegalArgumentException("classpath:" + CLASSPATH_FOLDER + file + ": id " + t.id() + " twice");
            }
        }
        if (directory != null) {
            Map<String, String> seen = new LinkedHashMap<>();
            for (Path f : jsonFiles(directory)) {
                AppTemplate t = TemplateFiles.parse(read(f), f.toString());
                String before = seen.put(t.id(), f.toString());
                if (before != null) {
                    throw new IllegalArgumentException(f + ": id " + t.id() + " is also the id of " + before);
                }
                templates.put(t.id(), t);
            }
        }
        Map<String, AppTemplate> sorted = new LinkedHashMap<>();
        templates.values().stream().sorted(Comparator.comparingInt(AppTemplate::order).thenComparing(AppTemplate::id))
                .forEach(t -> sorted.put(t.id(), t));
        return new AppCatalogue(sorted);
    }

    /** Every template in catalogue order. */
    public List<AppTemplate> all() {
        return List.copyOf(byId.values());
    }

    /** The template {@code id}, or null. */
    public AppTemplate find(String id) {
        return id == null ? null : byId.get(id);
    }

    private static List<String> shippedFiles() {
        String index = new String(resource("index.txt"), StandardCharsets.UTF_8);
        return index.lines().map(String::strip).filter(l -> !l.isEmpty() && !l.startsWith("#")).toList();
    }

    private static byte[] resource(String file) {
        try (InputStream in = AppCatalogue.class.getClassLoader().getResourceAsStream(CLASSPATH_FOLDER + file)) {
            if (in == null) {
                throw new IllegalStateException("classpath:" + CLASSPATH_FOLDER + file + " is missing from the jar");
            }
            return in.readNBytes(MAX_BYTES + 1);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static List<Path> jsonFiles(Path directory) {
        if (!Files.isDirectory(directory)) {
            throw new IllegalArgumentException("the apps directory " + directory + " does not exist");
        }
        try (Stream<Path> list = Files.list(directory)) {
            return list.filter(Files::isRegularFile).filter(f -> f.getFileName().toString().endsWith(".json")).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static byte[] read(Path f) {
        try {
            if (Files.size(f) > MAX_BYTES) {
                throw new IllegalArgumentException(f + ": larger than " + MAX_BYTES + " bytes");
            }
            return Files.readAllBytes(f);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
