package fr.gouv.travail.dosiportail.identity.localidp;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.springframework.context.annotation.Bean;
import org.springframework.security.oauth2.core.AuthorizationGrantType;
import org.springframework.security.oauth2.core.ClientAuthenticationMethod;
import org.springframework.security.oauth2.core.oidc.OidcScopes;
import org.springframework.security.oauth2.server.authorization.client.InMemoryRegisteredClientRepository;
import org.springframework.security.oauth2.server.authorization.client.RegisteredClient;
import org.springframework.security.oauth2.server.authorization.client.RegisteredClientRepository;
import org.springframework.security.oauth2.server.authorization.settings.ClientSettings;

/**
 * The provider's clients: the portal twice (as FranceConnect and as ProConnect would know it), and the API
 * clients from {@code dosiportail.identity.local-idp.api-clients}.
 */
class LocalIdpClients {

    static final List<String> FRANCECONNECT_SCOPES = List.of(OidcScopes.OPENID, "given_name", "family_name",
            "birthdate", "gender", "birthplace", "birthcountry", "preferred_username");
    static final List<String> PROCONNECT_SCOPES = List.of(OidcScopes.OPENID, "email", "given_name", "usual_name",
            "siret", "uid");

    @Bean
    RegisteredClientRepository registeredClientRepository(LocalIdpSettings settings) {
        List<RegisteredClient> clients = new ArrayList<>();
        clients.add(portal("franceconnect", settings.franceconnectClientSecret(), FRANCECONNECT_SCOPES));
        clients.add(portal("proconnect", settings.proconnectClientSecret(), PROCONNECT_SCOPES));
        settings.apiClients().forEach(c -> clients.add(api(c)));
        return new InMemoryRegisteredClientRepository(clients);
    }

    private static RegisteredClient portal(String clientId, String secret, List<String> scopes) {
        return RegisteredClient.withId(clientId)
                .clientId(clientId)
                .clientSecret(noop(secret))
                .clientAuthenticationMethod(ClientAuthenticationMethod.CLIENT_SECRET_BASIC)
                .clientAuthenticationMethod(ClientAuthenticationMethod.CLIENT_SECRET_POST)
                .authorizationGrantType(AuthorizationGrantType.AUTHORIZATION_CODE)
                // loopback: any port of 127.0.0.1 is accepted (RFC 8252), so the portal may run on any port
                .redirectUri("http://127.0.0.1/login/oauth2/code/" + clientId)
                .postLogoutRedirectUri("http://127.0.0.1/")
                .scopes(s -> s.addAll(scopes))
                // first-party demo: no consent screen; PKCE required as the portal always sends it
                .clientSettings(ClientSettings.builder().requireAuthorizationConsent(false).requireProofKey(true).build())
                .build();
    }

    private static RegisteredClient api(LocalIdpSettings.ApiClient client) {
        return RegisteredClient.withId(UUID.nameUUIDFromBytes(client.clientId().getBytes()).toString())
                .clientId(client.clientId())
                .clientSecret(noop(client.clientSecret()))
                .clientName(client.name())
                .clientAuthenticationMethod(ClientAuthenticationMethod.CLIENT_SECRET_BASIC)
                .clientAuthenticationMethod(ClientAuthenticationMethod.CLIENT_SECRET_POST)
                .authorizationGrantType(AuthorizationGrantType.CLIENT_CREDENTIALS)
                .scope("api")
                .build();
    }

    /** Secrets may be given encoded ({@code {bcrypt}...}); a bare secret is taken as is. */
    private static String noop(String secret) {
        return secret.startsWith("{") ? secret : "{noop}" + secret;
    }
}
