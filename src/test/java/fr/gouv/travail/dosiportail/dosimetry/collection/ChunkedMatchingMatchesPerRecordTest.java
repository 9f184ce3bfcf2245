package fr.gouv.travail.dosiportail.dosimetry.collection;

import static org.assertj.core.api.Assertions.assertThat;

import fr.gouv.travail.dosiportail.core.Sex;
import fr.gouv.travail.dosiportail.dosimetry.DoseRecordSubmission;
import fr.gouv.travail.dosiportail.dosimetry.MonitoringKind;
import fr.gouv.travail.dosiportail.dosimetry.OriginatorKind;
import fr.gouv.travail.dosiportail.dosimetry.QuantityCode;
import fr.gouv.travail.dosiportail.dosimetry.QuarantineReason;
import fr.gouv.travail.dosiportail.dosimetry.RecordStatus;
import fr.gouv.travail.dosiportail.registry.TestIds;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ActiveProfiles;

/**
 * The set-based matching decides every record as the former per-record matching did: a random référentiel (seed
 * 2611) of workers with usage names and accents, several employments per (worker, establishment) with gaps, and
 * classifications A, B or none over sub-periods; 1,500 random records (known or unknown NIR, matching or other
 * names, known or unknown SIRET, periods 2022–2025, radon and emergencies), matched in chunks of 7 and of 1,500.
 */
@SpringBootTest
@ActiveProfiles("test")
class ChunkedMatchingMatchesPerRecordTest {

    private static final long SEED = 2611L;
    private static final String[] LAST = {"Lefèvre", "DURAND", "d'Arc", "Martin-Roux"};
    private static final String[] FIRST = {"Hélène Marie", "Jean-Luc", "Anne", "Éric Paul"};

    @Autowired
    JdbcClient jdbc;
    @Autowired
    WorkerMatching matching;

    record Worker(String nir, String last, String usage, String first) {
    }

    @Test
    void theSetBasedMatchingDecidesEveryRecordAsThePerRecordMatchingDid() {
        Random rnd = new Random(SEED);
        UUID company = UUID.randomUUID();
        int base = TestIds.next() * 1000;
        jdbc.sql("insert into registry.company (id, siren, legal_name, created_by, updated_by) values (?, ?, 'C', 't', 't')")
                .params(company, TestIds.siren(base)).update();
        List<String> sirets = new ArrayList<>();
        List<UUID> establishments = new ArrayList<>();
        for (int e = 0; e < 4; e++) {
            UUID id = UUID.randomUUID();
            String siret = TestIds.siret(TestIds.siren(base), e + 1);
            jdbc.sql("""
                    insert into registry.establishment (id, company_id, siret, name, address_line, postal_code, city,
                        naf_code, activity_domain_code, head_last_name, head_first_name, created_by, updated_by)
                    values (?, ?, ?, 'S', 'a', '75001', 'Paris', '86.10Z', 'MED', 'H', 'F', 't', 't')""")
                    .params(id, company, siret).update();
            sirets.add(siret);
            establishments.add(id);
        }
        List<Worker> workers = new ArrayList<>();
        for (int w = 0; w < 30; w++) {
            Worker worker = new Worker(TestIds.nir(Sex.F, 1980, 1 + w % 12, TestIds.next()), LAST[w % 4],
                    w % 3 == 0 ? "Éluard" : null, FIRST[w % 4]);
            UUID id = UUID.randomUUID();
            jdbc.sql("""
                    insert into registry.worker (id, nir, birth_name, usage_name, first_names, sex, birth_date,
                        birth_place_code, created_by, updated_by) values (?, ?, ?, ?, ?, 'F', '1980-01-01', '75056', 't', 't')""")
                    .params(id, worker.nir(), worker.last(), worker.usage(), worker.first()).update();
            workers.add(worker);
            for (int m = 1 + rnd.nextInt(3); m > 0; m--) {
                LocalDate start = LocalDate.of(2019 + rnd.nextInt(6), 1 + rnd.nextInt(12), 1 + rnd.nextInt(28));
                LocalDate end = rnd.nextInt(3) > 0 ? null : start.plusDays(rnd.nextInt(900));
                UUID employment = UUID.randomUUID();
                int inserted = jdbc.sql("""
                        insert into registry.employment (id, worker_id, establishment_id, contract_type,
                            working_time_ratio, start_date, end_date, created_by, updated_by)
                        values (?, ?, ?, 'CDI', 100, ?, ?, 't', 't') on conflict do nothing""")
                        .params(employment, id, establishments.get(rnd.nextInt(3)), start, end).update();
                for (int p = inserted == 0 ? 0 : rnd.nextInt(4); p > 0; p--) {
                    LocalDate from = start.plusDays(rnd.nextInt(200));
                    jdbc.sql("""
                            insert into registry.exposure_profile (id, employment_id, valid_from, valid_to,
                                classification, created_by, updated_by)
                            values (?, ?, ?, ?, ?, 't', 't') on conflict do nothing""")
                            .params(UUID.randomUUID(), employment, from,
                                    rnd.nextBoolean() ? null : from.plusDays(rnd.nextInt(300)),
                                    List.of("A", "B", "A", "NOT_CLASSIFIED").get(rnd.nextInt(4))).update();
                }
            }
        }
        List<DoseRecordSubmission> records = new ArrayList<>();
        for (int i = 0; i < 1_500; i++) {
            Worker w = workers.get(rnd.nextInt(workers.size()));
            String nir = rnd.nextInt(20) == 0 ? TestIds.nir(Sex.M, 1970, 5, TestIds.next()) : w.nir();
            String last = switch (rnd.nextInt(6)) {
                case 0 -> "Inconnu";
                case 1 -> w.usage() == null ? "ÉLUARD" : w.usage().toUpperCase();
                default -> w.last().toUpperCase().replace("È", "E");
            };
            String first = switch (rnd.nextInt(5)) {
                case 0 -> "Paul";
                case 1 -> w.first().split(" ")[0].toLowerCase();
                default -> w.first();
            };
            String siret = rnd.nextInt(15) == 0 ? TestIds.siret(TestIds.siren(base + 1), 1) : sirets.get(rnd.nextInt(4));
            LocalDate start = LocalDate.of(2022 + rnd.nextInt(4), 1 + rnd.nextInt(12), 1);
            MonitoringKind kind = List.of(MonitoringKind.EXTERNAL_PASSIVE, MonitoringKind.RADON,
                    MonitoringKind.EMERGENCY_EXTRAPOLATED, MonitoringKind.EXTERNAL_OPERATIONAL).get(rnd.nextInt(4));
            records.add(new DoseRecordSubmission(nir, last, first, siret, OriginatorKind.ACCREDITED_BODY, "LAB-1", kind,
                    "D" + i, null, null, start, start.plusMonths(1).minusDays(1),
                    rnd.nextInt(8) == 0 ? QuantityCode.RADON : QuantityCode.HP10, BigDecimal.ONE, false, null,
                    RecordStatus.RESULT, rnd.nextInt(10) == 0 ? UUID.randomUUID() : null, null));
        }

        PerRecordMatching reference = new PerRecordMatching(jdbc);
        List<WorkerMatching.Match> expected = records.stream().map(reference::match).toList();
        assertThat(List.of(matching.matchAll(records))).isEqualTo(expected);
        List<WorkerMatching.Match> bySeven = new ArrayList<>();
        for (int from = 0; from < records.size(); from += 7) {
            bySeven.addAll(List.of(matching.matchAll(records.subList(from, Math.min(records.size(), from + 7)))));
        }
        assertThat(bySeven).isEqualTo(expected);
        Set<QuarantineReason> seen = EnumSet.noneOf(QuarantineReason.class);
        expected.stream().filter(m -> !m.matched()).forEach(m -> seen.add(m.failure()));
        assertThat(seen).as("every reason occurs").containsExactlyInAnyOrder(QuarantineReason.values());
        assertThat(expected.stream().filter(WorkerMatching.Match::matched).count()).as("some are matched")
                .isGreaterThan(150);
    }
}
