package jp.omakase.testing;

import java.io.IOException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Driver;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.Properties;
import java.util.stream.Stream;

/**
 * A JDBC connection to the database a test server uses. Embedded H2 is opened with the distribution's own H2 driver
 * (the file format follows its version) under Keycloak's {@code dev-file} defaults: empty user and password.
 */
final class ServerDatabase implements AutoCloseable {

    private final Connection connection;
    private final URLClassLoader loader;

    private ServerDatabase(Connection connection, URLClassLoader loader) {
        this.connection = connection;
        this.loader = loader;
    }

    static ServerDatabase open(KeycloakServer.Options o) throws SQLException, IOException {
        if (o.database() != KeycloakServer.Database.H2) {
            return new ServerDatabase(DriverManager.getConnection(o.dbUrl(), o.dbUser(), o.dbPassword()), null);
        }
        Path jar;
        try (Stream<Path> jars = Files.list(o.home().resolve("lib/lib/main"))) {
            jar = jars.filter(p -> p.getFileName().toString().startsWith("com.h2database.h2-")).findFirst()
                    .orElseThrow(() -> new IllegalStateException("no H2 driver in " + o.home()));
        }
        URLClassLoader loader = new URLClassLoader(new URL[] {jar.toUri().toURL()}, ClassLoader.getPlatformClassLoader());
        try {
            Driver driver = (Driver) loader.loadClass("org.h2.Driver").getDeclaredConstructor().newInstance();
            Properties credentials = new Properties();
            credentials.setProperty("user", "");
            credentials.setProperty("password", "");
            Connection c = driver.connect("jdbc:h2:file:" + o.home().resolve("data/h2/keycloakdb") + ";NON_KEYWORDS=VALUE", credentials);
            return new ServerDatabase(c, loader);
        } catch (ReflectiveOperationException e) {
            loader.close();
            throw new IllegalStateException("the distribution's H2 driver could not be loaded", e);
        } catch (SQLException | RuntimeException e) {
            loader.close();
            throw e;
        }
    }

    Connection connection() {
        return connection;
    }

    @Override
    public void close() throws SQLException, IOException {
        try {
            connection.close();
        } finally {
            if (loader != null) {
                loader.close();
            }
        }
    }
}
