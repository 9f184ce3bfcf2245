package fr.gouv.travail.dosiportail.registry.declaration;

import fr.gouv.travail.dosiportail.identity.Actor;
import fr.gouv.travail.dosiportail.platform.ApiProblem;
import fr.gouv.travail.dosiportail.registry.AccreditedBodyDeclaration;
import fr.gouv.travail.dosiportail.registry.DesignationDeclaration;
import fr.gouv.travail.dosiportail.registry.DesignationEnd;
import fr.gouv.travail.dosiportail.registry.EmploymentDeclaration;
import fr.gouv.travail.dosiportail.registry.EmploymentEnd;
import fr.gouv.travail.dosiportail.registry.EstablishmentDeclaration;
import fr.gouv.travail.dosiportail.registry.ExposureProfileDeclaration;
import fr.gouv.travail.dosiportail.registry.Outcome;
import fr.gouv.travail.dosiportail.registry.Receipt;
import fr.gouv.travail.dosiportail.registry.RegistryDeclarations;
import fr.gouv.travail.dosiportail.registry.WorkerDeclaration;
import fr.gouv.travail.dosiportail.journal.AccessJournal;
import fr.gouv.travail.dosiportail.journal.JournalAction;
import fr.gouv.travail.dosiportail.registry.query.Access;
import java.util.function.Function;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Each declaration is one transaction: if it fails, nothing is written (receipt, events and journal included).
 * Declarations about a worker (identity, employment, exposure profile) are journaled here, once per call.
 */
@Service
@Transactional
class DeclarationService implements RegistryDeclarations {

    private final EstablishmentDeclarations establishments;
    private final WorkerDeclarations workers;
    private final EmploymentDeclarations employments;
    private final ProfileDeclarations profiles;
    private final DesignationDeclarations designations;
    private final JdbcClient jdbc;
    private final AccessJournal journal;

    DeclarationService(EstablishmentDeclarations establishments, WorkerDeclarations workers,
                       EmploymentDeclarations employments, ProfileDeclarations profiles,
                       DesignationDeclarations designations, JdbcClient jdbc, AccessJournal journal) {
        this.journal = journal;
        this.establishments = establishments;
        this.workers = workers;
        this.employments = employments;
        this.profiles = profiles;
        this.designations = designations;
        this.jdbc = jdbc;
    }

    @Override
    public Receipt declareEstablishment(Actor actor, EstablishmentDeclaration declaration) {
        return establishments.declare(actor, declaration);
    }

    @Override
    public Receipt declareWorker(Actor actor, WorkerDeclaration declaration) {
        return journaled(actor, "declareWorker", workers.declare(actor, declaration), r -> r.subjectId());
    }

    @Override
    public Receipt declareEmployment(Actor actor, EmploymentDeclaration declaration) {
        return journaled(actor, "declareEmployment", employments.declare(actor, declaration),
                r -> workerOfEmployment(r.subjectId()));
    }

    @Override
    public Receipt endEmployment(Actor actor, UUID employmentId, EmploymentEnd end) {
        return journaled(actor, "endEmployment", employments.end(actor, employmentId, end),
                r -> workerOfEmployment(employmentId));
    }

    @Override
    public Receipt declareExposureProfile(Actor actor, ExposureProfileDeclaration declaration) {
        return journaled(actor, "declareExposureProfile", profiles.declare(actor, declaration),
                r -> workerOfEmployment(declaration.employmentId()));
    }

    private Receipt journaled(Actor actor, String operation, Receipt receipt, Function<Receipt, UUID> worker) {
        journal.record(Access.of(actor, Access.DECLARATION, operation)
                .entry(worker.apply(receipt), JournalAction.WRITE, fr.gouv.travail.dosiportail.journal.Outcome.ALLOWED));
        return receipt;
    }

    private UUID workerOfEmployment(UUID employmentId) {
        return jdbc.sql("select worker_id from registry.employment where id = ?").param(employmentId)
                .query(UUID.class).single();
    }

    @Override
    public Receipt declareDesignation(Actor actor, DesignationDeclaration declaration) {
        return designations.declare(actor, declaration);
    }

    @Override
    public Receipt endDesignation(Actor actor, UUID designationId, DesignationEnd end) {
        return designations.end(actor, designationId, end);
    }

    @Override
    public AccreditedBodyRecorded declareAccreditedBody(Actor actor, AccreditedBodyDeclaration d) {
        if (!Guard.isOperator(actor)) {
            throw ApiProblem.forbidden("Seul l’opérateur déclare les organismes accrédités.",
                    "Only the operator declares accredited bodies.");
        }
        EmploymentDeclarations.checkDates(d.validFrom(), d.validTo(), "validTo");
        String scope = d.scope().stream().map(s -> "\"" + s.replace("\\", "\\\\").replace("\"", "\\\"") + "\"")
                .collect(java.util.stream.Collectors.joining(",", "{", "}"));
        var existing = jdbc.sql("""
                        select id, kind = :kind and name = :name and siret = :siret and scope = :scope::text[]
                               and valid_from = :from and valid_to is not distinct from :to
                        from registry.accredited_body where accreditation_number = :number""")
                .param("kind", d.kind().name()).param("name", d.name().trim()).param("siret", d.siret())
                .param("scope", scope).param("from", d.validFrom()).param("to", d.validTo())
                .param("number", d.accreditationNumber().trim())
                .query((rs, n) -> new Object[] {rs.getObject(1, UUID.class), rs.getBoolean(2)}).optional();
        if (existing.isPresent() && (boolean) existing.get()[1]) {
            return new AccreditedBodyRecorded((UUID) existing.get()[0], Outcome.UNCHANGED);
        }
        UUID id = existing.map(r -> (UUID) r[0]).orElseGet(UUID::randomUUID);
        String sql = existing.isPresent()
                ? """
                  update registry.accredited_body set kind = :kind, name = :name, siret = :siret, scope = :scope::text[],
                      valid_from = :from, valid_to = :to, updated_at = now(), updated_by = :by where id = :id"""
                : """
                  insert into registry.accredited_body (id, kind, name, siret, accreditation_number, scope, valid_from,
                      valid_to, created_by, updated_by)
                  values (:id, :kind, :name, :siret, :number, :scope::text[], :from, :to, :by, :by)""";
        var spec = jdbc.sql(sql).param("id", id).param("kind", d.kind().name()).param("name", d.name().trim())
                .param("siret", d.siret()).param("scope", scope).param("from", d.validFrom()).param("to", d.validTo())
                .param("by", actor.subject());
        if (existing.isEmpty()) {
            spec = spec.param("number", d.accreditationNumber().trim());
        }
        spec.update();
        return new AccreditedBodyRecorded(id, existing.isPresent() ? Outcome.UPDATED : Outcome.CREATED);
    }
}
