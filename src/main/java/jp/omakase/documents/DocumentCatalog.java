package jp.omakase.documents;

import java.util.List;
import java.util.Locale;
import java.util.Map;

/** The documents in force: every language of every document, as loaded at start (or by the admin reload). */
public final class DocumentCatalog {

    private final Map<String, Map<String, DocumentText>> documents;

    DocumentCatalog(Map<String, Map<String, DocumentText>> documents) {
        this.documents = Map.copyOf(documents);
    }

    /** The text of {@code id} in {@code locale}'s language, else in the default language (ja). */
    public DocumentText text(String id, Locale locale) {
        Map<String, DocumentText> languages = documents.get(id);
        if (languages == null) {
            throw new IllegalArgumentException("unknown document " + id);
        }
        if (locale != null) {
            DocumentText exact = languages.get(locale.toLanguageTag());
            DocumentText language = exact != null ? exact : languages.get(locale.getLanguage());
            if (language != null) {
                return language;
            }
        }
        return languages.get(DocumentIds.DEFAULT_LANGUAGE);
    }

    /** The current version of {@code id} (the same in every language). */
    public String version(String id) {
        return text(id, null).getVersion();
    }

    /** Every text, documents in {@link DocumentIds#ALL} order. */
    public List<DocumentText> all() {
        return DocumentIds.ALL.stream().flatMap(id -> documents.get(id).values().stream()).toList();
    }
}
