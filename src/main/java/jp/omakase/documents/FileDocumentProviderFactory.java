package jp.omakase.documents;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import jakarta.persistence.PersistenceException;
import org.jboss.logging.Logger;
import org.keycloak.Config;
import org.keycloak.models.KeycloakSession;
import org.keycloak.models.KeycloakSessionFactory;
import org.keycloak.models.UserModel;
import org.keycloak.models.utils.KeycloakModelUtils;
import org.keycloak.models.utils.PostMigrationEvent;
import org.keycloak.provider.ProviderConfigProperty;
import org.keycloak.provider.ProviderConfigurationBuilder;

/**
 * Id {@code omakase-files} of the SPI {@code omakase-documents}: the documents as files ({@link DocumentFiles}), from
 * {@code --spi-omakase-documents--omakase-files--directory} where it holds them, else the samples in the jar. Read once
 * at start; once the database is migrated every text is checked against the versions already served
 * ({@link DocumentVersions}): a text changed under a known version stops the start with an ERROR line per text, as a bad
 * option does. {@link #reload()} (admin endpoint) reads the files again on this node, under the same rule.
 */
public class FileDocumentProviderFactory implements DocumentProviderFactory {

    public static final String PROVIDER_ID = "omakase-files";
    public static final String DIRECTORY = "directory";
    private static final Logger LOG = Logger.getLogger(FileDocumentProviderFactory.class);

    private Path directory;
    private volatile DocumentCatalog catalog;
    private KeycloakSessionFactory sessionFactory;

    @Override
    public String getId() {
        return PROVIDER_ID;
    }

    @Override
    public DocumentProvider create(KeycloakSession session) {
        return new DocumentProvider() {
            @Override
            public DocumentCatalog catalog() {
                return catalog;
            }

            @Override
            public DocumentText text(String id, UserModel user) {
                return catalog.text(id, session.getContext().resolveLocale(user));
            }

            @Override
            public List<DocumentText> reload() {
                return FileDocumentProviderFactory.this.reload();
            }
        };
    }

    @Override
    public void init(Config.Scope config) {
        String dir = config.get(DIRECTORY);
        directory = dir == null || dir.isBlank() ? null : Path.of(dir.strip()).toAbsolutePath().normalize();
        try {
            catalog = DocumentFiles.load(directory);
        } catch (RuntimeException e) {
            LOG.errorf("omakase documents: %s", e.getMessage());
            throw new IllegalStateException("omakase documents: " + e.getMessage(), e);
        }
    }

    @Override
    public void postInit(KeycloakSessionFactory factory) {
        sessionFactory = factory;
        factory.register(event -> {
            if (event instanceof PostMigrationEvent) {
                verify(catalog);
                catalog.all().forEach(t -> LOG.infof("omakase documents: %s %s version %s sha256 %s from %s",
                        t.getId(), t.getLanguage(), t.getVersion(), t.getSha256(), t.getSource()));
            }
        });
    }

    synchronized List<DocumentText> reload() {
        DocumentCatalog fresh = DocumentFiles.load(directory);
        verify(fresh);
        catalog = fresh;
        LOG.infof("omakase documents reloaded from %s", directory == null ? "the jar" : directory);
        return fresh.all();
    }

    /** Refuses texts changed under a served version; keeps the (document, version, language) seen for the first time. */
    private void verify(DocumentCatalog candidate) {
        for (int attempt = 1; ; attempt++) {
            try {
                KeycloakModelUtils.runJobInTransaction(sessionFactory, s -> {
                    DocumentStore store = DocumentStore.of(s);
                    Map<String, DocumentVersions.Known> known = store.known();
                    List<String> conflicts = DocumentVersions.conflicts(known, candidate.all());
                    if (!conflicts.isEmpty()) {
                        conflicts.forEach(c -> LOG.errorf("omakase documents: refused: %s", c));
                        throw new DocumentConflictException(conflicts);
                    }
                    long now = System.currentTimeMillis();
                    DocumentVersions.unknown(known, candidate.all()).forEach(t -> store.keep(t, now));
                });
                return;
            } catch (PersistenceException e) {
                // another node kept the same version at the same moment: read again, its hash decides
                if (attempt == 3) {
                    throw e;
                }
            }
        }
    }

    @Override
    public List<ProviderConfigProperty> getConfigMetadata() {
        return ProviderConfigurationBuilder.create()
                .property().name(DIRECTORY).type("string").defaultValue("(none: the samples in the jar)")
                .helpText("Directory of the operator's documents, <id>.<language>.html (docs/documents.md); a document"
                        + " found there replaces the sample with all its languages.").add()
                .build();
    }

    @Override
    public void close() {
    }
}
