package fr.gouv.travail.dosiportail.identity.localidp;

import fr.gouv.travail.dosiportail.identity.ActorKind;
import java.util.List;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code dosiportail.identity.local-idp.*}: the demo identity provider of the default run. Bound by hand before the
 * application context starts (the provider must be up before the OIDC clients are configured).
 *
 * @param enabled start it (default); production sets {@code false}
 * @param port its port on 127.0.0.1; 0 takes a free one
 * @param franceconnectClientSecret secret of its OIDC client {@code franceconnect} (secrets must differ)
 * @param proconnectClientSecret secret of its OIDC client {@code proconnect}
 * @param apiClients systems allowed to obtain API tokens with the client-credentials grant
 */
record LocalIdpSettings(
        @DefaultValue("true") boolean enabled,
        @DefaultValue("9000") int port,
        @DefaultValue("demo-franceconnect") String franceconnectClientSecret,
        @DefaultValue("demo-proconnect") String proconnectClientSecret,
        List<ApiClient> apiClients) {

    LocalIdpSettings {
        apiClients = apiClients == null ? List.of() : List.copyOf(apiClients);
    }

    /** An API client and the claims its tokens carry (see {@code TokenClaims}). */
    record ApiClient(String clientId, String clientSecret, ActorKind actorKind, String name, String siren,
                     String accreditationNumber) {
    }
}
