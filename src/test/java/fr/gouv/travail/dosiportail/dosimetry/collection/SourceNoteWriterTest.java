package fr.gouv.travail.dosiportail.dosimetry.collection;

import static org.assertj.core.api.Assertions.assertThat;

import fr.gouv.travail.dosiportail.dosimetry.DoseRecordSubmission;
import fr.gouv.travail.dosiportail.dosimetry.MonitoringKind;
import fr.gouv.travail.dosiportail.dosimetry.OriginatorKind;
import fr.gouv.travail.dosiportail.dosimetry.QuantityCode;
import fr.gouv.travail.dosiportail.dosimetry.RecordStatus;
import fr.gouv.travail.dosiportail.registry.RegistryDeclarations;
import fr.gouv.travail.dosiportail.registry.RegistryFixtures;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import javax.sql.DataSource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.transaction.support.TransactionTemplate;

/** Both bulk paths of the writer (COPY and unnest) store the source note as given, escapes and all; blank is none. */
@SpringBootTest
@ActiveProfiles("test")
class SourceNoteWriterTest {

    private static final List<String> NOTES = List.of("Dosimétrie belge, rapport n° 2025-114",
            "tab\there, new\nline, back\\slash \\N, \"quotes\"; semi;colon", "x".repeat(500));

    @Autowired
    DataSource dataSource;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    TransactionTemplate tx;
    @Autowired
    RegistryDeclarations declarations;

    RegistryFixtures.EstablishmentBuilder site;
    RegistryFixtures.WorkerBuilder worker;
    UUID workerId;
    UUID establishmentId;

    @BeforeEach
    void aWorker() {
        site = new RegistryFixtures(declarations).aCompany().anEstablishment().declare();
        worker = site.aWorker().classifiedA().declare();
        var ids = jdbc.sql("select worker_id, establishment_id from registry.employment where id = ?")
                .param(worker.employmentId).query().singleRow();
        workerId = (UUID) ids.get("worker_id");
        establishmentId = (UUID) ids.get("establishment_id");
    }

    @ParameterizedTest
    @ValueSource(strings = {"copy", "unnest"})
    void theNoteIsStoredAsGivenAndABlankOneAsNone(String strategy) {
        List<String> given = new ArrayList<>(NOTES);
        given.add("   ");
        given.add(null);
        UUID submission = UUID.randomUUID();
        jdbc.sql("""
                insert into dosimetry.submission (id, originator, request_hash, channel, status, record_count,
                    accepted_count, quarantined_count, rejected_count, receipt_number, http_status, answer, submitted_by)
                values (?, 'ACCREDITED_BODY:LAB-1', 'h', 'FILE', 'PROCESSED', 0, 0, 0, 0, ?, 0, '{}', 'lab')""")
                .params(submission, "DOS-T-" + submission).update();
        List<RecordWriter.NewRecord> rows = new ArrayList<>();
        for (int i = 0; i < given.size(); i++) {
            var r = new DoseRecordSubmission(worker.nir, worker.birthName, "Jeanne", site.siret,
                    OriginatorKind.ACCREDITED_BODY, "LAB-1", MonitoringKind.EXTERNAL_PASSIVE, strategy + "-" + i, null,
                    null, LocalDate.of(2025, 1, 1), LocalDate.of(2025, 1, 31), QuantityCode.HP10, BigDecimal.ONE,
                    false, null, RecordStatus.RESULT, null, given.get(i));
            rows.add(new RecordWriter.NewRecord(UUID.randomUUID(), r, workerId, establishmentId, false, "RESULT", 1,
                    null, null));
        }
        var writer = new RecordWriter(dataSource, strategy);
        tx.executeWithoutResult(s -> writer.insert(rows,
                new RecordWriter.Origin("FILE", submission, Instant.now(), "DOS-T-" + submission)));

        List<String> stored = new ArrayList<>();
        for (var row : rows) {
            stored.add(jdbc.sql("select source_note from dosimetry.dose_record where id = ?").param(row.id())
                    .query((rs, n) -> rs.getString(1)).list().get(0));
        }
        List<String> expected = new ArrayList<>(NOTES);
        expected.add(null);
        expected.add(null);
        assertThat(stored).isEqualTo(expected);
    }
}
