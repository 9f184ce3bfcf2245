package fr.gouv.travail.dosiportail.identity.security;

import fr.gouv.travail.dosiportail.identity.ActorKind;
import java.util.Arrays;
import org.springframework.context.annotation.Bean;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;
import org.springframework.security.oauth2.client.web.DefaultOAuth2AuthorizationRequestResolver;
import org.springframework.security.oauth2.client.web.OAuth2AuthorizationRequestCustomizers;
import org.springframework.security.oauth2.client.web.OAuth2AuthorizationRequestRedirectFilter;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationConverter;
import org.springframework.security.oauth2.server.resource.web.authentication.BearerTokenAuthenticationFilter;
import org.springframework.security.web.SecurityFilterChain;

/**
 * Two chains: the stateless API (bearer tokens), and the pages (OIDC login, session, CSRF). Both set the security
 * headers and spend request budgets (docs/SECURITY.md). {@code PUBLIC} must list exactly the addresses of the
 * {@code @PublicEndpoint} handlers and of the framework's public ones: EndpointPermissionsTest checks it.
 */
@Configuration(proxyBeanMethods = false)
@EnableMethodSecurity
@EnableConfigurationProperties(RateLimitSettings.class)
class SecurityConfiguration {

    static final String LOGIN_PAGE = "/connexion";
    static final String UNKNOWN_ACCOUNT_PAGE = "/compte-inconnu";
    private static final String[] PUBLIC = {"/", "/public/**", LOGIN_PAGE, "/dsfr/**", "/css/**", "/js/**", "/img/**",
            "/favicon.ico", "/error", "/actuator/health", "/actuator/health/**", "/v3/api-docs", "/v3/api-docs/**",
            "/swagger-ui/**", "/swagger-ui.html"};

    @Bean
    @Order(1)
    SecurityFilterChain apiChain(HttpSecurity http, ApiProblems problems, JwtAuthenticationConverter converter,
                                 RateLimitSettings limits) throws Exception {
        http.securityMatcher("/api/**")
                .headers(SecurityHeaders.api())
                .addFilterAfter(RateLimitFilter.api(limits, problems), BearerTokenAuthenticationFilter.class)
                .authorizeHttpRequests(a -> a.anyRequest().hasAnyRole(actorKinds()))
                .sessionManagement(s -> s.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .csrf(c -> c.disable())
                .exceptionHandling(e -> e.authenticationEntryPoint(problems.entryPoint())
                        .accessDeniedHandler(problems.accessDeniedHandler()))
                .oauth2ResourceServer(o -> o.jwt(j -> j.jwtAuthenticationConverter(converter))
                        .authenticationEntryPoint(problems.entryPoint())
                        .accessDeniedHandler(problems.accessDeniedHandler()));
        return http.build();
    }

    @Bean
    @Order(2)
    SecurityFilterChain pageChain(HttpSecurity http, ActorOidcUserService users, ClientRegistrationRepository clients,
                                  ApiProblems problems, RateLimitSettings limits) throws Exception {
        DefaultOAuth2AuthorizationRequestResolver resolver =
                new DefaultOAuth2AuthorizationRequestResolver(clients, "/oauth2/authorization");
        resolver.setAuthorizationRequestCustomizer(OAuth2AuthorizationRequestCustomizers.withPkce());
        http.headers(SecurityHeaders.pages(SecurityHeaders.identityProviderOrigins(clients)))
                .addFilterBefore(RateLimitFilter.login(limits, problems), OAuth2AuthorizationRequestRedirectFilter.class)
                .authorizeHttpRequests(a -> a
                        .requestMatchers(PUBLIC).permitAll()
                        .requestMatchers(UNKNOWN_ACCOUNT_PAGE).authenticated()
                        .anyRequest().hasAnyRole(actorKinds()))
                .oauth2Login(o -> o.loginPage(LOGIN_PAGE)
                        .authorizationEndpoint(e -> e.authorizationRequestResolver(resolver))
                        .userInfoEndpoint(u -> u.oidcUserService(users))
                        .successHandler(new LoginSuccessHandler(UNKNOWN_ACCOUNT_PAGE)))
                .exceptionHandling(e -> e.accessDeniedHandler(new UnknownAccountDeniedHandler(UNKNOWN_ACCOUNT_PAGE)))
                .logout(l -> l.logoutUrl("/deconnexion").logoutSuccessUrl("/"));
        return http.build();
    }

    private static String[] actorKinds() {
        return Arrays.stream(ActorKind.values()).map(Enum::name).toArray(String[]::new);
    }
}
