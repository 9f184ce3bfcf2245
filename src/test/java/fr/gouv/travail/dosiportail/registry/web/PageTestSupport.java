package fr.gouv.travail.dosiportail.registry.web;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;

import fr.gouv.travail.dosiportail.identity.Actor;
import fr.gouv.travail.dosiportail.identity.ActorKind;
import fr.gouv.travail.dosiportail.registry.RegistryDeclarations;
import fr.gouv.travail.dosiportail.registry.RegistryFixtures;
import java.util.List;
import java.util.Optional;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.authentication.TestingAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/** What the employer page tests share: MockMvc, the database, fixtures, and logging in as an actor. */
@SpringBootTest
@AutoConfigureMockMvc
@ActiveProfiles("test")
abstract class PageTestSupport {

    @Autowired
    MockMvc mvc;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    RegistryDeclarations declarations;

    RegistryFixtures given() {
        return new RegistryFixtures(declarations);
    }

    /** The actor as the page chain sees it after login: principal, and the authority ROLE_&lt;kind&gt;. */
    static RequestPostProcessor as(Actor actor) {
        return authentication(new TestingAuthenticationToken(actor, null,
                List.of(new SimpleGrantedAuthority("ROLE_" + actor.kind().name()))));
    }

    static Actor worker() {
        return new Actor(ActorKind.WORKER, "w-1", "Camille Durand", Optional.empty(), Optional.empty(),
                Optional.empty(), Optional.empty());
    }

    static Actor operator() {
        return new Actor(ActorKind.OPERATOR, "op-1", "Opérateur", Optional.empty(), Optional.empty(),
                Optional.empty(), Optional.empty());
    }

    long count(String sql, Object... params) {
        return jdbc.sql(sql).params(params).query(Long.class).single();
    }
}
