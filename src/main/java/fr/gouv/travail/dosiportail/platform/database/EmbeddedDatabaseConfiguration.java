package fr.gouv.travail.dosiportail.platform.database;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Optional;
import java.util.UUID;
import javax.sql.DataSource;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Condition;
import org.springframework.context.annotation.ConditionContext;
import org.springframework.context.annotation.Conditional;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.type.AnnotatedTypeMetadata;
import org.springframework.util.StringUtils;

/**
 * Starts a real PostgreSQL in-process when no external database is configured, so that
 * {@code ./mvnw spring-boot:run} needs nothing installed. Boot's Flyway then migrates this DataSource.
 */
@Configuration(proxyBeanMethods = false)
@Conditional(EmbeddedDatabaseConfiguration.NoExternalDatabase.class)
@EnableConfigurationProperties(EmbeddedDatabaseSettings.class)
class EmbeddedDatabaseConfiguration {

    @Bean
    DataSource dataSource(EmbeddedDatabaseSettings settings) throws SQLException {
        EmbeddedPostgres server = EmbeddedPostgresServer.lease(
                settings.freshDatabasePerContext() ? Optional.empty() : Optional.of(settings.dataDirectory()),
                settings.port());
        String database = "dosiportail";
        if (settings.freshDatabasePerContext()) {
            database = "test_" + UUID.randomUUID().toString().replace("-", "");
        }
        ensureDatabase(server, database);
        HikariConfig config = new HikariConfig();
        config.setConnectionTimeout(10_000);
        config.setJdbcUrl(server.getJdbcUrl("postgres", database));
        config.setUsername("postgres");
        config.setMaximumPoolSize(settings.freshDatabasePerContext() ? 5 : 20);
        config.setPoolName("embedded-" + database);
        return new LeasedDataSource(config);
    }

    private static void ensureDatabase(EmbeddedPostgres server, String database) throws SQLException {
        try (Connection c = server.getPostgresDatabase().getConnection(); Statement s = c.createStatement()) {
            var rs = s.executeQuery("select 1 from pg_database where datname = '" + database + "'");
            if (!rs.next()) {
                s.execute("create database " + database + " encoding 'UTF8' template template0");
            }
        }
    }

    /** Gives the server lease back once the pool is closed, i.e. after every bean that needed the database. */
    static class LeasedDataSource extends HikariDataSource {
        LeasedDataSource(HikariConfig config) {
            super(config);
        }

        @Override
        public void close() {
            boolean wasOpen = !isClosed();
            super.close();
            if (wasOpen) {
                EmbeddedPostgresServer.release();
            }
        }
    }

    static class NoExternalDatabase implements Condition {
        @Override
        public boolean matches(ConditionContext context, AnnotatedTypeMetadata metadata) {
            return !StringUtils.hasText(context.getEnvironment().getProperty("spring.datasource.url"));
        }
    }
}
