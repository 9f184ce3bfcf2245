package fr.gouv.travail.dosiportail.platform.database;

import static org.assertj.core.api.Assertions.assertThat;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * With {@code spring.datasource.url} set, the portal uses that PostgreSQL, migrates it, and starts nothing embedded.
 * The "external" server here is a separate PostgreSQL process started by the test itself.
 */
@SpringBootTest
@ActiveProfiles("test")
@DirtiesContext // closed right after the class, while the external server still runs (zonky stops it at exit)
class ExternalDatabaseTest {

    static EmbeddedPostgres external;

    @DynamicPropertySource
    static void externalDatabase(DynamicPropertyRegistry registry) throws IOException {
        external = EmbeddedPostgres.builder().start();
        registry.add("spring.datasource.url", () -> external.getJdbcUrl("postgres", "postgres"));
        registry.add("spring.datasource.username", () -> "postgres");
        registry.add("spring.datasource.password", () -> "");
    }

    @Autowired
    ApplicationContext context;
    @Autowired
    DataSource dataSource;
    @Autowired
    JdbcClient jdbc;

    @Test
    void usesTheConfiguredServerAndStartsNoEmbeddedOne() throws Exception {
        assertThat(context.getBeansOfType(EmbeddedDatabaseConfiguration.class)).isEmpty();
        assertThat(dataSource).isNotInstanceOf(EmbeddedDatabaseConfiguration.LeasedDataSource.class);
        try (var connection = dataSource.getConnection()) {
            assertThat(connection.getMetaData().getURL()).contains(":" + external.getPort() + "/");
        }
        assertThat(jdbc.sql("select count(*) from flyway_schema_history where success").query(Integer.class).single())
                .isGreaterThan(3);
    }
}
