package fr.gouv.travail.dosiportail.registry.declaration;

import fr.gouv.travail.dosiportail.core.Rpps;
import fr.gouv.travail.dosiportail.core.Siret;
import fr.gouv.travail.dosiportail.identity.Actor;
import fr.gouv.travail.dosiportail.platform.ApiProblem;
import fr.gouv.travail.dosiportail.registry.DesignationChanged;
import fr.gouv.travail.dosiportail.registry.DesignationDeclaration;
import fr.gouv.travail.dosiportail.registry.DesignationEnd;
import fr.gouv.travail.dosiportail.registry.DesignationRole;
import fr.gouv.travail.dosiportail.registry.Outcome;
import fr.gouv.travail.dosiportail.registry.Receipt;
import java.time.LocalDate;
import java.util.Objects;
import java.util.UUID;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** MDT, CRP and correspondent designations with validity periods; the same person designated again is a no-op. */
@Component
class DesignationDeclarations {

    static final String SUBJECT = "DESIGNATION";
    private final JdbcClient jdbc;
    private final Guard guard;
    private final Receipts receipts;
    private final MissingInformation missing;
    private final ApplicationEventPublisher events;

    DesignationDeclarations(JdbcClient jdbc, Guard guard, Receipts receipts, MissingInformation missing,
                            ApplicationEventPublisher events) {
        this.jdbc = jdbc;
        this.guard = guard;
        this.receipts = receipts;
        this.missing = missing;
        this.events = events;
    }

    Receipt declare(Actor actor, DesignationDeclaration d) {
        Guard.Establishment est = guard.establishmentForWrite(actor, d.siret(), "siret");
        String rpps = d.rpps() == null || d.rpps().isBlank() ? null : new Rpps(d.rpps()).value();
        String orgSiret = d.organisationSiret() == null || d.organisationSiret().isBlank() ? null
                : new Siret(d.organisationSiret()).value();
        if (d.role() == DesignationRole.OCCUPATIONAL_PHYSICIAN && rpps == null) {
            throw ApiProblem.invalid("rpps", "RPPS_REQUIRED", "Le numéro RPPS du médecin du travail est obligatoire.",
                    "The occupational physician's RPPS number is required.");
        }
        String email = d.email() == null || d.email().isBlank() ? null : d.email().trim();
        String phone = d.phone() == null || d.phone().isBlank() ? null : d.phone().trim();
        // The same person in the same role, still valid: identified by RPPS for a physician, else by name and organisation.
        var same = jdbc.sql("""
                        select id, email, phone from registry.designation
                        where establishment_id = :e and role = :role and (valid_to is null or valid_to >= :from)
                          and case when :rpps::text is not null then rpps = :rpps
                                   else lower(last_name) = lower(:last) and lower(first_name) = lower(:first)
                                        and organisation_siret is not distinct from :org end
                        order by valid_from desc limit 1""")
                .param("e", est.id()).param("role", d.role().name()).param("from", d.validFrom())
                .param("rpps", rpps).param("last", d.lastName().trim()).param("first", d.firstName().trim())
                .param("org", orgSiret)
                .query((rs, n) -> new Object[] {rs.getObject(1, UUID.class), rs.getString(2), rs.getString(3)})
                .optional();
        if (same.isPresent()) {
            UUID id = (UUID) same.get()[0];
            if (Objects.equals(email, same.get()[1]) && Objects.equals(phone, same.get()[2])) {
                return receipts.unchanged(est.companyId(), SUBJECT, id, missing.forEstablishment(est.id(), receipts.today()));
            }
            jdbc.sql("update registry.designation set email = ?, phone = ?, updated_at = now(), updated_by = ? where id = ?")
                    .params(email, phone, actor.subject(), id).update();
            return receipts.issue(actor, est.companyId(), SUBJECT, id, Outcome.UPDATED,
                    missing.forEstablishment(est.id(), receipts.today()));
        }
        UUID id = UUID.randomUUID();
        jdbc.sql("""
                        insert into registry.designation (id, establishment_id, role, last_name, first_name, email, phone,
                            rpps, organisation_siret, valid_from, created_by, updated_by)
                        values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(id, est.id(), d.role().name(), d.lastName().trim(), d.firstName().trim(), email, phone, rpps,
                        orgSiret, d.validFrom(), actor.subject(), actor.subject()).update();
        events.publishEvent(new DesignationChanged(id, est.id(), d.role(), d.validFrom(), null));
        return receipts.issue(actor, est.companyId(), SUBJECT, id, Outcome.CREATED,
                missing.forEstablishment(est.id(), receipts.today()));
    }

    Receipt end(Actor actor, UUID designationId, DesignationEnd end) {
        var row = jdbc.sql("select establishment_id, role, valid_from, valid_to from registry.designation where id = ?")
                .param(designationId).query((rs, n) -> new Object[] {rs.getObject(1, UUID.class), rs.getString(2),
                        rs.getObject(3, LocalDate.class), rs.getObject(4, LocalDate.class)})
                .optional().orElseThrow(Guard::notFound);
        Guard.Establishment est = guard.establishmentById(actor, (UUID) row[0]);
        EmploymentDeclarations.checkDates((LocalDate) row[2], end.validTo(), "validTo");
        if (end.validTo().equals(row[3])) {
            return receipts.unchanged(est.companyId(), SUBJECT, designationId, missing.forEstablishment(est.id(), receipts.today()));
        }
        jdbc.sql("update registry.designation set valid_to = ?, updated_at = now(), updated_by = ? where id = ?")
                .params(end.validTo(), actor.subject(), designationId).update();
        events.publishEvent(new DesignationChanged(designationId, est.id(), DesignationRole.valueOf((String) row[1]),
                (LocalDate) row[2], end.validTo()));
        return receipts.issue(actor, est.companyId(), SUBJECT, designationId, Outcome.ENDED,
                missing.forEstablishment(est.id(), receipts.today()));
    }
}
