package jp.omakase.testing;

import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;

/**
 * Starts the shared {@link TestEnvironment} (GreenMail + one Keycloak server) once per test JVM, stops it when the
 * JVM's tests are done, empties the mailboxes before each test, and injects the environment into test methods and
 * constructors.
 */
public final class KeycloakIntegrationExtension implements BeforeAllCallback, BeforeEachCallback, ParameterResolver {

    private static final ExtensionContext.Namespace NAMESPACE = ExtensionContext.Namespace.create(KeycloakIntegrationExtension.class);

    @Override
    public void beforeAll(ExtensionContext context) {
        environment(context);
    }

    @Override
    public void beforeEach(ExtensionContext context) throws Exception {
        environment(context).mail().purgeEmailFromAllMailboxes();
    }

    @Override
    public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
        return parameter.getParameter().getType() == TestEnvironment.class;
    }

    @Override
    public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
        return environment(context);
    }

    private static TestEnvironment environment(ExtensionContext context) {
        return context.getRoot().getStore(NAMESPACE)
                .getOrComputeIfAbsent(Holder.class, k -> new Holder(TestEnvironment.start()), Holder.class)
                .environment;
    }

    /** Closed by JUnit when the root context ends, i.e. after the last test of the JVM. */
    private record Holder(TestEnvironment environment) implements ExtensionContext.Store.CloseableResource, AutoCloseable {
        @Override
        public void close() {
            environment.close();
        }
    }
}
