package fr.gouv.travail.dosiportail.identity.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.springframework.context.support.ResourceBundleMessageSource;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.security.access.AccessDeniedException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

class ApiProblemsTest {

    private final ApiProblems problems = new ApiProblems(messages());

    @Test
    void answersInsufficientRightsWith403BearerChallengeAndAProblemInFrench() throws Exception {
        MockHttpServletRequest request = new MockHttpServletRequest("GET", "/api/v1/doses");
        request.addPreferredLocale(Locale.FRENCH);
        MockHttpServletResponse response = new MockHttpServletResponse();

        problems.accessDeniedHandler().handle(request, response, new AccessDeniedException("no"));

        assertThat(response.getStatus()).isEqualTo(403);
        assertThat(response.getHeader("WWW-Authenticate")).startsWith("Bearer");
        assertThat(response.getContentType()).startsWith("application/problem+json");
        JsonNode problem = JsonMapper.shared().readTree(response.getContentAsByteArray());
        assertThat(problem.get("status").asInt()).isEqualTo(403);
        assertThat(problem.get("title").asString()).isEqualTo("Accès refusé");
        assertThat(problem.get("instance").asString()).isEqualTo("/api/v1/doses");
    }

    private static ResourceBundleMessageSource messages() {
        ResourceBundleMessageSource source = new ResourceBundleMessageSource();
        source.setBasename("i18n/identity");
        source.setDefaultEncoding("UTF-8");
        source.setFallbackToSystemLocale(false);
        return source;
    }
}
