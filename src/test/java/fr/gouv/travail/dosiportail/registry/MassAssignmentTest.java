package fr.gouv.travail.dosiportail.registry;

import fr.gouv.travail.dosiportail.core.Sex;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.jwt;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Mass assignment: on every JSON POST of the API, a field the caller may not set (an id, an author, a company, a
 * status...) is refused with 400 naming the field, never silently ignored nor applied. The endpoints are read from
 * the application's mappings, so a new one is covered without editing this test.
 */
@SpringBootTest
@AutoConfigureMockMvc
@ActiveProfiles("test")
class MassAssignmentTest {

    static final List<String> FORBIDDEN_FIELDS = List.of("id", "createdBy", "createdAt", "updatedBy", "companyId",
            "companySiren", "declaredBy", "status", "receiptNumber", "version", "deleted");
    private static final String ANY_ID = "6f1c1c1e-0000-0000-0000-000000000000";

    @Autowired
    MockMvc mvc;
    @Autowired
    @Qualifier("requestMappingHandlerMapping")
    RequestMappingHandlerMapping mappings;

    /** A valid body for each JSON POST, so that only the added field can be wrong. */
    private static final Map<String, String> VALID_BODIES = Map.ofEntries(
            Map.entry("/api/v1/establishments", RegistryApiTest.establishmentJson("12345678200011")),
            Map.entry("/api/v1/workers", ApiBodies.workerJson("12345678200011", TestIds.nir(Sex.F, 1990, 1, 902))),
            Map.entry("/api/v1/employments", ApiBodies.employmentJson(TestIds.nir(Sex.F, 1990, 1, 902), "12345678200011")),
            Map.entry("/api/v1/employments/" + ANY_ID + "/end", "{\"endDate\":\"2025-01-31\"}"),
            Map.entry("/api/v1/exposure-profiles", ApiBodies.profileJson(UUID.fromString(ANY_ID))),
            Map.entry("/api/v1/designations", ApiBodies.designationJson("12345678200011")),
            Map.entry("/api/v1/designations/" + ANY_ID + "/end", "{\"validTo\":\"2025-01-31\"}"),
            Map.entry("/api/v1/delegations", """
                    {"delegateKind":"HEALTH_PROFESSIONAL","delegateName":"Infirmière","delegateEmail":"i@example.fr",
                     "dataKinds":["EXTERNAL_DOSE"],"validFrom":"2025-01-01"}"""),
            Map.entry("/api/v1/delegations/" + ANY_ID + "/revoke", "{\"reason\":\"Fin de mission\"}"),
            Map.entry("/api/v1/accredited-bodies", """
                    {"kind":"EXTERNAL_DOSIMETRY_LAB","name":"Labo","siret":"12345678200011","accreditationNumber":"A",
                     "validFrom":"2024-01-01"}"""),
            Map.entry("/api/v1/dose-records", ApiBodies.doseRecordJson(TestIds.nir(Sex.F, 1990, 1, 902), "12345678200011")),
            Map.entry("/api/v1/dose-records/" + ANY_ID + "/corrections",
                    "{\"valueMsv\":0.1,\"resultStatus\":\"RESULT\",\"reason\":\"Relecture\"}"),
            Map.entry("/api/v1/dose-records/" + ANY_ID + "/cancellation", "{\"reason\":\"Erreur de saisie\"}"),
            Map.entry("/api/v1/webhooks", "{\"url\":\"https://93.184.215.14/hook\"}"),
            Map.entry("/api/v1/alerts/" + ANY_ID + "/analysis", "{\"note\":\"Analyse\"}"),
            Map.entry("/api/v1/alerts/" + ANY_ID + "/conclusion", "{\"outcome\":\"MAINTAINED\",\"retainedDoseMsv\":21}"),
            Map.entry("/api/v1/workers/" + ANY_ID + "/pregnancy", "{\"declaredOn\":\"2025-01-01\"}"),
            Map.entry("/api/v1/workers/" + ANY_ID + "/exceptional-exposures", ApiBodies.EXCEPTIONAL),
            Map.entry("/api/v1/establishments/" + ANY_ID + "/dose-constraints", ApiBodies.CONSTRAINT),
            Map.entry("/api/v1/dose-records/batch", "[" + ApiBodies.doseRecordJson(TestIds.nir(Sex.F, 1990, 1, 902), "12345678200011") + "]"));

    private List<String> jsonPosts() {
        List<String> paths = new ArrayList<>();
        mappings.getHandlerMethods().forEach((info, handler) -> {
            boolean jsonPost = info.getMethodsCondition().getMethods().contains(RequestMethod.POST)
                    && info.getConsumesCondition().getConsumableMediaTypes().contains(MediaType.APPLICATION_JSON);
            if (jsonPost) {
                info.getPatternValues().stream().filter(p -> p.startsWith("/api/"))
                        .forEach(p -> paths.add(p.replaceAll("\\{[^}]+}", ANY_ID)));
            }
        });
        return paths;
    }

    @Test
    void everyJsonPostOfTheApiRefusesFieldsTheCallerMayNotSetAndNamesThem() throws Exception {
        List<String> posts = jsonPosts();
        assertThat(posts).hasSizeGreaterThanOrEqualTo(8).contains("/api/v1/establishments", "/api/v1/workers");
        assertThat(VALID_BODIES.keySet()).as("a valid body for every JSON POST").containsAll(posts);
        List<String> wrong = new ArrayList<>();
        for (String path : posts) {
            for (String field : FORBIDDEN_FIELDS) {
                var response = mvc.perform(post(path).contentType(MediaType.APPLICATION_JSON)
                        .content(VALID_BODIES.get(path).replaceFirst("\\{", "{\"" + field + "\":\"x\","))
                        .with(jwt().authorities(new SimpleGrantedAuthority("ROLE_OPERATOR"))
                                .jwt(j -> j.subject("operator").claim("actor_kind", "OPERATOR"))))
                        .andReturn().getResponse();
                JsonNode body = JsonMapper.shared().readTree(response.getContentAsString());
                JsonNode error = body.path("errors").path(0);
                String named = error.path("field").asString();
                boolean namesIt = field.equals(named) || ("[0]." + field).equals(named); // a batch names the element
                if (response.getStatus() != 400 || !namesIt
                        || !"UNKNOWN_PROPERTY".equals(error.path("code").asString())) {
                    wrong.add(path + " with " + field + ": " + response.getStatus() + " " + response.getContentAsString());
                }
            }
        }
        assertThat(wrong).isEmpty();
    }
}
