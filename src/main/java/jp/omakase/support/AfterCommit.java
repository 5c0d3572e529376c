package jp.omakase.support;

import org.keycloak.models.AbstractKeycloakTransaction;
import org.keycloak.models.KeycloakSession;

/** Work that must follow the commit of the session's transaction, and must not happen when it rolls back. */
public final class AfterCommit {

    private AfterCommit() {
    }

    public static void run(KeycloakSession session, Runnable task) {
        session.getTransactionManager().enlistAfterCompletion(new AbstractKeycloakTransaction() {
            @Override
            protected void commitImpl() {
                task.run();
            }

            @Override
            protected void rollbackImpl() {
            }
        });
    }
}
