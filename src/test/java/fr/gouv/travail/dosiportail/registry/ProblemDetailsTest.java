package fr.gouv.travail.dosiportail.registry;

import fr.gouv.travail.dosiportail.core.Sex;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.hamcrest.Matchers;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

@SpringBootTest
@AutoConfigureMockMvc
@ActiveProfiles("test")
class ProblemDetailsTest {

    static final String TYPE = "https://dosiportail.travail.gouv.fr/problemes/";
    @Autowired
    MockMvc mvc;
    @Autowired
    RegistryDeclarations declarations;

    ResultActions postJson(String path, String siren, String body) throws Exception {
        return mvc.perform(post(path).with(RegistryApiTest.employer(siren)).contentType(MediaType.APPLICATION_JSON)
                .content(body));
    }

    @Test
    void aMalformedNirIsReportedOnItsFieldWithoutEchoingIt() throws Exception {
        String bad = "1850475056ABC12";
        postJson("/api/v1/workers", "123456782", """
                {"siret":"12345678200011","nir":"%s","birthName":"Dupont","firstNames":"Jean","sex":"M",
                 "birthDate":"1985-04-12","birthPlaceCode":"75056"}""".formatted(bad))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentType(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.type").value(TYPE + "validation"))
                .andExpect(jsonPath("$.title").value("Requête invalide"))
                .andExpect(jsonPath("$.status").value(400))
                .andExpect(jsonPath("$.errors[0].field").value("nir"))
                .andExpect(jsonPath("$.errors[0].code").value("INVALID_FORMAT"))
                .andExpect(jsonPath("$.errors[0].message").isNotEmpty())
                .andExpect(jsonPath("$.errors[0].message_en").isNotEmpty())
                .andExpect(content().string(Matchers.not(Matchers.containsString(bad))));
    }

    @Test
    void aNirWhoseKeyDoesNotMatchIsRejected() throws Exception {
        var site = new RegistryFixtures(declarations).aCompany().anEstablishment().declare();
        String nir = TestIds.nir(Sex.M, 1985, 4, 1);
        String wrongKey = nir.substring(0, 13) + (nir.endsWith("00") ? "01" : "00");
        postJson("/api/v1/workers", site.company.siren, """
                {"siret":"%s","nir":"%s","birthName":"Dupont","firstNames":"Jean","sex":"F",
                 "birthDate":"1985-04-12","birthPlaceCode":"75056"}""".formatted(site.siret, wrongKey))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[*].code").value(Matchers.hasItems("INVALID_NIR_KEY", "NIR_SEX_MISMATCH")));
    }

    @Test
    void anEndBeforeTheStartIsRejectedAndNothingIsWritten() throws Exception {
        var w = new RegistryFixtures(declarations).aCompany().anEstablishment().declare().aWorker().declare();
        postJson("/api/v1/employments/" + w.employmentId + "/end", w.establishment.company.siren,
                "{\"endDate\":\"2023-12-31\"}")
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("endDate"))
                .andExpect(jsonPath("$.errors[0].code").value("END_BEFORE_START"));
    }

    @Test
    void anUnknownContractTypeIsAWrongTypeOnItsField() throws Exception {
        postJson("/api/v1/employments", "123456782", """
                {"nir":"185047505600112","siret":"12345678200011","contractType":"CDX","workingTimeRatio":100,
                 "startDate":"2024-01-01"}""")
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("contractType"))
                .andExpect(jsonPath("$.errors[0].code").value("WRONG_TYPE"));
    }

    @Test
    void anUnknownJsonFieldSuchAsAnIdIsRefused() throws Exception {
        postJson("/api/v1/establishments", "123456782", RegistryApiTest.establishmentJson("12345678200011")
                .replace("{", "{\"id\":\"6f1c1c1e-0000-0000-0000-000000000000\","))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("id"))
                .andExpect(jsonPath("$.errors[0].code").value("UNKNOWN_PROPERTY"));
    }

    @Test
    void malformedJsonSaysWhere() throws Exception {
        postJson("/api/v1/establishments", "123456782", "{\n\"siret\": \"1234\",,\n}")
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.type").value(TYPE + "json-invalide"))
                .andExpect(jsonPath("$.detail").value(Matchers.containsString("ligne 2")));
    }

    @Test
    void aMissingBodyAndAnUnsupportedContentTypeAreProblems() throws Exception {
        mvc.perform(post("/api/v1/establishments").with(RegistryApiTest.employer("123456782"))
                        .contentType(MediaType.APPLICATION_JSON))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.type").value(TYPE + "corps-manquant"));
        mvc.perform(post("/api/v1/establishments").with(RegistryApiTest.employer("123456782"))
                        .contentType(MediaType.APPLICATION_XML).content("<a/>"))
                .andExpect(status().isUnsupportedMediaType())
                .andExpect(content().contentType(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.type").value(TYPE + "format-non-supporte"));
    }

    @Test
    void anUnknownIdIsNotFound() throws Exception {
        postJson("/api/v1/employments/6f1c1c1e-0000-0000-0000-000000000000/end", "123456782", "{\"endDate\":\"2025-01-01\"}")
                .andExpect(status().isNotFound()).andExpect(jsonPath("$.type").value(TYPE + "introuvable"));
    }

    @Test
    void aWorkerRoleMayNotDeclare() throws Exception {
        mvc.perform(post("/api/v1/establishments").contentType(MediaType.APPLICATION_JSON)
                        .content(RegistryApiTest.establishmentJson("12345678200011"))
                        .with(org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors
                                .jwt().jwt(j -> j.claim("actor_kind", "WORKER"))
                                .authorities(new org.springframework.security.core.authority.SimpleGrantedAuthority("ROLE_WORKER"))))
                .andExpect(status().isForbidden()).andExpect(jsonPath("$.type").value(TYPE + "acces-refuse"));
    }
}
