package fr.gouv.travail.dosiportail.registry;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.IntFunction;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;
import org.springframework.test.web.servlet.MockMvc;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Files longer than one chunk (1,000 lines): what the chunked fast path could get wrong. */
@SpringBootTest
@AutoConfigureMockMvc
@ActiveProfiles("test")
@RecordApplicationEvents
class BulkDeclarationChunksTest {

    static final int LINES = 2500;
    private static final AtomicInteger YEARS = new AtomicInteger(1950);
    @Autowired
    MockMvc mvc;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    RegistryDeclarations declarations;
    @Autowired
    ApplicationEvents events;
    RegistryFixtures.EstablishmentBuilder site;
    int year;

    @BeforeEach
    void anEstablishment() {
        site = new RegistryFixtures(declarations).aCompany().anEstablishment().declare();
        year = YEARS.getAndIncrement();
    }

    /** The i-th worker of this test: distinct NIRs (month and order vary), all valid. */
    String nir(int i) {
        String body = "2" + "%02d%02d75056%03d".formatted(year % 100, 1 + i / 999, 1 + i % 999);
        return body + "%02d".formatted(97 - new BigInteger(body).mod(BigInteger.valueOf(97)).intValue());
    }

    String line(int i, String birthName) {
        return site.siret + ";" + nir(i) + ";" + birthName + ";;Jeanne;F;" + year + "-%02d-12".formatted(1 + i / 999)
                + ";75056;CDI;100;2024-01-01;;B;;non;non;;;EXTERNE\n";
    }

    String file(int lines, IntFunction<String> line) {
        StringBuilder csv = new StringBuilder(BulkDeclarationTest.HEADER);
        for (int i = 0; i < lines; i++) {
            csv.append(line.apply(i));
        }
        return csv.toString();
    }

    JsonNode send(String csv, String mode) throws Exception {
        String body = mvc.perform(post("/api/v1/workers/bulk").param("mode", mode).contentType("text/csv")
                        .content(csv.getBytes(StandardCharsets.UTF_8)).with(RegistryApiTest.employer(site.company.siren)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        return JsonMapper.builder().build().readTree(body);
    }

    int count(String from) {
        return jdbc.sql("select count(*) from " + from + " where e.siret = ?").param(site.siret).query(Integer.class).single();
    }

    int employments() {
        return count("registry.employment m join registry.establishment e on e.id = m.establishment_id");
    }

    int profiles() {
        return count("registry.exposure_profile p join registry.employment m on m.id = p.employment_id"
                + " join registry.establishment e on e.id = m.establishment_id");
    }

    int workers() {
        return count("registry.worker w join registry.employment m on m.worker_id = w.id"
                + " join registry.establishment e on e.id = m.establishment_id");
    }

    @Test
    void aFileOfSeveralChunksIsCommittedWithEveryRowAndEvent() throws Exception {
        JsonNode report = send(file(LINES, i -> line(i, "Dupont")), "all-or-nothing");
        assertThat(report.get("accepted").asInt()).isEqualTo(LINES);
        assertThat(report.get("unchanged").asInt()).isZero();
        assertThat(report.get("committed").asBoolean()).isTrue();
        assertThat(report.get("receiptNumber").asString()).startsWith("R-");
        assertThat(workers()).isEqualTo(LINES);
        assertThat(employments()).isEqualTo(LINES);
        assertThat(profiles()).isEqualTo(LINES);
        assertThat(events.stream(WorkerDeclared.class)).hasSize(LINES);
        assertThat(events.stream(EmploymentStarted.class)).hasSize(LINES);
        assertThat(events.stream(ExposureProfileChanged.class)).hasSize(LINES);
        assertThat(journalWrites()).as("one journal entry per worker written").isEqualTo(LINES);
    }

    int journalWrites() {
        return jdbc.sql("""
                        select count(*) from journal.entry j
                        where j.resource = 'declareWorkersInBulk' and j.action = 'WRITE' and j.worker_id in (
                            select m.worker_id from registry.employment m
                            join registry.establishment e on e.id = m.establishment_id where e.siret = ?)""")
                .param(site.siret).query(Integer.class).single();
    }

    @Test
    void aBadLineInTheThirdChunkCommitsNothingAtAll() throws Exception {
        int journalBefore = jdbc.sql("select count(*) from journal.entry").query(Integer.class).single();
        JsonNode report = send(file(LINES, i -> i == 2200 ? line(i, "Dupont").replace(";CDI;", ";CDX;")
                : line(i, "Dupont")), "all-or-nothing");
        assertThat(report.get("committed").asBoolean()).isFalse();
        assertThat(report.get("rejected").asInt()).isEqualTo(1);
        assertThat(report.get("accepted").asInt()).isEqualTo(LINES - 1);
        assertThat(report.get("errors").get(0).get("line").asInt()).isEqualTo(2202);
        assertThat(report.get("errors").get(0).get("code").asString()).isEqualTo("UNKNOWN_CONTRACT_TYPE");
        assertThat(report.get("receiptNumber").isNull()).isTrue();
        assertThat(employments()).isZero();
        assertThat(jdbc.sql("select count(*) from journal.entry").query(Integer.class).single())
                .as("the journal rolls back with the file").isEqualTo(journalBefore);
        assertThat(jdbc.sql("select count(*) from registry.worker where nir = ?").param(nir(0)).query(Integer.class)
                .single()).isZero();
    }

    @Test
    void keepValidKeepsTheGoodLinesOfEveryChunk() throws Exception {
        JsonNode report = send(file(LINES, i -> i == 5 || i == 1999 ? line(i, "") : line(i, "Dupont")), "keep-valid");
        assertThat(report.get("committed").asBoolean()).isTrue();
        assertThat(report.get("accepted").asInt()).isEqualTo(LINES - 2);
        assertThat(report.get("rejected").asInt()).isEqualTo(2);
        assertThat(report.get("errors").findValuesAsString("line")).containsExactly("7", "2001");
        assertThat(report.get("errors").findValuesAsString("code")).containsExactly("REQUIRED", "REQUIRED");
        assertThat(employments()).isEqualTo(LINES - 2);
        assertThat(profiles()).isEqualTo(LINES - 2);
    }

    @Test
    void theSameNirWithAnotherIdentityInALaterChunkIsOneWorkerAndOneDiscrepancy() throws Exception {
        String csv = file(1500, i -> i == 1400 ? line(0, "Martin") : line(i, "Dupont"));
        JsonNode report = send(csv, "all-or-nothing");
        assertThat(report.get("accepted").asInt()).isEqualTo(1500);
        assertThat(jdbc.sql("select count(*) from registry.worker where nir = ?").param(nir(0)).query(Integer.class)
                .single()).isEqualTo(1);
        assertThat(jdbc.sql("""
                        select birth_name from registry.worker where nir = ?""").param(nir(0)).query(String.class).single())
                .isEqualTo("Dupont");
        String discrepancies = "select count(*) from registry.identity_discrepancy d join registry.worker w on w.id = d.worker_id"
                + " where w.nir = ? and d.declared ->> 'birthName' = 'Martin'";
        assertThat(jdbc.sql(discrepancies).param(nir(0)).query(Integer.class).single()).isEqualTo(1);

        JsonNode again = send(csv, "all-or-nothing");
        assertThat(again.get("unchanged").asInt()).as("the discrepancy is already open").isEqualTo(1500);
        assertThat(jdbc.sql(discrepancies).param(nir(0)).query(Integer.class).single()).isEqualTo(1);
    }

    @Test
    void aResentFileIsUnchangedAndWritesNoHistoryNorEvent() throws Exception {
        String csv = file(1200, i -> line(i, "Dupont"));
        send(csv, "all-or-nothing");
        int history = jdbc.sql("select count(*) from registry.row_history").query(Integer.class).single();

        JsonNode again = send(csv, "all-or-nothing");
        assertThat(again.get("accepted").asInt()).isZero();
        assertThat(again.get("unchanged").asInt()).isEqualTo(1200);
        assertThat(again.get("receiptNumber").isNull()).isTrue();
        assertThat(jdbc.sql("select count(*) from registry.row_history").query(Integer.class).single()).isEqualTo(history);
        assertThat(events.stream(WorkerDeclared.class)).as("events of the first sending only").hasSize(1200);
        assertThat(events.stream(EmploymentStarted.class)).hasSize(1200);
        assertThat(events.stream(ExposureProfileChanged.class)).hasSize(1200);
        assertThat(events.stream(EmploymentEnded.class)).isEmpty();
        assertThat(journalWrites()).as("a line that changed nothing is no write to journal").isEqualTo(1200);
    }
}
