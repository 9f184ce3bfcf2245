package fr.gouv.travail.dosiportail.portal.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.jwt;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.cookie;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import fr.gouv.travail.dosiportail.identity.Actor;
import fr.gouv.travail.dosiportail.identity.ActorKind;
import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.Cookie;
import java.util.List;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.http.MediaType;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.security.authentication.TestingAuthenticationToken;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.MockMvc;

@SpringBootTest
@AutoConfigureMockMvc
@ActiveProfiles("test")
class PortalPagesTest {

    @Autowired
    MockMvc mvc;

    @ParameterizedTest
    @ValueSource(strings = {"/", "/connexion", "/public/mentions-legales", "/public/accessibilite",
            "/public/donnees-personnelles", "/public/plan-du-site"})
    void servesEveryPublicPageToAnonymousVisitorsInFrenchByDefault(String path) throws Exception {
        String html = mvc.perform(get(path)).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
        assertThat(html).contains("<html lang=\"fr\"", "<main id=\"contenu\"", "id=\"pied-de-page\"",
                "Accéder au contenu", "Se connecter").doesNotContain("??");
    }

    @Test
    void theHomePagePresentsEveryActorOfTheService() throws Exception {
        String html = mvc.perform(get("/")).andReturn().getResponse().getContentAsString();
        assertThat(html).contains("Travailleur", "Employeur et correspondant", "Médecin du travail",
                "Conseiller en radioprotection", "Laboratoires et organismes accrédités", "Public");
        assertThat(html.split("class=\"fr-card__title\"", -1)).hasSize(8);
    }

    @Test
    void offersBothOfficialLoginButtonsOnTheLoginPage() throws Exception {
        mvc.perform(get("/connexion")).andExpect(status().isOk())
                .andExpect(content().string(org.hamcrest.Matchers.allOf(
                        org.hamcrest.Matchers.containsString("class=\"fr-connect\" href=\"/oauth2/authorization/franceconnect\""),
                        org.hamcrest.Matchers.containsString("class=\"fr-connect fr-connect--pro\" href=\"/oauth2/authorization/proconnect\""))));
    }

    @Test
    void switchesToEnglishAndRemembersTheChoiceInACookie() throws Exception {
        Cookie language = mvc.perform(get("/").param("lang", "en"))
                .andExpect(status().isOk())
                .andExpect(content().string(org.hamcrest.Matchers.containsString("<html lang=\"en\"")))
                .andExpect(cookie().value(SupportedLocaleResolver.COOKIE_NAME, "en"))
                .andReturn().getResponse().getCookie(SupportedLocaleResolver.COOKIE_NAME);
        mvc.perform(get("/connexion").cookie(language))
                .andExpect(content().string(org.hamcrest.Matchers.containsString("Log in to Dosiportail")));
    }

    @Test
    void fallsBackToFrenchForALanguageThePortalDoesNotSpeak() throws Exception {
        mvc.perform(get("/").param("lang", "de"))
                .andExpect(content().string(org.hamcrest.Matchers.containsString("<html lang=\"fr\"")));
        mvc.perform(get("/").cookie(new Cookie(SupportedLocaleResolver.COOKIE_NAME, "de")))
                .andExpect(content().string(org.hamcrest.Matchers.containsString("<html lang=\"fr\"")));
    }

    // MockMvc has no servlet container to forward to /error, so these requests play the container's part.
    @Test
    void keepsThePageWhenSwitchingLanguageFromAnErrorPage() throws Exception {
        String html = mvc.perform(get("/error").accept(MediaType.TEXT_HTML)
                        .requestAttr(RequestDispatcher.ERROR_STATUS_CODE, 404)
                        .requestAttr(RequestDispatcher.ERROR_REQUEST_URI, "/public/page-inexistante"))
                .andExpect(status().isNotFound()).andReturn().getResponse().getContentAsString();
        assertThat(html).contains("Page non trouvée", "Erreur 404", "href=\"/public/page-inexistante?lang=en\"");
    }

    @Test
    void neverShowsTechnicalDetailsOnAnErrorPage() throws Exception {
        String html = mvc.perform(get("/error").accept(MediaType.TEXT_HTML)
                        .requestAttr(RequestDispatcher.ERROR_STATUS_CODE, 500)
                        .requestAttr(RequestDispatcher.ERROR_EXCEPTION, new IllegalStateException("secret detail"))
                        .requestAttr(RequestDispatcher.ERROR_REQUEST_URI, "/public/plan-du-site"))
                .andExpect(status().isInternalServerError()).andReturn().getResponse().getContentAsString();
        assertThat(html).contains("Erreur inattendue", "Erreur 500")
                .doesNotContain("secret detail", "IllegalStateException", "at fr.gouv");
    }

    @Test
    void usesTheGenericErrorPageForOtherStatuses() throws Exception {
        String html = mvc.perform(get("/error").accept(MediaType.TEXT_HTML).param("lang", "en")
                        .requestAttr(RequestDispatcher.ERROR_STATUS_CODE, 405))
                .andExpect(status().isMethodNotAllowed()).andReturn().getResponse().getContentAsString();
        assertThat(html).contains("<html lang=\"en\"", "An error occurred", "Error 405");
    }

    @Test
    void handsUnknownPagesToTheHtmlErrorPageForBrowsersOnly() throws Exception {
        mvc.perform(get("/public/inexistante").accept(MediaType.TEXT_HTML))
                .andExpect(status().isNotFound())
                .andExpect(content().string(""));
        mvc.perform(get("/public/inexistante").accept(MediaType.APPLICATION_JSON))
                .andExpect(status().isNotFound())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
    }

    @Test
    void showsTheActorsNameAndKindOnTheirSpace() throws Exception {
        Actor physician = new Actor(ActorKind.OCCUPATIONAL_PHYSICIAN, "pc-42", "Dr Claire Martin", Optional.empty(),
                Optional.empty(), Optional.empty(), Optional.empty());
        String html = mvc.perform(get("/espace").with(authentication(
                        new TestingAuthenticationToken(physician, null, List.of(new SimpleGrantedAuthority("ROLE_OCCUPATIONAL_PHYSICIAN"))))))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(html).contains("Vous êtes connecté en tant que Dr Claire Martin.", "Médecin du travail",
                "action=\"/deconnexion\"", "name=\"_csrf\"", "href=\"/espace\" aria-current=\"page\"");
        assertThat(html).doesNotContain("href=\"/connexion\"");
    }

    @Test
    void readsTheActorFromABearerTokenToo() throws Exception {
        mvc.perform(get("/espace").param("lang", "en").with(jwt().jwt(j -> j.subject("w-1")
                        .claim("actor_kind", "WORKER").claim("name", "Camille Durand"))
                        .authorities(new SimpleGrantedAuthority("ROLE_WORKER"))))
                .andExpect(status().isOk())
                .andExpect(content().string(org.hamcrest.Matchers.allOf(
                        org.hamcrest.Matchers.containsString("You are logged in as Camille Durand."),
                        org.hamcrest.Matchers.containsString(">Worker<"))));
    }

    @Test
    void refusesTheSpaceToAnonymousVisitors() throws Exception {
        int status = mvc.perform(get("/espace")).andReturn().getResponse().getStatus();
        assertThat(status).isIn(302, 401, 403);
    }

    @Test
    void givesEveryActorKindALabelInBothLanguages() throws Exception {
        java.util.Properties fr = bundle("i18n/portal.properties");
        java.util.Properties en = bundle("i18n/portal_en.properties");
        for (ActorKind kind : ActorKind.values()) {
            String key = SpaceController.kindLabelKey(kind);
            assertThat(fr.getProperty(key)).as(key).isNotBlank();
            assertThat(en.getProperty(key)).as(key).isNotBlank().isNotEqualTo(fr.getProperty(key));
        }
    }

    private static java.util.Properties bundle(String path) throws java.io.IOException {
        java.util.Properties properties = new java.util.Properties();
        try (var in = new java.io.InputStreamReader(
                PortalPagesTest.class.getClassLoader().getResourceAsStream(path), java.nio.charset.StandardCharsets.UTF_8)) {
            properties.load(in);
        }
        return properties;
    }
}
