package fr.gouv.travail.dosiportail.surveillance.alert;

import fr.gouv.travail.dosiportail.identity.Actor;
import fr.gouv.travail.dosiportail.identity.ActorKind;
import fr.gouv.travail.dosiportail.platform.ApiProblem;
import fr.gouv.travail.dosiportail.surveillance.limits.LimitQuantity;
import java.math.BigDecimal;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/**
 * The CRP's dose constraints per establishment or work post (R.4451-33; optional, not regulatory limits): a 12-month value per
 * quantity and the fraction at which the CRP is pre-alerted. Set by a CRP designated today for the establishment
 * (known by e-mail) or the operator; anyone else gets the 404 of an unknown establishment. Append-only.
 */
@Service
public class DoseConstraints {

    private final JdbcClient jdbc;

    DoseConstraints(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** @param occupationCode the work post it targets (occupation of the exposure profile); null: every post */
    public record Constraint(LimitQuantity quantity, BigDecimal valueMsv, BigDecimal preAlertFraction,
                             LocalDate validFrom, String occupationCode) {
    }

    public record Created(UUID id, UUID establishmentId) {
    }

    public Created create(Actor actor, UUID establishmentId, Constraint c) {
        if (c.valueMsv().signum() <= 0 || c.valueMsv().scale() > 3) {
            throw ApiProblem.invalid("valueMsv", "INVALID", "Valeur positive en mSv, 3 décimales au plus.",
                    "A positive value in mSv, at most 3 decimals.");
        }
        if (c.preAlertFraction().signum() <= 0 || c.preAlertFraction().compareTo(BigDecimal.ONE) > 0) {
            throw ApiProblem.invalid("preAlertFraction", "INVALID", "Fraction comprise entre 0 (exclu) et 1.",
                    "A fraction in (0, 1].");
        }
        if (c.occupationCode() != null && !jdbc.sql("select exists (select 1 from registry.occupation where code = ?)")
                .param(c.occupationCode()).query(Boolean.class).single()) {
            throw ApiProblem.invalid("occupationCode", "UNKNOWN_OCCUPATION",
                    "Poste de travail inconnu de la nomenclature des métiers.",
                    "Work post unknown to the occupations nomenclature.");
        }
        boolean allowed = actor.kind() == ActorKind.OPERATOR
                ? jdbc.sql("select exists (select 1 from registry.establishment where id = ?)").param(establishmentId)
                        .query(Boolean.class).single()
                : jdbc.sql("""
                        select exists (select 1 from registry.designation d where d.establishment_id = ?
                          and d.role = 'RADIATION_PROTECTION_ADVISER' and lower(d.email) = lower(?)
                          and d.valid_from <= current_date and (d.valid_to is null or d.valid_to >= current_date))""")
                        .params(establishmentId, actor.email().orElse("")).query(Boolean.class).single();
        if (!allowed) {
            throw ApiProblem.notFound("Établissement inconnu.", "Unknown establishment.");
        }
        UUID id = UUID.randomUUID();
        jdbc.sql("""
                insert into surveillance.dose_constraint (id, establishment_id, quantity, value_msv, pre_alert_fraction,
                    valid_from, created_by, created_at, occupation_code) values (?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(id, establishmentId, c.quantity().name(), c.valueMsv(), c.preAlertFraction(),
                        c.validFrom() == null ? LocalDate.of(2000, 1, 1) : c.validFrom(), actor.subject(),
                        Timestamp.from(Instant.now()), c.occupationCode()).update();
        return new Created(id, establishmentId);
    }
}
