package fr.gouv.travail.dosiportail.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.MockMvc;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The OpenAPI 3 document is public and describes every API operation, its security and its error answers. */
@SpringBootTest
@AutoConfigureMockMvc
@ActiveProfiles("test")
class OpenApiDocumentTest {

    @Autowired
    MockMvc mvc;

    @Test
    void isServedAnonymouslyAndDocumentsTheReferentielOperations() throws Exception {
        String json = mvc.perform(get("/v3/api-docs")).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        JsonNode doc = JsonMapper.shared().readTree(json);

        assertThat(doc.path("openapi").asString()).startsWith("3.");
        JsonNode paths = doc.path("paths");
        assertThat(paths.propertyNames()).contains("/api/v1/establishments", "/api/v1/workers", "/api/v1/workers/bulk",
                "/api/v1/employments", "/api/v1/designations", "/api/v1/nomenclatures", "/api/v1/reconciliation");
        assertThat(paths.path("/api/v1/workers").path("post").path("requestBody").isMissingNode()).isFalse();
        assertThat(json).contains("bearer").contains("WorkerDeclaration");
    }

    @Test
    void swaggerUiIsPublic() throws Exception {
        mvc.perform(get("/swagger-ui/index.html")).andExpect(status().isOk());
    }
}
