package fr.gouv.travail.dosiportail.registry.declaration;

import fr.gouv.travail.dosiportail.core.Nir;
import fr.gouv.travail.dosiportail.identity.Actor;
import fr.gouv.travail.dosiportail.platform.ApiProblem;
import fr.gouv.travail.dosiportail.platform.FieldProblem;
import fr.gouv.travail.dosiportail.registry.Outcome;
import fr.gouv.travail.dosiportail.registry.Receipt;
import fr.gouv.travail.dosiportail.registry.WorkerDeclaration;
import fr.gouv.travail.dosiportail.registry.WorkerDeclared;
import fr.gouv.travail.dosiportail.registry.declaration.IdentityComparison.Identity;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

/**
 * One person per NIR, whichever employer declares them. A different identity for a known NIR is never written
 * over the worker: it is kept as an identity discrepancy for reconciliation.
 */
@Component
public class WorkerDeclarations {

    static final String SUBJECT = "WORKER";

    /** What happened to the worker row, and whether a discrepancy was recorded. */
    public record Result(UUID workerId, Outcome outcome, boolean discrepancyRecorded) {
    }

    private final JdbcClient jdbc;
    private final Guard guard;
    private final Receipts receipts;
    private final MissingInformation missing;
    private final ApplicationEventPublisher events;
    private final ReferentialChanges changes;
    private final JsonMapper json = JsonMapper.builder().build();

    WorkerDeclarations(JdbcClient jdbc, Guard guard, Receipts receipts, MissingInformation missing,
                       ApplicationEventPublisher events, ReferentialChanges changes) {
        this.changes = changes;
        this.jdbc = jdbc;
        this.guard = guard;
        this.receipts = receipts;
        this.missing = missing;
        this.events = events;
    }

    Receipt declare(Actor actor, WorkerDeclaration d) {
        Guard.Establishment est = guard.establishmentForWrite(actor, d.siret(), "siret");
        Result r = upsert(actor, d, est.id());
        var stillMissing = missing.forWorker(r.workerId(), est.id(), receipts.today());
        return r.outcome() == Outcome.UNCHANGED && !r.discrepancyRecorded()
                ? receipts.unchanged(est.companyId(), SUBJECT, r.workerId(), stillMissing)
                : receipts.issue(actor, est.companyId(), SUBJECT, r.workerId(), r.outcome(), stillMissing);
    }

    /** Problems of the identity itself (NIR key, sex, birth year and month against the NIR). */
    public static List<FieldProblem> check(WorkerDeclaration d) {
        return NirCoherence.check(d.nir(), d.sex(), d.birthDate());
    }

    public Result upsert(Actor actor, WorkerDeclaration d, UUID establishmentId) {
        List<FieldProblem> problems = check(d);
        if (!problems.isEmpty()) {
            throw ApiProblem.invalid(problems);
        }
        Nir nir = new Nir(d.nir());
        var existing = jdbc.sql("""
                        select id, birth_name, usage_name, first_names, sex, birth_date, birth_place_code
                        from registry.worker where nir = ?""")
                .param(nir.value()).query((rs, n) -> new Object[] {rs.getObject(1, UUID.class),
                        new Identity(rs.getString(2), rs.getString(4), rs.getString(5),
                                rs.getObject(6, LocalDate.class).toString(), rs.getString(7)), rs.getString(3)})
                .optional();
        if (existing.isEmpty()) {
            UUID id = UUID.randomUUID();
            jdbc.sql("""
                            insert into registry.worker (id, nir, birth_name, usage_name, first_names, sex, birth_date,
                                                         birth_place_code, created_by, updated_by)
                            values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                    .params(id, nir.value(), d.birthName().trim(), blankToNull(d.usageName()), d.firstNames().trim(),
                            d.sex().name(), d.birthDate(), d.birthPlaceCode(), actor.subject(), actor.subject())
                    .update();
            events.publishEvent(new WorkerDeclared(id, establishmentId));
            changes.worker(id);
            return new Result(id, Outcome.CREATED, false);
        }
        UUID id = (UUID) existing.get()[0];
        Identity registered = (Identity) existing.get()[1];
        Identity declared = new Identity(d.birthName(), d.firstNames(), d.sex().name(), d.birthDate().toString(),
                d.birthPlaceCode());
        Map<String, Map<String, String>> diff = IdentityComparison.differences(registered, declared);
        if (!diff.isEmpty()) {
            Map<String, Object> declaredJson = new LinkedHashMap<>();
            declaredJson.put("birthName", d.birthName());
            declaredJson.put("usageName", d.usageName());
            declaredJson.put("firstNames", d.firstNames());
            declaredJson.put("sex", d.sex().name());
            declaredJson.put("birthDate", d.birthDate().toString());
            declaredJson.put("birthPlaceCode", d.birthPlaceCode());
            int inserted = jdbc.sql("""
                            insert into registry.identity_discrepancy (id, worker_id, establishment_id, declared,
                                                                       differences, created_by, updated_by)
                            values (?, ?, ?, ?::jsonb, ?::jsonb, ?, ?) on conflict do nothing""")
                    .params(UUID.randomUUID(), id, establishmentId, json.writeValueAsString(declaredJson),
                            json.writeValueAsString(diff), actor.subject(), actor.subject())
                    .update();
            return new Result(id, Outcome.UNCHANGED, inserted > 0);
        }
        String usage = blankToNull(d.usageName());
        String registeredUsage = (String) existing.get()[2];
        if (usage != null && !Objects.equals(IdentityComparison.normalise(usage), IdentityComparison.normalise(registeredUsage))) {
            jdbc.sql("update registry.worker set usage_name = ?, updated_at = now(), updated_by = ? where id = ?")
                    .params(usage, actor.subject(), id).update();
            changes.worker(id); // a record sent under the usage name may match now
            return new Result(id, Outcome.UPDATED, false);
        }
        return new Result(id, Outcome.UNCHANGED, false);
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.trim();
    }
}
