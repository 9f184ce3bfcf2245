package fr.gouv.travail.dosiportail.identity.localidp;

import fr.gouv.travail.dosiportail.identity.ActorKind;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A demo person of the local identity provider: the claims the provider sends, and (when registered) the
 * account the portal knows them by.
 *
 * @param username login on the local identity provider, also the OIDC subject
 * @param clientId {@code franceconnect} for workers, {@code proconnect} for professionals
 * @param claims identity claims as FranceConnect or ProConnect would send them
 * @param registration the portal account to seed, empty for a person unknown to the portal
 */
public record DemoAccount(String username, String clientId, Map<String, Object> claims,
                         Optional<Registration> registration) {

    /** What the portal's {@code identity.account} holds for this person before their first login. */
    public record Registration(ActorKind kind, String displayName, String siren, String rpps,
                               String accreditationNumber, String nir, List<String> territory, String authority) {

        public Registration(ActorKind kind, String displayName, String siren, String rpps, String accreditationNumber,
                            String nir, List<String> territory) {
            this(kind, displayName, siren, rpps, accreditationNumber, nir, territory, null);
        }
    }
}
