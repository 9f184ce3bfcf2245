package fr.gouv.travail.dosiportail.identity.account;

import fr.gouv.travail.dosiportail.core.Nir;
import fr.gouv.travail.dosiportail.core.Rpps;
import fr.gouv.travail.dosiportail.core.Siren;
import fr.gouv.travail.dosiportail.identity.Actor;
import fr.gouv.travail.dosiportail.identity.ActorKind;
import java.util.List;
import java.util.Optional;

/** A row of {@code identity.account}: someone allowed to log in, and what they act as. */
public record Account(
        long id,
        String registrationId,
        ActorKind kind,
        String displayName,
        Optional<Siren> siren,
        Optional<Rpps> rpps,
        Optional<String> accreditationNumber,
        Optional<Nir> nir,
        List<String> territory,
        Optional<String> email,
        Optional<String> authority) {

    public Actor toActor() {
        return new Actor(kind, "account:" + id, displayName, siren, rpps, accreditationNumber, nir, email, territory,
                authority);
    }
}
