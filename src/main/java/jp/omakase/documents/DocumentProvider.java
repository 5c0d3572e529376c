package jp.omakase.documents;

import java.util.List;
import java.util.Locale;

import org.keycloak.models.KeycloakSession;
import org.keycloak.models.UserModel;
import org.keycloak.provider.Provider;

/** The documents in force ({@link DocumentIds}) and their reload. */
public interface DocumentProvider extends Provider {

    /** The provider of {@code session} (the SPI's default). */
    static DocumentProvider of(KeycloakSession session) {
        return session.getProvider(DocumentProvider.class);
    }

    /** The documents in force. */
    DocumentCatalog catalog();

    /** Text of {@code id} in {@code locale}'s language, else Japanese. */
    default DocumentText text(String id, Locale locale) {
        return catalog().text(id, locale);
    }

    /** Text of {@code id} in the language this request's pages render in for {@code user} (null before login). */
    DocumentText text(String id, UserModel user);

    /** Text of {@code id} in the language this request's pages render in, before login (sign-up). */
    default DocumentText text(String id) {
        return text(id, (UserModel) null);
    }

    /**
     * Reads the documents again (the directory may have changed) and puts them in force, unless one of them changed its
     * text under a version already served: then nothing changes and {@link DocumentConflictException} says which.
     */
    List<DocumentText> reload();

    @Override
    default void close() {
    }
}
