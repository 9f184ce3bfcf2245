package fr.gouv.travail.dosiportail.identity.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.jwt;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Request budgets on the login endpoints (per address) and the API (per token subject). */
@SpringBootTest(properties = {"dosiportail.rate-limit.login.per-minute=1", "dosiportail.rate-limit.login.burst=3",
        "dosiportail.rate-limit.api.per-minute=1", "dosiportail.rate-limit.api.burst=5"})
@AutoConfigureMockMvc
@ActiveProfiles("test")
class RateLimitTest {

    @Autowired
    MockMvc mvc;

    private MockHttpServletResponse send(MockHttpServletRequestBuilder request) throws Exception {
        return mvc.perform(request).andReturn().getResponse();
    }

    private static RequestPostProcessor from(String address) {
        return r -> {
            r.setRemoteAddr(address);
            return r;
        };
    }

    private static RequestPostProcessor token(String subject) {
        return jwt().authorities(new SimpleGrantedAuthority("ROLE_EMPLOYER"))
                .jwt(j -> j.subject(subject).claim("actor_kind", "EMPLOYER").claim("siren", "123456782"));
    }

    @Test
    void refusesTheFourthLoginStartFromOneAddressWith429RetryAfterAndAProblem() throws Exception {
        for (int i = 0; i < 3; i++) {
            assertThat(send(get("/oauth2/authorization/proconnect").with(from("10.0.0.1"))).getStatus()).isEqualTo(302);
        }
        MockHttpServletResponse refused = send(get("/oauth2/authorization/proconnect").with(from("10.0.0.1")));
        MockHttpServletResponse callback = send(get("/login/oauth2/code/proconnect").with(from("10.0.0.1")));

        assertThat(refused.getStatus()).isEqualTo(429);
        assertThat(refused.getHeader("Retry-After")).isEqualTo("60");
        assertThat(refused.getContentType()).startsWith("application/problem+json");
        JsonNode problem = JsonMapper.shared().readTree(refused.getContentAsString());
        assertThat(problem.get("type").asString()).isEqualTo("https://dosiportail.travail.gouv.fr/problemes/trop-de-requetes");
        assertThat(problem.get("status").asInt()).isEqualTo(429);
        assertThat(problem.get("detail").asString()).contains("Retry-After");
        assertThat(callback.getStatus()).as("the callback shares the budget").isEqualTo(429);
        assertThat(send(get("/oauth2/authorization/proconnect").with(from("10.0.0.2"))).getStatus())
                .as("another address has its own budget").isEqualTo(302);
    }

    @Test
    void doesNotCountOrdinaryPages() throws Exception {
        for (int i = 0; i < 10; i++) {
            assertThat(send(get("/public/mentions-legales").with(from("10.0.0.9"))).getStatus()).isEqualTo(200);
        }
    }

    @Test
    void givesEachApiClientItsOwnBudgetWhateverItsAddress() throws Exception {
        for (int i = 0; i < 5; i++) {
            assertThat(send(get("/api/v1/me").with(token("client-a")).with(from("10.0.1." + i))).getStatus())
                    .isEqualTo(200);
        }
        MockHttpServletResponse refused = send(get("/api/v1/me").with(token("client-a")).with(from("10.0.1.99")));

        assertThat(refused.getStatus()).isEqualTo(429);
        assertThat(refused.getHeader("Retry-After")).isEqualTo("60");
        assertThat(refused.getHeader("Content-Security-Policy")).isEqualTo(SecurityHeaders.API_POLICY);
        assertThat(send(get("/api/v1/me").with(token("client-b")).with(from("10.0.1.99"))).getStatus()).isEqualTo(200);
    }

    @Test
    void countsCallsWithoutTokenPerAddress() throws Exception {
        for (int i = 0; i < 5; i++) {
            assertThat(send(get("/api/v1/me").with(from("10.0.2.1"))).getStatus()).isEqualTo(401);
        }
        assertThat(send(get("/api/v1/me").with(from("10.0.2.1"))).getStatus()).isEqualTo(429);
    }
}
