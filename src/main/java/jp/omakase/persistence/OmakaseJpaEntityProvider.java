package jp.omakase.persistence;

import java.util.List;
import java.util.stream.Stream;

import org.keycloak.connections.jpa.entityprovider.JpaEntityProvider;

import jp.omakase.company.jpa.CompanyEntity;
import jp.omakase.documents.DocumentStore;
import jp.omakase.inquiry.InquiryStore;
import jp.omakase.mail.jpa.MailOutboxEntity;
import jp.omakase.order.OrderStore;
import jp.omakase.support.RateLimiter;
import jp.omakase.tenant.bulk.CsvJobStore;

/** Every JPA entity of the extension and its Liquibase changelog. */
public class OmakaseJpaEntityProvider implements JpaEntityProvider {

    /**
     * The company directory's, the order package's (listed by its store, the only importer of its entities), the
     * outbox's, the documents package's (document versions and consent records, listed by its store likewise), the tenant
     * console's bulk files (likewise), the inquiries (likewise), the cluster-wide rate windows (likewise).
     */
    static final List<Class<?>> ENTITIES = Stream.of(List.<Class<?>>of(CompanyEntity.class), OrderStore.ENTITIES,
            List.<Class<?>>of(MailOutboxEntity.class), DocumentStore.ENTITIES,
            CsvJobStore.ENTITIES, InquiryStore.ENTITIES, RateLimiter.ENTITIES).flatMap(List::stream).toList();

    @Override
    public List<Class<?>> getEntities() {
        return ENTITIES;
    }

    @Override
    public String getChangelogLocation() {
        return "META-INF/jpa-changelog-omakase-master.xml";
    }

    @Override
    public String getFactoryId() {
        return OmakaseJpaEntityProviderFactory.PROVIDER_ID;
    }

    @Override
    public void close() {
    }
}
