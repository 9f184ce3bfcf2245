package fr.gouv.travail.dosiportail.dosimetry;

import static fr.gouv.travail.dosiportail.dosimetry.RevisionTest.FIXTURE_RPPS;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import fr.gouv.travail.dosiportail.core.Rpps;
import fr.gouv.travail.dosiportail.identity.Actor;
import fr.gouv.travail.dosiportail.identity.ActorKind;
import fr.gouv.travail.dosiportail.registry.RegistryDeclarations;
import fr.gouv.travail.dosiportail.registry.RegistryFixtures;
import java.time.LocalDate;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.authentication.TestingAuthenticationToken;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/** The MDT's entry and correction forms: a dose entered with a decimal comma, errors in French next to the fields. */
@SpringBootTest
@AutoConfigureMockMvc
@ActiveProfiles("test")
class PhysicianDosePagesTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    RegistryDeclarations declarations;

    RegistryFixtures.WorkerBuilder patient;
    String workerKey;

    @BeforeEach
    void aFollowedWorker() {
        var site = new RegistryFixtures(declarations).aCompany().anEstablishment().declare();
        site.designatePhysician(LocalDate.of(2024, 1, 1));
        patient = site.aWorker().named("Dupont", "Jeanne").classifiedA().declare();
        workerKey = patient.employmentId.toString();
    }

    static RequestPostProcessor physician() {
        Actor actor = new Actor(ActorKind.OCCUPATIONAL_PHYSICIAN, "mdt-page", "Dr Durand", Optional.empty(),
                Optional.of(new Rpps(FIXTURE_RPPS)), Optional.empty(), Optional.empty());
        return authentication(new TestingAuthenticationToken(actor, null, "ROLE_OCCUPATIONAL_PHYSICIAN"));
    }

    @Test
    void theMdtEntersAnInternalDoseWithADecimalCommaAndGetsAReceipt() throws Exception {
        String form = mvc.perform(get("/medecin/doses/saisie").with(physician())).andReturn().getResponse()
                .getContentAsString();
        assertThat(form).contains("Saisir une dose").contains(patient.birthName);
        var answer = mvc.perform(post("/medecin/doses/saisie").with(physician()).with(csrf()).param("worker", workerKey)
                .param("kind", "INTERNAL_COMMITTED_BY_MDT").param("quantity", "E50").param("periodStart", "2025-01-01")
                .param("periodEnd", "2025-01-31").param("valueMsv", "0,25").param("dosimeterId", "Analyse 2025-17"))
                .andReturn().getResponse();
        assertThat(answer.getContentAsString()).contains("Récépissé n° DOS-");
        assertThat(jdbc.sql("select value_msv::text from dosimetry.dose_record where originator_id = ? and channel = 'FORM'")
                .param(FIXTURE_RPPS).query(String.class).single()).isEqualTo("0.250");
    }

    @Test
    void wrongValuesAreListedInTheErrorSummaryAndBesideTheirFields() throws Exception {
        String page = mvc.perform(post("/medecin/doses/saisie").with(physician()).with(csrf()).param("worker", "x")
                .param("kind", "INTERNAL_COMMITTED_BY_MDT").param("quantity", "E50").param("periodStart", "2025-01-01")
                .param("periodEnd", "2099-01-31").param("valueMsv", "abc").param("dosimeterId", "A"))
                .andReturn().getResponse().getContentAsString();
        assertThat(page).contains("resume-erreurs").contains("Choisissez un travailleur que vous suivez.")
                .contains("Indiquez la dose en mSv").contains("worker-erreur").contains("valueMsv-erreur");
    }

    @Test
    void theMdtCorrectsItsEntryWithAReasonAndAnUnknownRecordIsNotFound() throws Exception {
        mvc.perform(post("/medecin/doses/saisie").with(physician()).with(csrf()).param("worker", workerKey)
                .param("kind", "MDT_NON_ACCREDITED_SOURCE").param("quantity", "HP10").param("periodStart", "2025-02-01")
                .param("periodEnd", "2025-02-28").param("valueMsv", "1,5").param("dosimeterId", "Suisse")
                .param("sourceNote", "Dosimétrie suisse, rapport n° 17"));
        UUID id = jdbc.sql("select id from dosimetry.dose_record where originator_id = ? and dosimeter_id = 'Suisse'")
                .param(FIXTURE_RPPS).query(UUID.class).single();
        String noReason = mvc.perform(post("/medecin/doses/" + id + "/correction").with(physician()).with(csrf())
                .param("valueMsv", "1,2").param("action", "correct")).andReturn().getResponse().getContentAsString();
        assertThat(noReason).contains("reason-erreur");
        String done = mvc.perform(post("/medecin/doses/" + id + "/correction").with(physician()).with(csrf())
                .param("valueMsv", "1,2").param("reason", "Dose reconstituée revue").param("action", "correct"))
                .andReturn().getResponse().getContentAsString();
        assertThat(done).contains("Correction enregistrée (version 2)");
        assertThat(mvc.perform(get("/medecin/doses/" + UUID.randomUUID() + "/correction").with(physician()))
                .andReturn().getResponse().getStatus()).isEqualTo(404);
    }

    @Test
    void theFormProposesAnIdentifierAndAsksForASourceNoteApartFromIt() throws Exception {
        String form = mvc.perform(get("/medecin/doses/saisie").with(physician())).andReturn().getResponse()
                .getContentAsString();
        String prefix = "value=\"MDT-" + LocalDate.now(java.time.ZoneId.of("Europe/Paris")) + "-";
        assertThat(form).contains(prefix).contains("Note de provenance").contains("name=\"sourceNote\"");
        int n = proposedNumber(form, prefix);
        String refused = mvc.perform(post("/medecin/doses/saisie").with(physician()).with(csrf()).param("worker", workerKey)
                .param("kind", "MDT_NON_ACCREDITED_SOURCE").param("quantity", "HP10").param("periodStart", "2025-03-01")
                .param("periodEnd", "2025-03-31").param("valueMsv", "0,4").param("dosimeterId", "MDT-X-1")
                .param("sourceNote", "  ")).andReturn().getResponse().getContentAsString();
        assertThat(refused).contains("sourceNote-erreur").contains("href=\"#sourceNote\"")
                .contains("Indiquez la provenance de ce résultat");
        String done = mvc.perform(post("/medecin/doses/saisie").with(physician()).with(csrf()).param("worker", workerKey)
                .param("kind", "MDT_NON_ACCREDITED_SOURCE").param("quantity", "HP10").param("periodStart", "2025-03-01")
                .param("periodEnd", "2025-03-31").param("valueMsv", "0,4").param("dosimeterId", "MDT-X-1")
                .param("sourceNote", "Dosimétrie belge, rapport n° 2025-114")).andReturn().getResponse()
                .getContentAsString();
        UUID id = jdbc.sql("select id from dosimetry.dose_record where originator_id = ? and dosimeter_id = 'MDT-X-1'"
                + " and source_note = 'Dosimétrie belge, rapport n° 2025-114'").param(FIXTURE_RPPS).query(UUID.class)
                .single();
        assertThat(done).contains("/medecin/doses/" + id + "/correction");
        assertThat(mvc.perform(get("/medecin/doses/" + id + "/correction").with(physician())).andReturn().getResponse()
                .getContentAsString()).contains("Dosimétrie belge, rapport n° 2025-114</textarea>");
        assertThat(proposedNumber(mvc.perform(get("/medecin/doses/saisie").with(physician())).andReturn()
                .getResponse().getContentAsString(), prefix)).as("the next proposed identifier").isEqualTo(n + 1);
    }

    private static int proposedNumber(String page, String prefix) {
        int at = page.indexOf(prefix) + prefix.length();
        return Integer.parseInt(page.substring(at, page.indexOf('"', at)));
    }
}
