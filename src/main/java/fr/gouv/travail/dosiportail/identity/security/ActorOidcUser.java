package fr.gouv.travail.dosiportail.identity.security;

import fr.gouv.travail.dosiportail.identity.Actor;
import java.util.Collection;
import java.util.Optional;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.oauth2.core.oidc.user.DefaultOidcUser;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;

/** A person logged in through FranceConnect or ProConnect, with the actor their account gives (none if unknown). */
class ActorOidcUser extends DefaultOidcUser {

    private final Actor actor;

    ActorOidcUser(OidcUser user, Collection<? extends GrantedAuthority> authorities, Optional<Actor> actor) {
        super(authorities, user.getIdToken(), user.getUserInfo(), "sub");
        this.actor = actor.orElse(null);
    }

    Optional<Actor> actor() {
        return Optional.ofNullable(actor);
    }
}
