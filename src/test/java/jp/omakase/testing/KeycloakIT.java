package jp.omakase.testing;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.junit.jupiter.api.extension.ExtendWith;

/** Marks an integration test class that runs against the shared real Keycloak server (and may use a browser). */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@ExtendWith({KeycloakIntegrationExtension.class, BrowserExtension.class})
public @interface KeycloakIT {
}
