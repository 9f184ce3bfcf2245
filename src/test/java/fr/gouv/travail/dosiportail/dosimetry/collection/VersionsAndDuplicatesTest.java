package fr.gouv.travail.dosiportail.dosimetry.collection;

import static org.assertj.core.api.Assertions.assertThat;

import fr.gouv.travail.dosiportail.dosimetry.DoseRecordRevised;
import fr.gouv.travail.dosiportail.dosimetry.DoseRecordSubmission;
import fr.gouv.travail.dosiportail.dosimetry.DoseRecordsAccepted;
import fr.gouv.travail.dosiportail.dosimetry.ItemOutcome;
import fr.gouv.travail.dosiportail.dosimetry.ItemResult;
import fr.gouv.travail.dosiportail.dosimetry.MonitoringKind;
import fr.gouv.travail.dosiportail.dosimetry.OriginatorKind;
import fr.gouv.travail.dosiportail.dosimetry.QuantityCode;
import fr.gouv.travail.dosiportail.dosimetry.RecordStatus;
import fr.gouv.travail.dosiportail.dosimetry.RevisionKind;
import fr.gouv.travail.dosiportail.identity.Actor;
import fr.gouv.travail.dosiportail.identity.ActorKind;
import fr.gouv.travail.dosiportail.registry.RegistryDeclarations;
import fr.gouv.travail.dosiportail.registry.RegistryFixtures;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;

/**
 * Late results become new versions, an absence after a result is refused, comparisons are made against the current
 * (highest) version, and a natural key repeated within a chunk, a file or across sends is stored once.
 */
@SpringBootTest
@ActiveProfiles("test")
@RecordApplicationEvents
class VersionsAndDuplicatesTest {

    private static final Actor LAB = new Actor(ActorKind.ACCREDITED_BODY, "lab-LAB-1", "Labo", Optional.empty(),
            Optional.empty(), Optional.of("LAB-1"), Optional.empty(), Optional.empty(), List.of());

    @Autowired
    DoseCollection collection;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    RegistryDeclarations declarations;
    @Autowired
    ApplicationEvents events;

    RegistryFixtures.EstablishmentBuilder site;
    RegistryFixtures.WorkerBuilder worker;

    @BeforeEach
    void aClassifiedWorker() {
        site = new RegistryFixtures(declarations).aCompany().anEstablishment().declare();
        worker = site.aWorker().classifiedA().declare();
    }

    private DoseRecordSubmission record(String dosimeter, String value, RecordStatus status) {
        return new DoseRecordSubmission(worker.nir, worker.birthName, worker.firstNames.split(" ")[0], site.siret,
                OriginatorKind.ACCREDITED_BODY, "LAB-1", MonitoringKind.EXTERNAL_PASSIVE, dosimeter, null, null,
                LocalDate.of(2025, 1, 1), LocalDate.of(2025, 1, 31), QuantityCode.HP10,
                value == null ? null : new BigDecimal(value), false, null, status, null, null);
    }

    private DoseCollection.Provenance openSubmission() {
        UUID id = UUID.randomUUID();
        String receipt = "DOS-T-" + id;
        jdbc.sql("""
                insert into dosimetry.submission (id, originator, request_hash, channel, status, record_count,
                    accepted_count, quarantined_count, rejected_count, receipt_number, http_status, answer, submitted_by)
                values (?, 'ACCREDITED_BODY:LAB-1', 'h', 'FILE', 'PROCESSED', 0, 0, 0, 0, ?, 0, '{}', 'lab')""")
                .params(id, receipt).update();
        return new DoseCollection.Provenance(id, receipt, "FILE", Instant.now());
    }

    private List<ItemResult> send(DoseCollection.Provenance p, DoseRecordSubmission... records) {
        return collection.collectChunk(LAB, p, List.of(records).stream()
                .map(r -> new DoseCollection.Item(r, "{\"dosimeterId\":\"" + r.dosimeterId() + "\"}", List.of()))
                .toList(), 0);
    }

    private List<ItemResult> send(DoseRecordSubmission... records) {
        return send(openSubmission(), records);
    }

    private List<String> versions(String dosimeter) {
        return jdbc.sql("""
                        select version || ':' || status || ':' || coalesce(value_msv::text, '-') || ':'
                               || coalesce(correction_reason, '-') || ':' || (previous_version_id is not null)
                        from dosimetry.dose_record where dosimeter_id = ? order by version""")
                .param(dosimeter).query(String.class).list();
    }

    @Test
    void aResultAfterAnAbsenceOfResultIsALateResultVersionAndSentAgainIsNotDoubled() {
        String dosimeter = "DOS-" + UUID.randomUUID();
        assertThat(send(record(dosimeter, null, RecordStatus.NO_RESULT)).get(0).outcome()).isEqualTo(ItemOutcome.ACCEPTED);
        ItemResult late = send(record(dosimeter, "0.4", RecordStatus.RESULT)).get(0);
        assertThat(late.outcome()).isEqualTo(ItemOutcome.ACCEPTED);
        assertThat(late.alreadyRecorded()).isFalse();
        assertThat(versions(dosimeter)).containsExactly("1:NO_RESULT:-:-:false",
                "2:LATE_RESULT:0.400:Résultat tardif remplaçant l'absence de résultat:true");
        assertThat(events.stream(DoseRecordRevised.class)).singleElement().satisfies(e -> {
            assertThat(e.kind()).isEqualTo(RevisionKind.LATE_RESULT);
            assertThat(e.recordId()).isEqualTo(late.recordId());
        });

        ItemResult again = send(record(dosimeter, "0.4", RecordStatus.RESULT)).get(0);
        assertThat(again.alreadyRecorded()).isTrue();
        assertThat(again.recordId()).isEqualTo(late.recordId());
        assertThat(send(record(dosimeter, "0.400", RecordStatus.LATE_RESULT)).get(0).alreadyRecorded()).isTrue();
        assertThat(versions(dosimeter)).hasSize(2);
    }

    @Test
    void anAbsenceOfResultAfterAResultIsRefused() {
        String dosimeter = "DOS-" + UUID.randomUUID();
        send(record(dosimeter, "0.2", RecordStatus.RESULT));
        ItemResult absence = send(record(dosimeter, null, RecordStatus.NO_RESULT)).get(0);
        assertThat(absence.outcome()).isEqualTo(ItemOutcome.REJECTED);
        assertThat(absence.errors()).singleElement().satisfies(e -> assertThat(e.code()).isEqualTo("ALREADY_RECORDED"));
        assertThat(versions(dosimeter)).containsExactly("1:RESULT:0.200:-:false");
    }

    @Test
    void comparisonsAreMadeAgainstTheCurrentVersionNotTheFirst() {
        String dosimeter = "DOS-" + UUID.randomUUID();
        UUID first = send(record(dosimeter, "0.25", RecordStatus.RESULT)).get(0).recordId();
        UUID corrected = UUID.randomUUID(); // as the revisions branch writes a correction
        jdbc.sql("""
                insert into dosimetry.dose_record (id, worker_id, establishment_id, originator_kind, originator_id,
                    monitoring_kind, dosimeter_id, period_start, period_end, quantity, value_msv, status, channel,
                    submission_id, received_at, receipt_number, version, previous_version_id, correction_reason)
                select ?, worker_id, establishment_id, originator_kind, originator_id, monitoring_kind, dosimeter_id,
                       period_start, period_end, quantity, 0.5, 'RESULT', channel, submission_id, received_at,
                       receipt_number, 2, id, 'Erreur de lecture' from dosimetry.dose_record where id = ?""")
                .params(corrected, first).update();
        ItemResult current = send(record(dosimeter, "0.5", RecordStatus.RESULT)).get(0);
        assertThat(current.alreadyRecorded()).isTrue();
        assertThat(current.recordId()).isEqualTo(corrected);
        assertThat(send(record(dosimeter, "0.25", RecordStatus.RESULT)).get(0).errors())
                .singleElement().satisfies(e -> assertThat(e.code()).isEqualTo("ALREADY_RECORDED"));
        jdbc.sql("update dosimetry.dose_record set cancelled = true where id = ?").param(corrected).update();
        assertThat(send(record(dosimeter, "0.5", RecordStatus.RESULT)).get(0).outcome()).isEqualTo(ItemOutcome.REJECTED);
        assertThat(versions(dosimeter)).hasSize(2);
    }

    @Test
    void aKeyRepeatedWithinAChunkIsStoredOnceTheSameLineAlreadyRecordedAnotherRefusedNamingTheFirst() {
        String dosimeter = "DOS-" + UUID.randomUUID();
        long journalBefore = jdbc.sql("select count(*) from journal.entry").query(Long.class).single();
        List<ItemResult> results = send(record(dosimeter, "0.1", RecordStatus.RESULT),
                record(dosimeter, "0.10", RecordStatus.RESULT), record(dosimeter, "0.3", RecordStatus.RESULT));
        assertThat(results.get(0).outcome()).isEqualTo(ItemOutcome.ACCEPTED);
        assertThat(results.get(0).alreadyRecorded()).isFalse();
        assertThat(results.get(1).alreadyRecorded()).isTrue();
        assertThat(results.get(1).recordId()).isEqualTo(results.get(0).recordId());
        assertThat(results.get(2).outcome()).isEqualTo(ItemOutcome.REJECTED);
        assertThat(results.get(2).errors()).singleElement().satisfies(e -> {
            assertThat(e.code()).isEqualTo("DUPLICATE_IN_SUBMISSION");
            assertThat(e.messageEn()).contains("Line 0 ");
        });
        assertThat(versions(dosimeter)).containsExactly("1:RESULT:0.100:-:false");
        assertThat(events.stream(DoseRecordsAccepted.class)).singleElement()
                .satisfies(e -> assertThat(e.records()).hasSize(1));
        assertThat(jdbc.sql("select count(*) from journal.entry").query(Long.class).single())
                .isEqualTo(journalBefore + 1);
    }

    @Test
    void aChunkSentAgainStoresNothingAndAnotherValueInALaterChunkOfTheSameFileIsADuplicate() {
        String a = "DOS-" + UUID.randomUUID();
        String b = "DOS-" + UUID.randomUUID();
        DoseCollection.Provenance file = openSubmission();
        send(file, record(a, "0.1", RecordStatus.RESULT), record(b, "0.2", RecordStatus.RESULT));
        List<ItemResult> laterChunk = send(file, record(a, "0.1", RecordStatus.RESULT), record(b, "0.9", RecordStatus.RESULT));
        assertThat(laterChunk.get(0).alreadyRecorded()).isTrue();
        assertThat(laterChunk.get(1).errors()).singleElement()
                .satisfies(e -> assertThat(e.code()).isEqualTo("DUPLICATE_IN_SUBMISSION"));
        List<ItemResult> resent = send(record(a, "0.1", RecordStatus.RESULT), record(b, "0.2", RecordStatus.RESULT));
        assertThat(resent).allSatisfy(r -> assertThat(r.alreadyRecorded()).isTrue());
        assertThat(versions(a)).hasSize(1);
        assertThat(versions(b)).containsExactly("1:RESULT:0.200:-:false");
    }
}
