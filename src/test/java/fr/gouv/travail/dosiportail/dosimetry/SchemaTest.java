package fr.gouv.travail.dosiportail.dosimetry;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ActiveProfiles;

/** The dose record table is partitioned by year of the wearing period's start, 1970 to 2040, plus a default. */
@SpringBootTest
@ActiveProfiles("test")
class SchemaTest {

    @Autowired
    JdbcClient jdbc;

    @Test
    void doseRecordsArePartitionedByYearFrom1970To2040WithADefaultPartition() {
        List<String> partitions = jdbc.sql("""
                        select c.relname from pg_inherits i join pg_class c on c.oid = i.inhrelid
                        where i.inhparent = 'dosimetry.dose_record'::regclass order by c.relname""")
                .query(String.class).list();
        assertThat(partitions).hasSize(72).contains("dose_record_1970", "dose_record_2025", "dose_record_2040",
                "dose_record_default");
        String bounds = jdbc.sql("""
                        select pg_get_expr(c.relpartbound, c.oid) from pg_class c
                        where c.oid = 'dosimetry.dose_record_2025'::regclass""").query(String.class).single();
        assertThat(bounds).isEqualTo("FOR VALUES FROM ('2025-01-01') TO ('2026-01-01')");
    }

    @Test
    void aWorkersRecordsAreIndexedByWorkerAndPeriodStart() {
        String index = jdbc.sql("select indexdef from pg_indexes where schemaname = 'dosimetry' "
                + "and indexname = 'dose_record_worker_period'").query(String.class).single();
        assertThat(index).contains("(worker_id, period_start)");
    }
}
