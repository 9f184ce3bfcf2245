package fr.gouv.travail.dosiportail.identity.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.oidcLogin;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import fr.gouv.travail.dosiportail.identity.ActorKind;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.TreeSet;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

/**
 * Every form of the pages is protected against cross-site request forgery: a POST without the session's token is
 * refused (403) before any handler runs, whatever the logged-in user may otherwise do. (Spring Security Test's
 * {@code jwt()} post-processor is not used here: it skips the CSRF check, and the page chain accepts no bearer token
 * anyway — pages are reached only through an OIDC login session.)
 */
@SpringBootTest
@AutoConfigureMockMvc
@ActiveProfiles("test")
class PageCsrfTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    @Qualifier("requestMappingHandlerMapping")
    RequestMappingHandlerMapping mappings;

    @Test
    void everyPagePostWithoutTheCsrfTokenIsRefused() throws Exception {
        TreeSet<String> posts = new TreeSet<>();
        mappings.getHandlerMethods().forEach((info, method) -> {
            if (info.getMethodsCondition().getMethods().stream().anyMatch(m -> m.name().equals("POST"))) {
                info.getPatternValues().stream().filter(p -> !p.startsWith("/api/")).forEach(posts::add);
            }
        });
        assertThat(posts).as("page forms").hasSizeGreaterThan(5);
        SimpleGrantedAuthority[] everyRole = Arrays.stream(ActorKind.values())
                .map(k -> new SimpleGrantedAuthority("ROLE_" + k)).toArray(SimpleGrantedAuthority[]::new);
        List<String> accepted = new ArrayList<>();
        for (String pattern : posts) {
            String path = pattern.replaceAll("\\{[^}]+}", UUID.randomUUID().toString());
            int status = mvc.perform(post(path).param("reason", "x").with(oidcLogin().authorities(everyRole)))
                    .andReturn().getResponse().getStatus();
            if (status != 403) {
                accepted.add(pattern + " answered " + status);
            }
        }
        assertThat(accepted).isEmpty();
    }
}
