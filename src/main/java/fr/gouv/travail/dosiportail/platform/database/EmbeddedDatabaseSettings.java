package fr.gouv.travail.dosiportail.platform.database;

import java.nio.file.Path;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The embedded PostgreSQL of the default run, used only when {@code spring.datasource.url} is blank.
 *
 * @param dataDirectory where the cluster lives; kept across restarts
 * @param port fixed port, or 0 for any free port
 * @param freshDatabasePerContext tests: each Spring context gets its own empty database on one shared server
 */
@ConfigurationProperties("dosiportail.embedded-database")
public record EmbeddedDatabaseSettings(
        @DefaultValue("data/pg") Path dataDirectory,
        @DefaultValue("0") int port,
        @DefaultValue("false") boolean freshDatabasePerContext) {

    public EmbeddedDatabaseSettings {
        if (port < 0 || port > 65535) {
            throw new IllegalArgumentException("dosiportail.embedded-database.port must be between 0 and 65535, got " + port);
        }
    }
}
