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
 * @param email the professional's e-mail (a CRP is recognised by it in the designations)
 * @param territory department codes an inspector covers ({@code *}: the whole country); empty for others
 * @param authority the central administration a ministry actor belongs to: {@code DGT} or {@code DSND}
 */
public record Actor(
        ActorKind kind,
        String subject,
        String displayName,
        Optional<Siren> company,
        Optional<Rpps> rpps,
        Optional<String> accreditationNumber,
        Optional<Nir> nir,
        Optional<String> email,
        java.util.List<String> territory,
        Optional<String> authority) {

    public Actor {
        email = email == null ? Optional.empty() : email;
        authority = authority == null ? Optional.empty() : authority;
        territory = territory == null ? java.util.List.of() : java.util.List.copyOf(territory);
    }

    /** An actor of no central administration. */
    public Actor(ActorKind kind, String subject, String displayName, Optional<Siren> company, Optional<Rpps> rpps,
                 Optional<String> accreditationNumber, Optional<Nir> nir, Optional<String> email,
                 java.util.List<String> territory) {
        this(kind, subject, displayName, company, rpps, accreditationNumber, nir, email, territory, Optional.empty());
    }

    /** An actor known by no e-mail and covering no territory. */
    public Actor(ActorKind kind, String subject, String displayName, Optional<Siren> company, Optional<Rpps> rpps,
                 Optional<String> accreditationNumber, Optional<Nir> nir) {
        this(kind, subject, displayName, company, rpps, accreditationNumber, nir, Optional.empty(), java.util.List.of(),
                Optional.empty());
    }

    public Siren requireCompany() {
        return company.orElseThrow(() -> new IllegalStateException("actor " + subject + " acts for no company"));
    }
}
