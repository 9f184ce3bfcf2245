package fr.gouv.travail.dosiportail.registry;

import fr.gouv.travail.dosiportail.core.Sex;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

@SpringBootTest
@AutoConfigureMockMvc
@ActiveProfiles("test")
class BulkDeclarationTest {

    static final String HEADER = "siret;nir;nom_naissance;nom_usage;prenoms;sexe;date_naissance;lieu_naissance;"
            + "type_contrat;quotite;date_debut;date_fin;classement;groupe_urgence;radon;rayonnement_cosmique;secteur;metier;types_suivi\n";
    @Autowired
    MockMvc mvc;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    RegistryDeclarations declarations;
    RegistryFixtures.EstablishmentBuilder site;

    @BeforeEach
    void anEstablishment() {
        site = new RegistryFixtures(declarations).aCompany().anEstablishment().declare();
    }

    String line(String nir, String name) {
        return site.siret + ";" + nir + ";" + name + ";;Jeanne;F;12/04/1985;75056;CDI;100;2024-01-01;;A;;non;non;"
                + "MED_CARDIO_INTERV;CARDIO_INTERV;EXTERNE|EXTREMITES\n";
    }

    String nir() {
        return TestIds.nir(Sex.F, 1985, 4, TestIds.next());
    }

    ResultActions send(byte[] body, String mode) throws Exception {
        return mvc.perform(post("/api/v1/workers/bulk").param("mode", mode).contentType("text/csv").content(body)
                .with(RegistryApiTest.employer(site.company.siren)));
    }

    int workersOfSite() {
        return jdbc.sql("""
                        select count(*) from registry.employment m join registry.establishment e on e.id = m.establishment_id
                        where e.siret = ?""").param(site.siret).query(Integer.class).single();
    }

    @Test
    void aGoodFileIsCommittedAndADuplicateLineIsUnchanged() throws Exception {
        String a = nir();
        String csv = HEADER + line(a, "Dupont") + line(nir(), "Durand") + line(a, "Dupont");
        send(csv.getBytes(StandardCharsets.UTF_8), "all-or-nothing").andExpect(status().isOk())
                .andExpect(jsonPath("$.accepted").value(2)).andExpect(jsonPath("$.unchanged").value(1))
                .andExpect(jsonPath("$.rejected").value(0)).andExpect(jsonPath("$.committed").value(true))
                .andExpect(jsonPath("$.receiptNumber").isNotEmpty());
        assertThat(workersOfSite()).isEqualTo(2);
        assertThat(jdbc.sql("select count(*) from registry.exposure_profile p join registry.employment m on m.id = p.employment_id"
                + " join registry.establishment e on e.id = m.establishment_id where e.siret = ? and cardinality(p.monitoring_types) = 2")
                .param(site.siret).query(Integer.class).single()).isEqualTo(2);
    }

    @Test
    void aBadLineCommitsNothingAndNamesTheLines() throws Exception {
        String csv = HEADER + line(nir(), "Dupont") + line("123", "Durand") + line(nir(), "Martin").replace(";CDI;", ";CDX;");
        send(csv.getBytes(StandardCharsets.UTF_8), "all-or-nothing")
                .andExpect(jsonPath("$.accepted").value(1)).andExpect(jsonPath("$.rejected").value(2))
                .andExpect(jsonPath("$.committed").value(false))
                .andExpect(jsonPath("$.errors[0].line").value(3)).andExpect(jsonPath("$.errors[0].field").value("nir"))
                .andExpect(jsonPath("$.errors[?(@.line == 4)].code").value(org.hamcrest.Matchers.contains("UNKNOWN_CONTRACT_TYPE")))
                .andExpect(jsonPath("$.totalErrors").value(org.hamcrest.Matchers.greaterThanOrEqualTo(2)));
        assertThat(workersOfSite()).isZero();
    }

    @Test
    void keepValidModeCommitsTheGoodLines() throws Exception {
        String csv = HEADER + line(nir(), "Dupont") + line("123", "Durand") + line(nir(), "Martin");
        send(csv.getBytes(StandardCharsets.UTF_8), "keep-valid")
                .andExpect(jsonPath("$.accepted").value(2)).andExpect(jsonPath("$.rejected").value(1))
                .andExpect(jsonPath("$.committed").value(true));
        assertThat(workersOfSite()).isEqualTo(2);
    }

    @Test
    void aBomCrlfCommaAndQuotedAccentsAreRead() throws Exception {
        String n = nir();
        String csv = "\uFEFF" + HEADER.replace(';', ',').replace("\n", "\r\n")
                + site.siret + "," + n + ",\"Lefèvre, née Éçà\",,\"Anne-Sophie d’Arc\",2,1985-04-12,75056,CDI,\"80,5\","
                + "01/01/2024,,B,,oui,non,,,\r\n";
        var file = new MockMultipartFile("file", "travailleurs.csv", "text/csv", csv.getBytes(StandardCharsets.UTF_8));
        mvc.perform(multipart("/api/v1/workers/bulk").file(file).with(RegistryApiTest.employer(site.company.siren)))
                .andExpect(status().isOk()).andExpect(jsonPath("$.accepted").value(1))
                .andExpect(jsonPath("$.rejected").value(0));
        assertThat(jdbc.sql("select birth_name || '/' || first_names from registry.worker where nir = ?").param(n)
                .query(String.class).single()).isEqualTo("Lefèvre, née Éçà/Anne-Sophie d’Arc");
    }

    @Test
    void aLatin1FileIsRefusedWithAClearMessage() throws Exception {
        String csv = HEADER + line(nir(), "Lefèvre");
        send(csv.getBytes(Charset.forName("windows-1252")), "all-or-nothing").andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.type").value("https://dosiportail.travail.gouv.fr/problemes/encodage"))
                .andExpect(jsonPath("$.detail").value(org.hamcrest.Matchers.containsString("UTF-8")));
        assertThat(workersOfSite()).isZero();
    }

    @Test
    void aHeaderOnlyFileAcceptsNothing() throws Exception {
        send(HEADER.getBytes(StandardCharsets.UTF_8), "all-or-nothing").andExpect(status().isOk())
                .andExpect(jsonPath("$.accepted").value(0)).andExpect(jsonPath("$.rejected").value(0));
    }

    @Test
    void aTabSeparatedExportIsReadLikeTheSemicolonOne() throws Exception {
        String csv = (HEADER + line(nir(), "Tabulé")).replace(';', '\t');
        send(csv.getBytes(StandardCharsets.UTF_8), "all-or-nothing").andExpect(status().isOk())
                .andExpect(jsonPath("$.accepted").value(1));
    }

    @Test
    void anUnknownSeparatorIsNamedInsteadOfListingEveryColumnAsMissing() throws Exception {
        String csv = (HEADER + line(nir(), "Pipe")).replace(';', '|');
        send(csv.getBytes(StandardCharsets.UTF_8), "all-or-nothing").andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.type").value("https://dosiportail.travail.gouv.fr/problemes/separateur"));
        assertThat(workersOfSite()).isZero();
    }

    @Test
    void anEmptyBodyIsAProblem() throws Exception {
        send(new byte[0], "all-or-nothing").andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.type").value("https://dosiportail.travail.gouv.fr/problemes/fichier-vide"));
    }

    @Test
    void theDocumentedExampleFileIsAccepted() throws Exception {
        var employer = RegistryFixtures.employerOf("732829320");
        declarations.declareEstablishment(employer, new EstablishmentDeclaration("73282932000074", "Exemple SA",
                "Site exemple", "1 rue de la Paix", "75002", "Paris", null, "86.10Z", "MED", false, "Martin", "Claire",
                null));
        byte[] example = java.nio.file.Files.readAllBytes(java.nio.file.Path.of("docs/formats/examples/travailleurs.csv"));
        mvc.perform(post("/api/v1/workers/bulk").contentType("text/csv").content(example)
                        .with(RegistryApiTest.employer("732829320")))
                .andExpect(jsonPath("$.accepted").value(3)).andExpect(jsonPath("$.rejected").value(0));
    }
}
