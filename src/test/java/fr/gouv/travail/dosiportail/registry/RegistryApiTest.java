package fr.gouv.travail.dosiportail.registry;

import fr.gouv.travail.dosiportail.core.Sex;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.jwt;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.JwtRequestPostProcessor;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.MockMvc;

@SpringBootTest
@AutoConfigureMockMvc
@ActiveProfiles("test")
class RegistryApiTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    RegistryDeclarations declarations;
    RegistryFixtures given;

    @BeforeEach
    void fixtures() {
        given = new RegistryFixtures(declarations);
    }

    static JwtRequestPostProcessor employer(String siren) {
        return jwt().authorities(new SimpleGrantedAuthority("ROLE_EMPLOYER"))
                .jwt(j -> j.subject("employer-" + siren).claim("actor_kind", "EMPLOYER").claim("siren", siren));
    }

    static String establishmentJson(String siret) {
        return """
                {"siret":"%s","companyName":"Clinique du Parc","name":"Site Nord","addressLine":"1 rue de la Paix",
                 "postalCode":"75002","city":"Paris","nafCode":"86.10Z","activityDomain":"MED","defence":false,
                 "headLastName":"Martin","headFirstName":"Claire"}""".formatted(siret);
    }

    @Test
    void declaringTheSameEstablishmentTwiceAnswersUnchangedAndWritesNothingMore() throws Exception {
        String siren = TestIds.siren(TestIds.next());
        String siret = TestIds.siret(siren, 1);
        String first = mvc.perform(post("/api/v1/establishments").with(employer(siren))
                        .contentType(MediaType.APPLICATION_JSON).content(establishmentJson(siret)))
                .andExpect(status().isCreated()).andExpect(jsonPath("$.outcome").value("CREATED"))
                .andExpect(jsonPath("$.number").value(Matchers.matchesPattern("R-\\d{4}-\\d{8}")))
                .andExpect(jsonPath("$.missing[*].code").value(Matchers.hasItems("NO_OCCUPATIONAL_PHYSICIAN",
                        "HEAD_OF_ESTABLISHMENT_EMAIL_MISSING")))
                .andReturn().getResponse().getContentAsString();
        int receipts = count("select count(*) from registry.declaration_receipt");
        int history = count("select count(*) from registry.row_history");
        mvc.perform(post("/api/v1/establishments").with(employer(siren))
                        .contentType(MediaType.APPLICATION_JSON).content(establishmentJson(siret)))
                .andExpect(status().isOk()).andExpect(jsonPath("$.outcome").value("UNCHANGED"))
                .andExpect(jsonPath("$.number").value(first.replaceAll(".*\"number\":\"([^\"]+)\".*", "$1")));
        assertThat(count("select count(*) from registry.establishment where siret = '" + siret + "'")).isEqualTo(1);
        assertThat(count("select count(*) from registry.declaration_receipt")).isEqualTo(receipts);
        assertThat(count("select count(*) from registry.row_history")).isEqualTo(history);
    }

    @Test
    void onePersonDeclaredByTwoEmployersIsOneWorker() {
        var hospital = given.aCompany().anEstablishment().declare();
        var clinic = given.aCompany().anEstablishment().declare();
        var w = hospital.aWorker().classifiedA().declare();
        clinic.aWorker().withNir(w.nir).declare();
        assertThat(count("select count(*) from registry.worker where nir = '" + w.nir + "'")).isEqualTo(1);
        assertThat(count("select count(*) from registry.employment m join registry.worker w on w.id = m.worker_id where w.nir = '"
                + w.nir + "'")).isEqualTo(2);
    }

    @Test
    void aDifferentIdentityForAKnownNirIsKeptForReconciliationAndTheWorkerIsUnchanged() throws Exception {
        var first = given.aCompany().anEstablishment().declare();
        var w = first.aWorker().named("Lefèvre", "Anne-Sophie").declare();
        var other = given.aCompany().anEstablishment().declare();
        // Case, accents and hyphens do not count as differences.
        Receipt same = declarations.declareWorker(other.company.employer, new WorkerDeclaration(other.siret, w.nir,
                "LEFEVRE", null, "anne sophie", Sex.F, w.birthDate, "75056"));
        assertThat(same.missing()).extracting(MissingItem::code).doesNotContain("IDENTITY_DISCREPANCY_PENDING");
        Receipt differs = declarations.declareWorker(other.company.employer, new WorkerDeclaration(other.siret, w.nir,
                "Martin", null, "Anne-Sophie", Sex.F, w.birthDate.plusDays(1), "75056"));
        assertThat(differs.missing()).extracting(MissingItem::code).contains("IDENTITY_DISCREPANCY_PENDING");
        assertThat(jdbc.sql("select birth_name from registry.worker where nir = ?").param(w.nir).query(String.class).single())
                .isEqualTo("Lefèvre");
        mvc.perform(get("/api/v1/reconciliation").with(employer(other.company.siren)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$[0].differences.birthName.registered").value("Lefèvre"))
                .andExpect(jsonPath("$[0].differences.birthName.declared").value("Martin"))
                .andExpect(jsonPath("$[0].differences.birthDate").exists())
                .andExpect(jsonPath("$[0].differences.firstNames").doesNotExist())
                .andExpect(content().string(Matchers.not(Matchers.containsString(w.nir))));
        mvc.perform(get("/api/v1/reconciliation").with(employer(first.company.siren)))
                .andExpect(jsonPath("$.length()").value(0));
    }

    @Test
    void anEmployerCannotReadOrWriteAnotherCompanysData() throws Exception {
        var x = given.aCompany().anEstablishment().declare();
        var y = given.aCompany().anEstablishment().declare();
        var yWorker = y.aWorker().declare();
        String workerId = jdbc.sql("select id::text from registry.worker where nir = ?").param(yWorker.nir)
                .query(String.class).single();
        mvc.perform(get("/api/v1/workers/" + workerId).with(employer(x.company.siren)))
                .andExpect(status().isNotFound())
                .andExpect(content().contentType(MediaType.APPLICATION_PROBLEM_JSON));
        mvc.perform(get("/api/v1/workers/" + workerId).with(employer(y.company.siren))).andExpect(status().isOk())
                .andExpect(jsonPath("$.employments[0].siret").value(y.siret))
                .andExpect(jsonPath("$.birthDate").value("1985-04-12")) // a calendar day, not an instant
                .andExpect(jsonPath("$.employments[0].startDate").value("2024-01-01"));
        mvc.perform(post("/api/v1/establishments").with(employer(x.company.siren))
                        .contentType(MediaType.APPLICATION_JSON).content(establishmentJson(y.siret)))
                .andExpect(status().isForbidden())
                .andExpect(jsonPath("$.type").value("https://dosiportail.travail.gouv.fr/problemes/acces-refuse"));
        mvc.perform(post("/api/v1/employments/" + yWorker.employmentId + "/end").with(employer(x.company.siren))
                        .contentType(MediaType.APPLICATION_JSON).content("{\"endDate\":\"2025-01-31\"}"))
                .andExpect(status().isNotFound());
        mvc.perform(get("/api/v1/workers").with(employer(x.company.siren)).param("siret", y.siret))
                .andExpect(jsonPath("$.totalElements").value(0));
        mvc.perform(get("/api/v1/workers").with(employer(y.company.siren)).param("size", "501"))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("size"));
    }

    @Test
    void endingAnEmploymentKeepsTheRowAndItsPreviousState() throws Exception {
        var w = given.aCompany().anEstablishment().declare().aWorker().classifiedA().declare();
        String body = "{\"endDate\":\"2025-06-30\",\"reason\":\"Fin de mission\"}";
        mvc.perform(post("/api/v1/employments/" + w.employmentId + "/end").with(employer(w.establishment.company.siren))
                        .contentType(MediaType.APPLICATION_JSON).content(body))
                .andExpect(status().isOk()).andExpect(jsonPath("$.outcome").value("ENDED"));
        mvc.perform(post("/api/v1/employments/" + w.employmentId + "/end").with(employer(w.establishment.company.siren))
                        .contentType(MediaType.APPLICATION_JSON).content(body))
                .andExpect(jsonPath("$.outcome").value("UNCHANGED"));
        assertThat(jdbc.sql("select end_date from registry.employment where id = ?").param(w.employmentId)
                .query(LocalDate.class).single()).isEqualTo(LocalDate.of(2025, 6, 30));
        assertThat(count("select count(*) from registry.row_history where table_name = 'employment' and row_id = '"
                + w.employmentId + "'")).isEqualTo(1);
        assertThat(jdbc.sql("select valid_to from registry.exposure_profile where employment_id = ?")
                .param(w.employmentId).query(LocalDate.class).single()).isEqualTo(LocalDate.of(2025, 6, 30));
    }

    @Test
    void theReceiptListsTheMissingPhysicianUntilOneIsDesignated() {
        var site = given.aCompany().anEstablishment().declare();
        assertThat(site.receipt.missing()).extracting(MissingItem::code).contains("NO_OCCUPATIONAL_PHYSICIAN");
        Receipt designation = site.designatePhysician(LocalDate.now().minusDays(1));
        assertThat(designation.outcome()).isEqualTo(Outcome.CREATED);
        assertThat(designation.missing()).extracting(MissingItem::code).doesNotContain("NO_OCCUPATIONAL_PHYSICIAN")
                .contains("NO_RADIATION_PROTECTION_ADVISER");
        assertThat(site.designatePhysician(LocalDate.now().minusDays(1)).outcome()).isEqualTo(Outcome.UNCHANGED);
    }

    @Test
    void nomenclaturesAreServedToAnyAuthenticatedCaller() throws Exception {
        mvc.perform(get("/api/v1/nomenclatures").with(jwt().jwt(j -> j.claim("actor_kind", "WORKER"))
                        .authorities(new SimpleGrantedAuthority("ROLE_WORKER"))))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.domains[*].code").value(Matchers.hasItems("MED", "NUC", "NAT", "DEF")))
                .andExpect(jsonPath("$.occupations[*].code").value(Matchers.hasItems("MERM", "ECHAFAUDEUR", "PNC")));
    }

    int count(String sql) {
        return jdbc.sql(sql).query(Integer.class).single();
    }
}
