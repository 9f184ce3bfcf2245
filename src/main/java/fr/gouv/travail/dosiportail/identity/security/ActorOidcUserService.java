package fr.gouv.travail.dosiportail.identity.security;

import fr.gouv.travail.dosiportail.identity.Actor;
import fr.gouv.travail.dosiportail.identity.account.AccountMatcher;
import java.util.List;
import java.util.Optional;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.oauth2.client.oidc.userinfo.OidcUserRequest;
import org.springframework.security.oauth2.client.oidc.userinfo.OidcUserService;
import org.springframework.security.oauth2.client.userinfo.OAuth2UserService;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;
import org.springframework.stereotype.Component;

/** After the OIDC login: finds the account, hence the actor and its role {@code ROLE_<kind>}. */
@Component
class ActorOidcUserService implements OAuth2UserService<OidcUserRequest, OidcUser> {

    /** Logged in, but matching no account of the portal. */
    static final String UNREGISTERED = "ROLE_UNREGISTERED";

    private final OidcUserService delegate = new OidcUserService();
    private final AccountMatcher accounts;

    ActorOidcUserService(AccountMatcher accounts) {
        this.accounts = accounts;
    }

    @Override
    public OidcUser loadUser(OidcUserRequest request) {
        OidcUser user = delegate.loadUser(request);
        String registrationId = request.getClientRegistration().getRegistrationId();
        Optional<Actor> actor = accounts.match(registrationId, user.getIdToken().getIssuer().toString(),
                user.getSubject(), user.getClaims());
        List<GrantedAuthority> authorities = List.of(new SimpleGrantedAuthority(
                actor.map(a -> "ROLE_" + a.kind().name()).orElse(UNREGISTERED)));
        return new ActorOidcUser(user, authorities, actor);
    }
}
