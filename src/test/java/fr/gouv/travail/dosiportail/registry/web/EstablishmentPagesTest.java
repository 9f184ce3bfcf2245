package fr.gouv.travail.dosiportail.registry.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import fr.gouv.travail.dosiportail.registry.Outcome;
import fr.gouv.travail.dosiportail.registry.Receipt;
import fr.gouv.travail.dosiportail.registry.RegistryFixtures;
import fr.gouv.travail.dosiportail.registry.TestIds;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

class EstablishmentPagesTest extends PageTestSupport {

    private static MockHttpServletRequestBuilder establishmentForm(String siret) {
        return post("/employeur/etablissements/nouveau").with(csrf())
                .param("siret", siret.length() == 14 ? siret.substring(0, 9) + " " + siret.substring(9) : siret).param("companyName", "Centre hospitalier")
                .param("name", "Site Nord").param("addressLine", "1 rue de la Paix").param("postalCode", "75002")
                .param("city", "Paris").param("cityInseeCode", "75102").param("nafCode", "86.10Z")
                .param("activityDomain", "MED").param("headLastName", "Martin").param("headFirstName", "Claire")
                .param("headEmail", "direction@example.fr");
    }

    @Test
    void declaresAnEstablishmentAndShowsItsReceiptAfterTheRedirect() throws Exception {
        var company = given().aCompany();
        String siret = TestIds.siret(company.siren, TestIds.next());

        MvcResult result = mvc.perform(establishmentForm(siret).with(as(company.employer)))
                .andExpect(status().is3xxRedirection()).andExpect(flash().attributeExists("issuedReceipts")).andReturn();

        UUID id = jdbc.sql("select id from registry.establishment where siret = ?").param(siret).query(UUID.class).single();
        assertThat(result.getResponse().getRedirectedUrl()).isEqualTo("/employeur/etablissements/" + id);
        @SuppressWarnings("unchecked")
        List<Receipt> receipts = (List<Receipt>) result.getFlashMap().get("issuedReceipts");
        assertThat(receipts).singleElement().satisfies(r -> {
            assertThat(r.outcome()).isEqualTo(Outcome.CREATED);
            assertThat(r.number()).startsWith("R-");
        });
        String page = mvc.perform(get("/employeur/etablissements/" + id).with(as(company.employer))
                        .flashAttrs(result.getFlashMap()))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(page).contains("Déclaration enregistrée", receipts.get(0).number(), "Site Nord",
                "Aucun médecin du travail n’est désigné");
    }

    @Test
    void keepsWhatWasTypedAndShowsTheFieldErrorWhenTheSiretIsMalformed() throws Exception {
        var company = given().aCompany();
        String page = mvc.perform(establishmentForm("1234").param("headEmail", "pas-une-adresse")
                        .with(as(company.employer)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();

        assertThat(page).contains("<title>Erreur – Déclarer un établissement", "Le formulaire contient des erreurs",
                "href=\"#siret\"", "fr-input-group--error", "id=\"siret-erreur\"", "aria-describedby=\"siret-erreur\"",
                "Le SIRET comporte 14 chiffres.", "Indiquez une adresse électronique valide",
                "value=\"Site Nord\"", "value=\"1234\"");
        assertThat(count("select count(*) from registry.establishment e join registry.company c on c.id = e.company_id where c.siren = ?",
                company.siren)).isZero();
    }

    @Test
    void refusesOnTheFormASiretOfAnotherCompanyAndWritesNothing() throws Exception {
        var mine = given().aCompany();
        var other = given().aCompany();
        String siret = TestIds.siret(other.siren, TestIds.next());

        String page = mvc.perform(establishmentForm(siret).with(as(mine.employer)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();

        assertThat(page).contains("Vous ne pouvez déclarer que pour les établissements de votre entreprise.", "id=\"siret-erreur\"");
        assertThat(count("select count(*) from registry.establishment where siret = ?", siret)).isZero();
    }

    @Test
    void answersNotFoundForAnotherCompanysEstablishment() throws Exception {
        var other = given().aCompany().anEstablishment().declare();
        UUID id = other.receipt.subjectId();
        var mine = given().aCompany();

        mvc.perform(get("/employeur/etablissements/" + id).with(as(mine.employer))).andExpect(status().isNotFound());
        mvc.perform(get("/employeur/etablissements/" + id + "/designations/nouvelle").with(as(mine.employer)))
                .andExpect(status().isNotFound());
        mvc.perform(get("/employeur/etablissements/pas-un-uuid").with(as(mine.employer))).andExpect(status().isNotFound());
    }

    @Test
    void refusesEveryEmployerPageToAWorker() throws Exception {
        for (String path : List.of("/employeur", "/employeur/etablissements", "/employeur/etablissements/nouveau",
                "/employeur/travailleurs", "/employeur/travailleurs/nouveau", "/employeur/recepisses",
                "/employeur/rapprochements")) {
            mvc.perform(get(path).with(as(worker()))).andExpect(status().isForbidden());
        }
        mvc.perform(establishmentForm(TestIds.siret(TestIds.siren(4242), 1)).with(as(worker())))
                .andExpect(status().isForbidden());
    }

    @Test
    void designatesAPhysicianThenEndsTheDesignation() throws Exception {
        var establishment = given().aCompany().anEstablishment().declare();
        UUID id = establishment.receipt.subjectId();
        var employer = establishment.company.employer;

        mvc.perform(post("/employeur/etablissements/" + id + "/designations/nouvelle").with(csrf()).with(as(employer))
                        .param("role", "OCCUPATIONAL_PHYSICIAN").param("lastName", "Durand").param("firstName", "Paul")
                        .param("rpps", "10000000017").param("validFrom", "2024-01-01"))
                .andExpect(status().is3xxRedirection()).andExpect(flash().attributeExists("issuedReceipts"));
        UUID designation = jdbc.sql("select id from registry.designation where establishment_id = ?").param(id)
                .query(UUID.class).single();

        String endPage = mvc.perform(get("/employeur/designations/" + designation + "/fin").with(as(employer)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(endPage).contains("Médecin du travail", "Paul Durand", "type=\"date\"");
        mvc.perform(post("/employeur/designations/" + designation + "/fin").with(csrf()).with(as(employer))
                        .param("endDate", "2023-12-01"))
                .andExpect(status().isOk());
        assertThat(count("select count(*) from registry.designation where id = ? and valid_to is not null", designation)).isZero();
        mvc.perform(post("/employeur/designations/" + designation + "/fin").with(csrf()).with(as(employer))
                        .param("endDate", "2025-06-30"))
                .andExpect(status().is3xxRedirection());
        assertThat(jdbc.sql("select valid_to from registry.designation where id = ?").param(designation)
                .query(LocalDate.class).single()).isEqualTo(LocalDate.of(2025, 6, 30));
    }

    @Test
    void asksForTheRppsOfAnOccupationalPhysicianOnTheFormAndWritesNothing() throws Exception {
        var establishment = given().aCompany().anEstablishment().declare();
        UUID id = establishment.receipt.subjectId();

        String page = mvc.perform(post("/employeur/etablissements/" + id + "/designations/nouvelle").with(csrf())
                        .with(as(establishment.company.employer)).param("role", "OCCUPATIONAL_PHYSICIAN")
                        .param("lastName", "Durand").param("firstName", "Paul").param("validFrom", "2024-01-01"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();

        assertThat(page).contains("Le numéro RPPS du médecin du travail est obligatoire.", "href=\"#rpps\"",
                "value=\"Durand\"");
        assertThat(count("select count(*) from registry.designation where establishment_id = ?", id)).isZero();
        mvc.perform(get("/employeur/designations/" + UUID.randomUUID() + "/fin").with(as(establishment.company.employer)))
                .andExpect(status().isNotFound());
    }

    @Test
    void showsTheDashboardWithCountsAndMissingItemsForTodayAndTheLatestReceipts() throws Exception {
        RegistryFixtures.EstablishmentBuilder establishment = given().aCompany().anEstablishment().declare();
        establishment.aWorker().classifiedA().declare();
        establishment.aWorker().declare();

        String page = mvc.perform(get("/employeur").with(as(establishment.company.employer)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();

        assertThat(page).contains("Mon établissement", "Site " + establishment.siret, "2 travailleurs en poste",
                "1 classé(s) en catégorie A", "0 classé(s) en catégorie B", "Aucun conseiller en radioprotection",
                "Derniers récépissés", "href=\"/employeur/travailleurs/nouveau\"");
        assertThat(page).doesNotContain("??");
    }

    @Test
    void letsTheOperatorActForOneCompanyGivenBySiren() throws Exception {
        var one = given().aCompany().anEstablishment().declare();
        var another = given().aCompany().anEstablishment().declare();

        String page = mvc.perform(get("/employeur/etablissements").param("siren", one.company.siren).with(as(operator())))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();

        assertThat(page).contains(one.siret, "SIREN " + one.company.siren,
                "href=\"/employeur/etablissements/nouveau?siren=" + one.company.siren + "\"").doesNotContain(another.siret);
    }
}
