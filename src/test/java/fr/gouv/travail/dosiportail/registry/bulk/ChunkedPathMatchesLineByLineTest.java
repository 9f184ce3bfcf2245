package fr.gouv.travail.dosiportail.registry.bulk;

import static org.assertj.core.api.Assertions.assertThat;

import fr.gouv.travail.dosiportail.registry.BulkReport;
import fr.gouv.travail.dosiportail.registry.RegistryDeclarations;
import fr.gouv.travail.dosiportail.registry.RegistryFixtures;
import java.io.ByteArrayInputStream;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.function.IntFunction;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.PayloadApplicationEvent;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;

/**
 * The chunked path against the line-by-line path (the single declarations, one savepoint per line) on the same
 * random file: same counts, same rows, same history, same events. Chunks of 7 lines, so that repeated workers and
 * employments fall both within one chunk and across chunks.
 */
@SpringBootTest(properties = "dosiportail.registry.bulk.chunk-size=7")
@ActiveProfiles("test")
@RecordApplicationEvents
class ChunkedPathMatchesLineByLineTest {

    static final long SEED = 20261128L;
    static final String HEADER = "siret;nir;nom_naissance;nom_usage;prenoms;sexe;date_naissance;lieu_naissance;"
            + "type_contrat;quotite;date_debut;date_fin;classement;groupe_urgence;radon;rayonnement_cosmique;secteur;metier;types_suivi\n";
    @Autowired
    BulkDeclarations bulk;
    @Autowired
    RegistryDeclarations declarations;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    ApplicationEvents events;

    static String nir(int year, int person) {
        String body = "2" + "%02d0175056%03d".formatted(year % 100, person + 1);
        return body + "%02d".formatted(97 - new BigInteger(body).mod(BigInteger.valueOf(97)).intValue());
    }

    /** 300 lines over 15 people: identity variants, usage names, contract changes, ends, profiles. */
    static List<IntFunction<String>> randomLines() {
        Random r = new Random(SEED);
        List<IntFunction<String>> lines = new ArrayList<>();
        for (int i = 0; i < 300; i++) {
            int person = r.nextInt(15);
            String name = r.nextInt(5) == 0 ? "Martin" : "Dupont";
            String usage = pick(r, "", "", "Durand", "durand", "Petit");
            String contract = pick(r, "CDI", "CDD");
            String ratio = pick(r, "100", "80");
            String start = pick(r, "2024-01-01", "2024-06-01");
            String end = pick(r, "", "", "2025-12-31", "2026-06-30");
            String classification = pick(r, "", "A", "B");
            String group = pick(r, "", "1");
            String types = pick(r, "", "EXTERNE", "EXTERNE|CRISTALLIN");
            String sector = pick(r, "", "MED_CARDIO_INTERV");
            lines.add(year -> String.join(";", "%s", nir(year, person), name, usage, "Jeanne", "F", year + "-01-15",
                    "75056", contract, ratio, start, end, classification, group, "non", "non", sector, "", types) + "\n");
        }
        return lines;
    }

    static String pick(Random r, String... values) {
        return values[r.nextInt(values.length)];
    }

    BulkReport send(RegistryFixtures.EstablishmentBuilder site, int year, boolean slowPath) {
        StringBuilder csv = new StringBuilder(HEADER);
        randomLines().forEach(l -> csv.append(l.apply(year).formatted(site.siret)));
        return bulk.declare(site.company.employer, new ByteArrayInputStream(csv.toString().getBytes(StandardCharsets.UTF_8)),
                true, slowPath);
    }

    /** Everything the file left for these 15 people at this establishment, with NIR and ids left out. */
    List<String> state(RegistryFixtures.EstablishmentBuilder site, int year) {
        List<String> state = new ArrayList<>();
        for (int p = 0; p < 15; p++) {
            state.add(String.join(" | ", jdbc.sql("""
                            select w.birth_name || '/' || coalesce(w.usage_name, '-') || '/' || w.first_names
                                || ' disc=' || (select string_agg(d.declared ->> 'birthName' || ':' || coalesce(d.declared ->> 'usageName', '-'), ',' order by d.declared::text)
                                                from registry.identity_discrepancy d where d.worker_id = w.id)
                                || ' hist=' || (select count(*) from registry.row_history h where h.row_id = w.id)
                            from registry.worker w where w.nir = ?""").param(nir(year, p)).query(String.class).list()));
            state.add(String.join(" | ", jdbc.sql("""
                            select m.start_date || ' ' || m.contract_type || ' ' || m.working_time_ratio || ' '
                                || coalesce(m.end_date::text, '-') || ' hist=' || (select count(*) from registry.row_history h where h.row_id = m.id)
                                || ' profiles=' || coalesce((select string_agg(p.valid_from || '..' || coalesce(p.valid_to::text, '') || ' '
                                      || p.classification || ' ' || coalesce(p.emergency_group::text, '-') || ' '
                                      || coalesce(p.sector_code, '-') || ' ' || p.monitoring_types::text || ' hist='
                                      || (select count(*) from registry.row_history h where h.row_id = p.id), ';' order by p.valid_from)
                                   from registry.exposure_profile p where p.employment_id = m.id), '')
                            from registry.employment m join registry.worker w on w.id = m.worker_id
                            join registry.establishment e on e.id = m.establishment_id
                            where w.nir = ? and e.siret = ? order by m.start_date""")
                    .param(nir(year, p)).param(site.siret).query(String.class).list()));
        }
        return state;
    }

    Map<String, Long> eventCounts() {
        Map<String, Long> counts = new TreeMap<>();
        events.stream().map(e -> e instanceof PayloadApplicationEvent<?> p ? p.getPayload() : e)
                .filter(e -> e.getClass().getPackageName().equals("fr.gouv.travail.dosiportail.registry"))
                .forEach(e -> counts.merge(e.getClass().getSimpleName(), 1L, Long::sum));
        events.clear();
        return counts;
    }

    @Test
    void theChunkedPathLeavesWhatTheLineByLinePathLeaves() {
        var company = new RegistryFixtures(declarations).aCompany();
        var fast = company.anEstablishment().declare();
        var slow = company.anEstablishment().declare();
        events.clear();

        BulkReport fastReport = send(fast, 1971, false);
        Map<String, Long> fastEvents = eventCounts();
        BulkReport slowReport = send(slow, 1972, true);
        Map<String, Long> slowEvents = eventCounts();

        assertThat(fastReport.rejected()).isZero();
        assertThat(fastReport.accepted()).isEqualTo(slowReport.accepted());
        assertThat(fastReport.unchanged()).isEqualTo(slowReport.unchanged()).isPositive();
        assertThat(fastEvents).isEqualTo(slowEvents).containsKeys("WorkerDeclared", "EmploymentStarted",
                "EmploymentEnded", "ExposureProfileChanged");
        assertThat(state(fast, 1971)).isEqualTo(state(slow, 1972));
        assertThat(String.join("\n", state(fast, 1971))).contains("disc=Martin", "Durand", "hist=1");

        // sent again: nothing changes on either path
        assertThat(send(fast, 1971, false).accepted()).isEqualTo(send(slow, 1972, true).accepted());
        assertThat(state(fast, 1971)).isEqualTo(state(slow, 1972));
    }

    @Test
    void aChunkRefusedByTheDatabaseIsRedoneLineByLineAndOnlyTheFaultyLineIsRejected() {
        var site = new RegistryFixtures(declarations).aCompany().anEstablishment().declare();
        String csv = HEADER + String.join("", List.of(0, 1, 2, 3).stream().map(p -> String.join(";", site.siret,
                nir(1973, p), p == 2 ? "Refusé" : "Dupont", "", "Jeanne", "F", "1973-01-15", "75056", "CDI", "100",
                "2024-01-01", "", "A", "", "non", "non", "", "", "EXTERNE") + "\n").toList());
        jdbc.sql("alter table registry.worker add constraint test_refused check (birth_name <> 'Refusé')").update();
        try {
            BulkReport report = bulk.declare(site.company.employer,
                    new ByteArrayInputStream(csv.getBytes(StandardCharsets.UTF_8)), true);
            assertThat(report.accepted()).isEqualTo(3);
            assertThat(report.rejected()).isEqualTo(1);
            assertThat(report.errors()).singleElement().satisfies(e -> {
                assertThat(e.line()).isEqualTo(4);
                assertThat(e.code()).isEqualTo("WRITE_FAILED");
            });
            assertThat(jdbc.sql("select count(*) from registry.employment m join registry.establishment e"
                    + " on e.id = m.establishment_id where e.siret = ?").param(site.siret).query(Integer.class).single())
                    .isEqualTo(3);
        } finally {
            jdbc.sql("alter table registry.worker drop constraint test_refused").update();
        }
    }
}
