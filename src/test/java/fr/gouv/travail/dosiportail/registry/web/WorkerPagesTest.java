package fr.gouv.travail.dosiportail.registry.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import fr.gouv.travail.dosiportail.registry.Receipt;
import fr.gouv.travail.dosiportail.registry.RegistryFixtures;
import fr.gouv.travail.dosiportail.core.Sex;
import fr.gouv.travail.dosiportail.registry.TestIds;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

class WorkerPagesTest extends PageTestSupport {

    /** The worker form as an HR clerk fills it (NIR typed with spaces). */
    private static MockHttpServletRequestBuilder workerForm(String siret, String nir) {
        String spaced = nir.length() == 15 ? nir.charAt(0) + " " + nir.substring(1, 3) + " " + nir.substring(3, 5) + " "
                + nir.substring(5, 7) + " " + nir.substring(7, 10) + " " + nir.substring(10, 13) + " " + nir.substring(13) : nir;
        return post("/employeur/travailleurs/nouveau").with(csrf()).param("siret", siret).param("nir", spaced)
                .param("birthName", "Lefèvre").param("firstNames", "Anne Sophie").param("sex", "F")
                .param("birthDate", "1985-04-12").param("birthPlaceCode", "75056").param("contractType", "CDD")
                .param("workingTimeRatio", "80").param("startDate", "2024-03-01").param("classification", "A")
                .param("sectorCode", "MED_CARDIO_INTERV").param("occupationCode", "CARDIO_INTERV")
                .param("monitoringTypes", "EXTERNAL_WHOLE_BODY", "EXTREMITIES");
    }

    @Test
    void declaresIdentityContractAndFirstProfileInOneFormAndShowsTheThreeReceipts() throws Exception {
        var establishment = given().aCompany().anEstablishment().declare();
        String nir = TestIds.nir(Sex.F, 1985, 4, TestIds.next());

        MvcResult result = mvc.perform(workerForm(establishment.siret, nir).with(as(establishment.company.employer)))
                .andExpect(status().is3xxRedirection()).andExpect(flash().attributeExists("issuedReceipts")).andReturn();

        UUID worker = jdbc.sql("select id from registry.worker where nir = ?").param(nir).query(UUID.class).single();
        assertThat(result.getResponse().getRedirectedUrl()).isEqualTo("/employeur/travailleurs/" + worker);
        assertThat(count("""
                select count(*) from registry.exposure_profile p join registry.employment m on m.id = p.employment_id
                where m.worker_id = ? and p.classification = 'A' and m.contract_type = 'CDD'
                  and p.valid_from = date '2024-03-01' and cardinality(p.monitoring_types) = 2""", worker)).isEqualTo(1);
        @SuppressWarnings("unchecked")
        List<Receipt> receipts = (List<Receipt>) result.getFlashMap().get("issuedReceipts");
        assertThat(receipts).extracting(Receipt::subject).containsExactly("WORKER", "EMPLOYMENT", "EXPOSURE_PROFILE");

        String page = mvc.perform(get("/employeur/travailleurs/" + worker).with(as(establishment.company.employer))
                        .flashAttrs(result.getFlashMap()))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(page).contains("Déclaration enregistrée", receipts.get(2).number(), "Lefèvre", "CDD",
                "Cardiologie interventionnelle", "Dosimétrie externe corps entier", "2 85 04 •• ••• ••• ••")
                .doesNotContain(nir, nir.substring(5, 13));
    }

    @Test
    void showsTheNirErrorKeepsTheTypedValuesAndWritesNothing() throws Exception {
        var establishment = given().aCompany().anEstablishment().declare();
        String nir = TestIds.nir(Sex.F, 1985, 4, TestIds.next());
        String wrongKey = nir.substring(0, 13) + (nir.endsWith("01") ? "02" : "01");

        String page = mvc.perform(workerForm(establishment.siret, wrongKey).with(as(establishment.company.employer)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();

        assertThat(page).contains("Le formulaire contient des erreurs", "href=\"#nir\"", "id=\"nir-erreur\"",
                "value=\"Anne Sophie\"", "value=\"" + wrongKey + "\"");
        assertThat(count("select count(*) from registry.worker where nir = ?", wrongKey)).isZero();
    }

    @Test
    void writesNeitherWorkerNorEmploymentWhenTheProfileIsRefused() throws Exception {
        var establishment = given().aCompany().anEstablishment().declare();
        String nir = TestIds.nir(Sex.F, 1985, 4, TestIds.next());

        String page = mvc.perform(workerForm(establishment.siret, nir).param("sectorCode", "NO_SUCH_SECTOR")
                        .with(as(establishment.company.employer)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();

        assertThat(page).contains("Ce secteur n’existe pas dans la nomenclature.", "href=\"#sectorCode\"");
        assertThat(count("select count(*) from registry.worker where nir = ?", nir)).isZero();
        assertThat(count("select count(*) from registry.declaration_receipt r join registry.company c on c.id = r.company_id "
                + "where c.siren = ? and r.subject <> 'ESTABLISHMENT'", establishment.company.siren)).isZero();
    }

    @Test
    void reportsMissingChoicesInFrench() throws Exception {
        var establishment = given().aCompany().anEstablishment().declare();
        String page = mvc.perform(post("/employeur/travailleurs/nouveau").with(csrf()).with(as(establishment.company.employer))
                        .param("siret", establishment.siret).param("birthDate", "pas une date"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(page).contains("Ce champ est obligatoire.", "Choisissez une option.", "Indiquez une date valide.",
                "href=\"#sex\"", "href=\"#classification\"").doesNotContain("{registry.");
    }

    @Test
    void answersNotFoundForAnotherCompanysWorkerAndEmployment() throws Exception {
        var theirs = given().aCompany().anEstablishment().declare().aWorker().declare();
        UUID worker = jdbc.sql("select id from registry.worker where nir = ?").param(theirs.nir).query(UUID.class).single();
        var mine = given().aCompany().anEstablishment().declare();
        var me = mine.company.employer;

        mvc.perform(get("/employeur/travailleurs/" + worker).with(as(me))).andExpect(status().isNotFound());
        mvc.perform(get("/employeur/emplois/" + theirs.employmentId + "/fin").with(as(me))).andExpect(status().isNotFound());
        mvc.perform(post("/employeur/emplois/" + theirs.employmentId + "/fin").with(csrf()).with(as(me))
                .param("endDate", "2025-01-31")).andExpect(status().isNotFound());
        mvc.perform(post("/employeur/emplois/" + theirs.employmentId + "/profils/nouveau").with(csrf()).with(as(me))
                .param("validFrom", "2025-01-01").param("classification", "B")).andExpect(status().isNotFound());
        assertThat(count("select count(*) from registry.employment where id = ? and end_date is not null", theirs.employmentId)).isZero();
    }

    @Test
    void endsAnEmploymentWithADateAndAReasonOrShowsWhyNot() throws Exception {
        var worker = given().aCompany().anEstablishment().declare().aWorker().classifiedA().declare();
        var employer = worker.employer();

        String form = mvc.perform(get("/employeur/emplois/" + worker.employmentId + "/fin").with(as(employer)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(form).contains("Fin de l’emploi", "type=\"date\"", "Dupont Jeanne Marie");
        String refused = mvc.perform(post("/employeur/emplois/" + worker.employmentId + "/fin").with(csrf()).with(as(employer))
                        .param("endDate", "2023-01-01").param("reason", "Fin de CDD"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(refused).contains("La date de fin précède la date de début.", "value=\"Fin de CDD\"");
        assertThat(count("select count(*) from registry.employment where id = ? and end_date is not null", worker.employmentId)).isZero();

        mvc.perform(post("/employeur/emplois/" + worker.employmentId + "/fin").with(csrf()).with(as(employer))
                        .param("endDate", "2025-01-31").param("reason", "Fin de CDD"))
                .andExpect(status().is3xxRedirection()).andExpect(flash().attributeExists("issuedReceipts"));
        assertThat(jdbc.sql("select end_date from registry.employment where id = ?").param(worker.employmentId)
                .query(LocalDate.class).single()).isEqualTo(LocalDate.of(2025, 1, 31));
    }

    @Test
    void reclassifiesFromADateOrShowsWhyNot() throws Exception {
        var worker = given().aCompany().anEstablishment().declare().aWorker().classifiedA().declare();
        var employer = worker.employer();
        String path = "/employeur/emplois/" + worker.employmentId + "/profils/nouveau";

        mvc.perform(get(path).with(as(employer))).andExpect(status().isOk());
        String refused = mvc.perform(post(path).with(csrf()).with(as(employer)).param("validFrom", "2020-01-01")
                        .param("classification", "B"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(refused).contains("Le profil doit commencer pendant l’emploi.", "href=\"#validFrom\"");
        assertThat(count("select count(*) from registry.exposure_profile where employment_id = ?", worker.employmentId)).isEqualTo(1);

        mvc.perform(post(path).with(csrf()).with(as(employer)).param("validFrom", "2025-01-01").param("classification", "B")
                        .param("sectorCode", "MED_CARDIO_INTERV").param("occupationCode", "CARDIO_INTERV")
                        .param("monitoringTypes", "EXTERNAL_WHOLE_BODY"))
                .andExpect(status().is3xxRedirection());
        assertThat(count("select count(*) from registry.exposure_profile where employment_id = ? and classification = 'B'",
                worker.employmentId)).isEqualTo(1);
    }

    @Test
    void pagesTheWorkersTwentyAtATimeAndFiltersThem() throws Exception {
        RegistryFixtures.EstablishmentBuilder establishment = given().aCompany().anEstablishment().declare();
        for (int i = 0; i < 21; i++) {
            establishment.aWorker().named("Nom" + (char) ('a' + i), "Prénom").declare();
        }
        establishment.aWorker().named("Zola", "Émile").classifiedA().declare();
        var employer = establishment.company.employer;

        String first = mvc.perform(get("/employeur/travailleurs").with(as(employer)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(first).contains("22 emplois", "fr-pagination", "aria-current=\"page\"",
                "href=\"/employeur/travailleurs?page=2\"").doesNotContain("Zola");
        String second = mvc.perform(get("/employeur/travailleurs").param("page", "2").with(as(employer)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(second).contains("Zola", "Nomu");
        String filtered = mvc.perform(get("/employeur/travailleurs").param("classification", "A").param("name", "zo")
                        .param("activeAt", "2025-01-01").with(as(employer)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(filtered).contains("1 emploi", "Zola").doesNotContain("Noma", "fr-pagination__list");
    }

    @Test
    void listsReceiptsShowsOneAndHidesAnotherCompanysReceipt() throws Exception {
        var mine = given().aCompany().anEstablishment().declare();
        var theirs = given().aCompany().anEstablishment().declare();

        String list = mvc.perform(get("/employeur/recepisses").with(as(mine.company.employer)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(list).contains(mine.receipt.number()).doesNotContain(theirs.receipt.number());
        String detail = mvc.perform(get("/employeur/recepisses/" + mine.receipt.number()).with(as(mine.company.employer)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(detail).contains("Récépissé n° " + mine.receipt.number(), "Établissement", "créé",
                "Aucun médecin du travail n’est désigné à ce jour");
        mvc.perform(get("/employeur/recepisses/" + theirs.receipt.number()).with(as(mine.company.employer)))
                .andExpect(status().isNotFound());
    }

    @Test
    void showsTheIdentityDiscrepanciesOfTheCompanyWithTheirDifferences() throws Exception {
        var first = given().aCompany().anEstablishment().declare().aWorker().declare();
        var second = given().aCompany().anEstablishment().declare();
        second.aWorker().withNir(first.nir).named("Durand", "Jeanne Marie").declare();

        String page = mvc.perform(get("/employeur/rapprochements").with(as(second.company.employer)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(page).contains("Rapprochements d’identité", "Nom de naissance", "Dupont", "Durand", second.siret)
                .doesNotContain(first.nir);
        String theirs = mvc.perform(get("/employeur/rapprochements").with(as(first.employer())))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(theirs).contains("Aucune identité en attente de vérification.");
    }
}
