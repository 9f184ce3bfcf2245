package fr.gouv.travail.dosiportail;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ActiveProfiles;

@SpringBootTest
@ActiveProfiles("test")
class ApplicationStartsTest {

    @Autowired
    JdbcClient jdbc;

    @Test
    void runsOnARealPostgresqlMigratedByFlyway() {
        String version = jdbc.sql("select version()").query(String.class).single();
        assertThat(version).startsWith("PostgreSQL");
        Integer tables = jdbc.sql("select count(*) from information_schema.tables where table_schema = 'registry'")
                .query(Integer.class).single();
        assertThat(tables).isGreaterThan(5);
    }
}
