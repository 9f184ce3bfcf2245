package fr.gouv.travail.dosiportail.registry.declaration;

import fr.gouv.travail.dosiportail.core.Siren;
import fr.gouv.travail.dosiportail.identity.Actor;
import fr.gouv.travail.dosiportail.identity.ActorKind;
import fr.gouv.travail.dosiportail.platform.ApiProblem;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Who may declare for which establishment: an employer for its own company, the operator for any. */
@Component
public class Guard {

    /** An establishment as the declarations need it. */
    public record Establishment(UUID id, UUID companyId, String siren) {
    }

    private final JdbcClient jdbc;

    Guard(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public static boolean isOperator(Actor actor) {
        return actor.kind() == ActorKind.OPERATOR;
    }

    public static boolean actsFor(Actor actor, String siren) {
        return isOperator(actor) || actor.company().map(Siren::value).filter(siren::equals).isPresent();
    }

    public void requireCompany(Actor actor, String siren) {
        if (!actsFor(actor, siren)) {
            throw ApiProblem.forbidden("Vous ne pouvez déclarer que pour les établissements de votre entreprise.",
                    "You may only declare for the establishments of your own company.");
        }
    }

    public Optional<Establishment> findBySiret(String siret) {
        return jdbc.sql("""
                        select e.id, e.company_id, c.siren from registry.establishment e
                        join registry.company c on c.id = e.company_id where e.siret = ?""")
                .param(siret).query((rs, n) -> new Establishment(rs.getObject(1, UUID.class),
                        rs.getObject(2, UUID.class), rs.getString(3).trim())).optional();
    }

    /** The establishment named by a SIRET, which the actor must be allowed to declare for (else 403). */
    public Establishment establishmentForWrite(Actor actor, String siret, String field) {
        Establishment e = findBySiret(siret).orElseThrow(() -> ApiProblem.invalid(field, "UNKNOWN_ESTABLISHMENT",
                "Aucun établissement n’est déclaré avec ce SIRET ; déclarez-le d’abord.",
                "No establishment is declared with this SIRET; declare it first."));
        requireCompany(actor, e.siren());
        return e;
    }

    /** A row reached by id: a row of another company answers 404, so that ids do not reveal anything. */
    public Establishment establishmentById(Actor actor, UUID establishmentId) {
        Establishment e = jdbc.sql("""
                        select e.id, e.company_id, c.siren from registry.establishment e
                        join registry.company c on c.id = e.company_id where e.id = ?""")
                .param(establishmentId).query((rs, n) -> new Establishment(rs.getObject(1, UUID.class),
                        rs.getObject(2, UUID.class), rs.getString(3).trim())).optional()
                .orElseThrow(Guard::notFound);
        if (!actsFor(actor, e.siren())) {
            throw notFound();
        }
        return e;
    }

    public static ApiProblem notFound() {
        return ApiProblem.notFound("Cette ressource n’existe pas ou ne relève pas de votre entreprise.",
                "This resource does not exist or does not belong to your company.");
    }
}
