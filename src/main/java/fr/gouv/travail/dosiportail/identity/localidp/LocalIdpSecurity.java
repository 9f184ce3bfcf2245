package fr.gouv.travail.dosiportail.identity.localidp;

import java.util.List;
import org.springframework.context.annotation.Bean;
import org.springframework.core.annotation.Order;
import org.springframework.http.MediaType;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.config.Customizer;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.oauth2.core.OAuth2Error;
import org.springframework.security.oauth2.core.OAuth2ErrorCodes;
import org.springframework.security.oauth2.server.authorization.authentication.OAuth2AuthorizationCodeRequestAuthenticationContext;
import org.springframework.security.oauth2.server.authorization.authentication.OAuth2AuthorizationCodeRequestAuthenticationException;
import org.springframework.security.oauth2.server.authorization.authentication.OAuth2AuthorizationCodeRequestAuthenticationProvider;
import org.springframework.security.oauth2.server.authorization.authentication.OAuth2AuthorizationCodeRequestAuthenticationToken;
import org.springframework.security.oauth2.server.authorization.authentication.OAuth2AuthorizationCodeRequestAuthenticationValidator;
import org.springframework.security.oauth2.server.authorization.settings.AuthorizationServerSettings;
import org.springframework.security.provisioning.InMemoryUserDetailsManager;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.LoginUrlAuthenticationEntryPoint;
import org.springframework.security.web.util.matcher.MediaTypeRequestMatcher;

/** The provider's endpoints (OAuth2, OIDC) and its login form; demo people log in with password {@code demo}. */
class LocalIdpSecurity {

    @Bean
    @Order(1)
    SecurityFilterChain authorizationServerChain(HttpSecurity http) throws Exception {
        http.oauth2AuthorizationServer(as -> {
                    http.securityMatcher(as.getEndpointsMatcher());
                    as.oidc(o -> o.userInfoEndpoint(u -> u.userInfoMapper(LocalIdpTokens::userInfo)))
                            .authorizationEndpoint(e -> e.authenticationProviders(LocalIdpSecurity::restrictToOwnClient));
                })
                .authorizeHttpRequests(a -> a.anyRequest().authenticated())
                // the user-info endpoint takes the access token
                .oauth2ResourceServer(r -> r.jwt(Customizer.withDefaults()))
                .exceptionHandling(e -> e.defaultAuthenticationEntryPointFor(
                        new LoginUrlAuthenticationEntryPoint("/login"), new MediaTypeRequestMatcher(MediaType.TEXT_HTML)));
        return http.build();
    }

    @Bean
    @Order(2)
    SecurityFilterChain loginChain(HttpSecurity http) throws Exception {
        http.authorizeHttpRequests(a -> a.requestMatchers("/login", "/error").permitAll().anyRequest().authenticated())
                .formLogin(f -> f.loginPage("/login").permitAll());
        return http.build();
    }

    @Bean
    UserDetailsService demoPeople() {
        return new InMemoryUserDetailsManager(DemoAccounts.ALL.stream()
                .map(a -> User.withUsername(a.username()).password("{noop}" + DemoAccounts.PASSWORD)
                        .authorities("CLIENT_" + a.clientId()).build())
                .toList());
    }

    @Bean
    AuthorizationServerSettings authorizationServerSettings(LocalIdpIssuer issuer) {
        return AuthorizationServerSettings.builder().issuer(issuer.url()).build();
    }

    /** Workers may only use the FranceConnect client, professionals only the ProConnect one. */
    private static void restrictToOwnClient(List<org.springframework.security.authentication.AuthenticationProvider> providers) {
        providers.forEach(p -> {
            if (p instanceof OAuth2AuthorizationCodeRequestAuthenticationProvider provider) {
                provider.setAuthenticationValidator(
                        new OAuth2AuthorizationCodeRequestAuthenticationValidator().andThen(LocalIdpSecurity::ownClient));
            }
        });
    }

    private static void ownClient(OAuth2AuthorizationCodeRequestAuthenticationContext context) {
        OAuth2AuthorizationCodeRequestAuthenticationToken request = context.getAuthentication();
        if (!(request.getPrincipal() instanceof Authentication user) || !user.isAuthenticated()
                || user instanceof AnonymousAuthenticationToken) {
            return; // not logged in yet: the login form comes first
        }
        String clientId = context.getRegisteredClient().getClientId();
        boolean allowed = DemoAccounts.find(user.getName()).map(a -> a.clientId().equals(clientId)).orElse(false);
        if (!allowed) {
            throw new OAuth2AuthorizationCodeRequestAuthenticationException(new OAuth2Error(
                    OAuth2ErrorCodes.ACCESS_DENIED, "This account cannot log in through " + clientId, null), request);
        }
    }
}
