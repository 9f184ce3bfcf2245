package fr.gouv.travail.dosiportail.dosimetry;

import static fr.gouv.travail.dosiportail.dosimetry.DoseRecords.json;
import static fr.gouv.travail.dosiportail.dosimetry.DoseRecords.lab;
import static fr.gouv.travail.dosiportail.dosimetry.DoseRecords.q;
import static fr.gouv.travail.dosiportail.dosimetry.DoseRecords.with;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import fr.gouv.travail.dosiportail.registry.RegistryDeclarations;
import fr.gouv.travail.dosiportail.registry.RegistryFixtures;
import java.math.BigDecimal;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** One record through POST /api/v1/dose-records: stored, quarantined or refused, with a precise answer. */
@SpringBootTest
@AutoConfigureMockMvc
@ActiveProfiles("test")
@RecordApplicationEvents
class DoseRecordSubmissionTest {

    @Autowired
    MockMvc mvc;
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
        worker = site.aWorker().named("Lefèvre", "Hélène Marie").classifiedA().declare();
    }

    private Map<String, String> record() {
        return DoseRecords.record(worker, site.siret, "DOS-" + UUID.randomUUID());
    }

    private ResultActions send(Map<String, String> record, RequestPostProcessor who) throws Exception {
        return mvc.perform(post("/api/v1/dose-records").contentType(MediaType.APPLICATION_JSON).content(json(record))
                .with(who));
    }

    private long recordsOfTheWorker() {
        return jdbc.sql("""
                        select count(*) from dosimetry.dose_record d join registry.worker w on w.id = d.worker_id
                        where w.nir = ?""").param(worker.nir).query(Long.class).single();
    }

    @Test
    void anAcceptedRecordIsStoredWithItsProvenancePublishesAnEventAndIsJournaled() throws Exception {
        String body = send(with(record(), "lastName", q("LEFEVRE")), lab(DoseRecords.LAB))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.items[0].outcome").value("ACCEPTED"))
                .andReturn().getResponse().getContentAsString();
        JsonNode answer = JsonMapper.shared().readTree(body);
        UUID id = UUID.fromString(answer.path("items").path(0).path("recordId").asString());
        var row = jdbc.sql("""
                        select value_msv, channel, receipt_number, submission_id::text, received_at is not null as received,
                               worker_id::text, originator_id from dosimetry.dose_record where id = ?""")
                .param(id).query().singleRow();
        assertThat((BigDecimal) row.get("value_msv")).isEqualByComparingTo("0.25");
        assertThat(row.get("channel")).isEqualTo("API");
        assertThat(row.get("receipt_number")).isEqualTo(answer.path("receiptNumber").asString());
        assertThat(row.get("submission_id")).isEqualTo(answer.path("submissionId").asString());
        assertThat(row.get("received")).isEqualTo(true);
        assertThat(row.get("originator_id")).isEqualTo(DoseRecords.LAB);
        assertThat(events.stream(DoseRecordsAccepted.class))
                .singleElement().satisfies(e -> assertThat(e.records()).singleElement().satisfies(d -> {
                    assertThat(d.recordId()).isEqualTo(id);
                    assertThat(d.workerId().toString()).isEqualTo(row.get("worker_id"));
                }));
        assertThat(jdbc.sql("""
                        select count(*) from journal.entry where worker_id = ?::uuid and data_kind = 'EXTERNAL_DOSE'
                          and action = 'WRITE' and resource like 'dosimetry.dose_record/%'
                          and on_behalf_of = 'Accréditation LAB-1'""")
                .param(row.get("worker_id")).query(Long.class).single()).isOne();
        assertThat(body).doesNotContain(worker.nir);
    }

    @Test
    void aValueOverTenSievertsIsAcceptedButFlaggedForTheOperatorToReview() throws Exception {
        send(with(record(), "valueMsv", "12000.5"), lab(DoseRecords.LAB)).andExpect(status().isCreated())
                .andExpect(jsonPath("$.items[0].reviewRequired").value(true));
        assertThat(jdbc.sql("""
                        select count(*) from dosimetry.dose_record d join registry.worker w on w.id = d.worker_id
                        where w.nir = ? and d.review_required""").param(worker.nir).query(Long.class).single()).isOne();
    }

    @Test
    void aPassivePeriodOfMoreThanThreeMonthsIsRefusedButThreeMonthsExactlyIsAccepted() throws Exception {
        send(with(with(record(), "periodStart", q("2025-01-15")), "periodEnd", q("2025-04-15")), lab(DoseRecords.LAB))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("periodEnd"))
                .andExpect(jsonPath("$.errors[0].code").value("PASSIVE_PERIOD_TOO_LONG"));
        send(with(with(record(), "periodStart", q("2025-01-15")), "periodEnd", q("2025-04-14")), lab(DoseRecords.LAB))
                .andExpect(status().isCreated());
        send(with(with(with(record(), "periodStart", q("2025-01-15")), "periodEnd", q("2025-06-30")),
                "monitoringKind", q("EXTERNAL_OPERATIONAL")), lab(DoseRecords.LAB)).andExpect(status().isCreated());
    }

    @Test
    void aNegativeDoseOrOneFinerThanAMicrosievertIsRefusedNamingTheField() throws Exception {
        send(with(record(), "valueMsv", "-0.1"), lab(DoseRecords.LAB)).andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("valueMsv"))
                .andExpect(jsonPath("$.errors[0].code").value("NEGATIVE_DOSE"));
        send(with(record(), "valueMsv", "0.0001"), lab(DoseRecords.LAB)).andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("valueMsv"))
                .andExpect(jsonPath("$.errors[0].code").value("TOO_MANY_DECIMALS"));
        send(with(record(), "valueMsv", "0.1230"), lab(DoseRecords.LAB)).andExpect(status().isCreated());
        assertThat(recordsOfTheWorker()).isOne();
    }

    @Test
    void anUnknownQuantityCodeAnEndBeforeTheStartOrAFuturePeriodIsRefusedNamingTheField() throws Exception {
        send(with(record(), "quantity", q("HP99")), lab(DoseRecords.LAB)).andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("quantity"));
        send(with(record(), "periodEnd", q("2024-12-31")), lab(DoseRecords.LAB)).andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].code").value("END_BEFORE_START"));
        send(with(with(record(), "periodStart", q("2099-01-01")), "periodEnd", q("2099-01-31")), lab(DoseRecords.LAB))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].code").value("PERIOD_IN_FUTURE"));
        send(with(record(), "nir", q("285049912345678")), lab(DoseRecords.LAB)).andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("nir"));
        assertThat(recordsOfTheWorker()).isZero();
    }

    @Test
    void anotherLabsAccreditationNumberIsRefusedAndNothingIsStored() throws Exception {
        send(record(), lab("LAB-2")).andExpect(status().isForbidden());
        send(record(), DoseRecords.operator()).andExpect(status().isCreated());
        assertThat(jdbc.sql("select count(*) from dosimetry.submission where originator like '%LAB-2'")
                .query(Long.class).single()).isZero();
        assertThat(recordsOfTheWorker()).isOne();
    }

    @Test
    void anEmployerMayNotSendDoseRecords() throws Exception {
        String siren = site.company.siren;
        send(record(), org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors
                .jwt().authorities(new org.springframework.security.core.authority.SimpleGrantedAuthority("ROLE_EMPLOYER"))
                .jwt(j -> j.subject("employer").claim("actor_kind", "EMPLOYER").claim("siren", siren)))
                .andExpect(status().isForbidden());
    }
}
