package fr.gouv.travail.dosiportail.identity.security;

import fr.gouv.travail.dosiportail.identity.ActorKind;
import java.util.Arrays;
import java.util.List;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.oauth2.core.DelegatingOAuth2TokenValidator;
import org.springframework.security.oauth2.core.OAuth2Error;
import org.springframework.security.oauth2.core.OAuth2ErrorCodes;
import org.springframework.security.oauth2.core.OAuth2TokenValidator;
import org.springframework.security.oauth2.core.OAuth2TokenValidatorResult;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.jwt.JwtValidators;
import org.springframework.security.oauth2.jwt.NimbusJwtDecoder;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationConverter;

/**
 * API bearer tokens: signed by a key of {@code dosiportail.identity.jwk-set-uri}, issued by
 * {@code dosiportail.identity.api-issuer}, not expired, and naming a known actor kind, which becomes the
 * authority {@code ROLE_<kind>}.
 */
@Configuration(proxyBeanMethods = false)
class ApiTokenConfiguration {

    @Bean
    JwtDecoder jwtDecoder(@Value("${dosiportail.identity.jwk-set-uri}") String jwkSetUri,
                          @Value("${dosiportail.identity.api-issuer}") String issuer) {
        NimbusJwtDecoder decoder = NimbusJwtDecoder.withJwkSetUri(jwkSetUri).build();
        decoder.setJwtValidator(new DelegatingOAuth2TokenValidator<>(
                JwtValidators.createDefaultWithIssuer(issuer), ApiTokenConfiguration::knownActorKind));
        return decoder;
    }

    @Bean
    JwtAuthenticationConverter jwtAuthenticationConverter() {
        JwtAuthenticationConverter converter = new JwtAuthenticationConverter();
        converter.setJwtGrantedAuthoritiesConverter(jwt -> List.of(
                new SimpleGrantedAuthority("ROLE_" + jwt.getClaimAsString(TokenClaims.ACTOR_KIND))));
        return converter;
    }

    private static OAuth2TokenValidatorResult knownActorKind(Jwt jwt) {
        String kind = jwt.getClaimAsString(TokenClaims.ACTOR_KIND);
        boolean known = kind != null && Arrays.stream(ActorKind.values()).anyMatch(k -> k.name().equals(kind));
        return known ? OAuth2TokenValidatorResult.success() : OAuth2TokenValidatorResult.failure(new OAuth2Error(
                OAuth2ErrorCodes.INVALID_TOKEN, "The token names no known " + TokenClaims.ACTOR_KIND, null));
    }
}
