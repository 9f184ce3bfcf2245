package fr.gouv.travail.dosiportail.identity.security;

import fr.gouv.travail.dosiportail.core.Nir;
import fr.gouv.travail.dosiportail.core.Rpps;
import fr.gouv.travail.dosiportail.core.Siren;
import fr.gouv.travail.dosiportail.identity.Actor;
import fr.gouv.travail.dosiportail.identity.ActorKind;
import fr.gouv.travail.dosiportail.identity.CurrentActor;
import java.util.Optional;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationToken;
import org.springframework.stereotype.Component;

/** The actor of the API token, or of the OIDC session (none for a login that matches no account). */
@Component
class SecurityContextCurrentActor implements CurrentActor {

    @Override
    public Optional<Actor> find() {
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        if (auth instanceof JwtAuthenticationToken token) {
            return Optional.of(fromJwt(token.getToken()));
        }
        if (auth != null && auth.getPrincipal() instanceof ActorOidcUser user) {
            return user.actor();
        }
        if (auth != null && auth.getPrincipal() instanceof Actor actor) {
            return Optional.of(actor);
        }
        return Optional.empty();
    }

    static Actor fromJwt(Jwt jwt) {
        String kind = jwt.getClaimAsString(TokenClaims.ACTOR_KIND);
        if (kind == null) {
            throw new IllegalStateException("token without " + TokenClaims.ACTOR_KIND);
        }
        String name = jwt.getClaimAsString(TokenClaims.NAME);
        return new Actor(ActorKind.valueOf(kind), jwt.getSubject(), name == null ? jwt.getSubject() : name,
                Optional.ofNullable(jwt.getClaimAsString(TokenClaims.SIREN)).map(Siren::new),
                Optional.ofNullable(jwt.getClaimAsString(TokenClaims.RPPS)).map(Rpps::new),
                Optional.ofNullable(jwt.getClaimAsString(TokenClaims.ACCREDITATION_NUMBER)),
                Optional.ofNullable(jwt.getClaimAsString(TokenClaims.NIR)).map(Nir::new),
                Optional.ofNullable(jwt.getClaimAsString(TokenClaims.EMAIL)),
                jwt.hasClaim(TokenClaims.TERRITORY) ? jwt.getClaimAsStringList(TokenClaims.TERRITORY) : java.util.List.of(),
                Optional.ofNullable(jwt.getClaimAsString(TokenClaims.AUTHORITY)));
    }
}
