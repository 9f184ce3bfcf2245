package fr.gouv.travail.dosiportail.identity.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.jwt;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import fr.gouv.travail.dosiportail.identity.localidp.LocalIdentityProvider;
import java.net.URI;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/** The security headers on pages, static files, error pages and API answers (docs/SECURITY.md, "Headers"). */
@SpringBootTest
@AutoConfigureMockMvc
@ActiveProfiles("test")
class SecurityHeadersTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    LocalIdentityProvider idp;

    private MockHttpServletResponse answer(MockHttpServletRequestBuilder request) throws Exception {
        return mvc.perform(request).andReturn().getResponse();
    }

    @ParameterizedTest
    @ValueSource(strings = {"/", "/connexion", "/public/page-inexistante", "/dsfr/dsfr.min.css", "/employeur"})
    void everyPageAndStaticFileForbidsInlineScriptsFramingAndReferrers(String path) throws Exception {
        MockHttpServletResponse page = answer(get(path).accept(MediaType.TEXT_HTML));

        String csp = page.getHeader("Content-Security-Policy");
        assertThat(csp).as(path).contains("default-src 'self'", "script-src 'self';", "style-src 'self';",
                "img-src 'self' data:", "frame-ancestors 'none'", "base-uri 'self'", "object-src 'none'")
                .doesNotContain("unsafe-inline", "unsafe-eval", "*");
        assertThat(page.getHeader("X-Frame-Options")).isEqualTo("DENY");
        assertThat(page.getHeader("Referrer-Policy")).isEqualTo("no-referrer");
        assertThat(page.getHeader("X-Content-Type-Options")).isEqualTo("nosniff");
        assertThat(page.getHeader("Permissions-Policy")).contains("camera=()", "geolocation=()");
        assertThat(page.getHeader("Strict-Transport-Security")).as("not over plain HTTP").isNull();
    }

    @Test
    void formsMayOnlyBePostedToThePortalAndItsIdentityProvider() throws Exception {
        String csp = answer(get("/")).getHeader("Content-Security-Policy");
        URI issuer = URI.create(idp.issuer());

        String formAction = List.of(csp.split(";")).stream().map(String::trim)
                .filter(d -> d.startsWith("form-action")).findFirst().orElseThrow();
        assertThat(formAction).isEqualTo("form-action 'self' " + issuer.getScheme() + "://" + issuer.getRawAuthority());
    }

    @Test
    void swaggerUiAloneMayUseInlineStylesButNeverInlineScripts() throws Exception {
        String swagger = answer(get("/swagger-ui/index.html")).getHeader("Content-Security-Policy");
        String page = answer(get("/public/plan-du-site")).getHeader("Content-Security-Policy");

        assertThat(swagger).contains("style-src 'self' 'unsafe-inline';", "script-src 'self';", "frame-ancestors 'none'");
        assertThat(page).contains("style-src 'self';").doesNotContain("unsafe-inline");
    }

    @Test
    void sendsHstsOnHttpsRequests() throws Exception {
        assertThat(answer(get("/").secure(true)).getHeader("Strict-Transport-Security"))
                .isEqualTo("max-age=31536000 ; includeSubDomains");
        assertThat(answer(get("/api/v1/me").secure(true)).getHeader("Strict-Transport-Security"))
                .isEqualTo("max-age=31536000 ; includeSubDomains");
    }

    @Test
    void apiAnswersAllowNothingToRenderEvenWhenRefused() throws Exception {
        MockHttpServletResponse refused = answer(get("/api/v1/me"));
        MockHttpServletResponse served = answer(get("/api/v1/me").with(jwt()
                .authorities(new SimpleGrantedAuthority("ROLE_OPERATOR"))
                .jwt(j -> j.subject("op").claim("actor_kind", "OPERATOR"))));

        assertThat(refused.getStatus()).isEqualTo(401);
        assertThat(served.getStatus()).isEqualTo(200);
        for (MockHttpServletResponse answer : List.of(refused, served)) {
            assertThat(answer.getHeader("Content-Security-Policy")).isEqualTo(SecurityHeaders.API_POLICY)
                    .contains("default-src 'none'", "frame-ancestors 'none'");
            assertThat(answer.getHeader("X-Frame-Options")).isEqualTo("DENY");
            assertThat(answer.getHeader("Referrer-Policy")).isEqualTo("no-referrer");
            assertThat(answer.getHeader("X-Content-Type-Options")).isEqualTo("nosniff");
        }
    }
}
