package fr.gouv.travail.dosiportail.identity;

import fr.gouv.travail.dosiportail.core.Nir;
import fr.gouv.travail.dosiportail.core.Rpps;
import fr.gouv.travail.dosiportail.core.Siren;
import java.util.Optional;

/**
 * Who is calling, as the portal understands it after login or token validation.
 *
 * @param kind the actor kind the caller acts as
 * @param subject stable identifier of the account or API client (for the journal)
 * @param displayName what pages show
 * @param company the company an employer, correspondent or employer's software acts for
 * @param rpps the occupational physician's RPPS number
 * @param accreditationNumber the accredited body an API client or lab user belongs to
 * @param nir the worker's own NIR, once matched
 */
public record Actor(
        ActorKind kind,
        String subject,
        String displayName,
        Optional<Siren> company,
        Optional<Rpps> rpps,
        Optional<String> accreditationNumber,
        Optional<Nir> nir) {

    public Siren requireCompany() {
        return company.orElseThrow(() -> new IllegalStateException("actor " + subject + " acts for no company"));
    }
}
