package fr.gouv.travail.dosiportail.registry.declaration;

import fr.gouv.travail.dosiportail.identity.Actor;
import fr.gouv.travail.dosiportail.platform.ApiProblem;
import fr.gouv.travail.dosiportail.registry.EmploymentDeclaration;
import fr.gouv.travail.dosiportail.registry.EmploymentEnd;
import fr.gouv.travail.dosiportail.registry.EmploymentEnded;
import fr.gouv.travail.dosiportail.registry.EmploymentStarted;
import fr.gouv.travail.dosiportail.registry.Outcome;
import fr.gouv.travail.dosiportail.registry.Receipt;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Objects;
import java.util.UUID;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** The worker–establishment couple, keyed by (worker, establishment, start date); ended, never deleted. */
@Component
public class EmploymentDeclarations {

    static final String SUBJECT = "EMPLOYMENT";

    public record Result(UUID employmentId, UUID workerId, Outcome outcome) {
    }

    /** An employment row with what the checks need. */
    public record Employment(UUID id, UUID workerId, UUID establishmentId, LocalDate start, LocalDate end,
                             String endReason) {
    }

    private final JdbcClient jdbc;
    private final Guard guard;
    private final Receipts receipts;
    private final MissingInformation missing;
    private final ApplicationEventPublisher events;
    private final ReferentialChanges changes;

    EmploymentDeclarations(JdbcClient jdbc, Guard guard, Receipts receipts, MissingInformation missing,
                           ApplicationEventPublisher events, ReferentialChanges changes) {
        this.changes = changes;
        this.jdbc = jdbc;
        this.guard = guard;
        this.receipts = receipts;
        this.missing = missing;
        this.events = events;
    }

    Receipt declare(Actor actor, EmploymentDeclaration d) {
        Guard.Establishment est = guard.establishmentForWrite(actor, d.siret(), "siret");
        Result r = upsert(actor, d, est.id());
        var stillMissing = missing.forEmployment(r.employmentId(), est.id(), receipts.today());
        return r.outcome() == Outcome.UNCHANGED ? receipts.unchanged(est.companyId(), SUBJECT, r.employmentId(), stillMissing)
                : receipts.issue(actor, est.companyId(), SUBJECT, r.employmentId(), r.outcome(), stillMissing);
    }

    public static void checkDates(LocalDate start, LocalDate end, String field) {
        if (start != null && end != null && end.isBefore(start)) {
            throw ApiProblem.invalid(field, "END_BEFORE_START", "La date de fin précède la date de début.",
                    "The end date is before the start date.");
        }
    }

    public Result upsert(Actor actor, EmploymentDeclaration d, UUID establishmentId) {
        checkDates(d.startDate(), d.endDate(), "endDate");
        UUID workerId = jdbc.sql("select id from registry.worker where nir = ?").param(d.nir()).query(UUID.class)
                .optional().orElseThrow(() -> ApiProblem.invalid("nir", "UNKNOWN_WORKER",
                        "Aucun travailleur n’est déclaré avec ce NIR ; déclarez-le d’abord.",
                        "No worker is declared with this NIR; declare them first."));
        var existing = jdbc.sql("""
                        select id, contract_type, working_time_ratio, end_date from registry.employment
                        where worker_id = ? and establishment_id = ? and start_date = ?""")
                .params(workerId, establishmentId, d.startDate())
                .query((rs, n) -> new Object[] {rs.getObject(1, UUID.class), rs.getString(2), rs.getBigDecimal(3),
                        rs.getObject(4, LocalDate.class)}).optional();
        if (existing.isEmpty()) {
            UUID id = UUID.randomUUID();
            jdbc.sql("""
                            insert into registry.employment (id, worker_id, establishment_id, contract_type,
                                working_time_ratio, start_date, end_date, created_by, updated_by)
                            values (?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                    .params(id, workerId, establishmentId, d.contractType().name(), d.workingTimeRatio(), d.startDate(),
                            d.endDate(), actor.subject(), actor.subject()).update();
            events.publishEvent(new EmploymentStarted(id, workerId, establishmentId, d.startDate()));
            changes.worker(workerId);
            return new Result(id, workerId, Outcome.CREATED);
        }
        Object[] row = existing.get();
        UUID id = (UUID) row[0];
        LocalDate end = d.endDate() != null ? d.endDate() : (LocalDate) row[3];
        boolean same = d.contractType().name().equals(row[1])
                && d.workingTimeRatio().compareTo((BigDecimal) row[2]) == 0 && Objects.equals(end, row[3]);
        if (same) {
            return new Result(id, workerId, Outcome.UNCHANGED);
        }
        jdbc.sql("""
                        update registry.employment set contract_type = ?, working_time_ratio = ?, end_date = ?,
                            updated_at = now(), updated_by = ? where id = ?""")
                .params(d.contractType().name(), d.workingTimeRatio(), end, actor.subject(), id).update();
        if (!Objects.equals(end, row[3])) {
            events.publishEvent(new EmploymentEnded(id, workerId, establishmentId, end));
            changes.worker(workerId); // a later end may cover a waiting record's period
        }
        return new Result(id, workerId, Outcome.UPDATED);
    }

    public Employment load(Actor actor, UUID employmentId) {
        Employment m = jdbc.sql("""
                        select id, worker_id, establishment_id, start_date, end_date, end_reason
                        from registry.employment where id = ?""")
                .param(employmentId).query((rs, n) -> new Employment(rs.getObject(1, UUID.class),
                        rs.getObject(2, UUID.class), rs.getObject(3, UUID.class), rs.getObject(4, LocalDate.class),
                        rs.getObject(5, LocalDate.class), rs.getString(6))).optional()
                .orElseThrow(Guard::notFound);
        guard.establishmentById(actor, m.establishmentId());
        return m;
    }

    Receipt end(Actor actor, UUID employmentId, EmploymentEnd e) {
        Employment m = load(actor, employmentId);
        Guard.Establishment est = guard.establishmentById(actor, m.establishmentId());
        checkDates(m.start(), e.endDate(), "endDate");
        String reason = e.reason() == null || e.reason().isBlank() ? null : e.reason().trim();
        if (e.endDate().equals(m.end()) && Objects.equals(reason, m.endReason())) {
            return receipts.unchanged(est.companyId(), SUBJECT, m.id(), missing.forEmployment(m.id(), est.id(), receipts.today()));
        }
        boolean laterProfile = jdbc.sql("select exists (select 1 from registry.exposure_profile where employment_id = ? and valid_from > ?)")
                .params(m.id(), e.endDate()).query(Boolean.class).single();
        if (laterProfile) {
            throw ApiProblem.conflict("Un profil d’exposition de cet emploi commence après cette date de fin.",
                    "An exposure profile of this employment starts after this end date.");
        }
        jdbc.sql("""
                        update registry.exposure_profile set valid_to = :end, updated_at = now(), updated_by = :by
                        where employment_id = :m and (valid_to is null or valid_to > :end)""")
                .param("end", e.endDate()).param("by", actor.subject()).param("m", m.id()).update();
        jdbc.sql("update registry.employment set end_date = ?, end_reason = ?, updated_at = now(), updated_by = ? where id = ?")
                .params(e.endDate(), reason, actor.subject(), m.id()).update();
        events.publishEvent(new EmploymentEnded(m.id(), m.workerId(), m.establishmentId(), e.endDate()));
        changes.worker(m.workerId());
        return receipts.issue(actor, est.companyId(), SUBJECT, m.id(), Outcome.ENDED,
                missing.forEmployment(m.id(), est.id(), receipts.today()));
    }
}
