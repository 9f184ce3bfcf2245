package fr.gouv.travail.dosiportail.identity.localidp;

import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.source.ImmutableJWKSet;
import com.nimbusds.jose.jwk.source.JWKSource;
import com.nimbusds.jose.proc.JWSVerificationKeySelector;
import com.nimbusds.jose.proc.SecurityContext;
import com.nimbusds.jwt.proc.DefaultJWTProcessor;
import fr.gouv.travail.dosiportail.identity.security.TokenClaims;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.NoSuchAlgorithmException;
import java.security.interfaces.RSAPrivateKey;
import java.security.interfaces.RSAPublicKey;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import org.springframework.context.annotation.Bean;
import org.springframework.security.oauth2.core.AuthorizationGrantType;
import org.springframework.security.oauth2.core.oidc.OidcUserInfo;
import org.springframework.security.oauth2.core.oidc.endpoint.OidcParameterNames;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.jwt.NimbusJwtDecoder;
import org.springframework.security.oauth2.server.authorization.OAuth2TokenType;
import org.springframework.security.oauth2.server.authorization.oidc.authentication.OidcUserInfoAuthenticationContext;
import org.springframework.security.oauth2.server.authorization.token.JwtEncodingContext;
import org.springframework.security.oauth2.server.authorization.token.OAuth2TokenCustomizer;

/** Signing key (new at each start) and the claims: identity claims for people, actor claims for API clients. */
class LocalIdpTokens {

    @Bean
    JWKSource<SecurityContext> jwkSource() throws NoSuchAlgorithmException {
        KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
        generator.initialize(2048);
        KeyPair pair = generator.generateKeyPair();
        RSAKey key = new RSAKey.Builder((RSAPublicKey) pair.getPublic()).privateKey((RSAPrivateKey) pair.getPrivate())
                .keyID(UUID.randomUUID().toString()).build();
        return new ImmutableJWKSet<>(new JWKSet(key));
    }

    /** Reads the provider's own access tokens, at its user-info endpoint. */
    @Bean
    JwtDecoder jwtDecoder(JWKSource<SecurityContext> jwkSource) {
        DefaultJWTProcessor<SecurityContext> processor = new DefaultJWTProcessor<>();
        processor.setJWSKeySelector(new JWSVerificationKeySelector<>(JWSAlgorithm.RS256, jwkSource));
        return new NimbusJwtDecoder(processor);
    }

    @Bean
    OAuth2TokenCustomizer<JwtEncodingContext> tokenCustomizer(LocalIdpSettings settings) {
        return context -> {
            if (AuthorizationGrantType.CLIENT_CREDENTIALS.equals(context.getAuthorizationGrantType())
                    && OAuth2TokenType.ACCESS_TOKEN.equals(context.getTokenType())) {
                String clientId = context.getRegisteredClient().getClientId();
                settings.apiClients().stream().filter(c -> c.clientId().equals(clientId)).findFirst()
                        .ifPresent(c -> apiClaims(c).forEach(context.getClaims()::claim));
            } else if (OidcParameterNames.ID_TOKEN.equals(context.getTokenType().getValue())) {
                DemoAccounts.find(context.getPrincipal().getName())
                        .ifPresent(a -> a.claims().forEach(context.getClaims()::claim));
            }
        };
    }

    static OidcUserInfo userInfo(OidcUserInfoAuthenticationContext context) {
        String subject = context.getAuthorization().getPrincipalName();
        Map<String, Object> claims = new HashMap<>();
        DemoAccounts.find(subject).ifPresent(a -> claims.putAll(a.claims()));
        claims.put("sub", subject);
        return new OidcUserInfo(claims);
    }

    private static Map<String, Object> apiClaims(LocalIdpSettings.ApiClient client) {
        Map<String, Object> claims = new HashMap<>();
        claims.put(TokenClaims.ACTOR_KIND, client.actorKind().name());
        claims.put(TokenClaims.NAME, client.name() == null ? client.clientId() : client.name());
        if (client.siren() != null) {
            claims.put(TokenClaims.SIREN, client.siren());
        }
        if (client.accreditationNumber() != null) {
            claims.put(TokenClaims.ACCREDITATION_NUMBER, client.accreditationNumber());
        }
        return claims;
    }
}
