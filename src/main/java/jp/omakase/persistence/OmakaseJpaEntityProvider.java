package jp.omakase.persistence;

import java.util.List;

import org.keycloak.connections.jpa.entityprovider.JpaEntityProvider;

import jp.omakase.company.jpa.CompanyEntity;

/** Every JPA entity of the extension and its Liquibase changelog. */
public class OmakaseJpaEntityProvider implements JpaEntityProvider {

    static final List<Class<?>> ENTITIES = List.of(CompanyEntity.class, jp.omakase.order.jpa.OrderEntity.class,
            jp.omakase.order.jpa.ContractEntity.class, jp.omakase.mail.jpa.MailOutboxEntity.class);

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
