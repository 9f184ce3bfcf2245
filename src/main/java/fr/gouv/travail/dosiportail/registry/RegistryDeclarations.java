package fr.gouv.travail.dosiportail.registry;

import fr.gouv.travail.dosiportail.identity.Actor;
import java.util.UUID;

/**
 * The employer's single point of declaration. Each call is one transaction, idempotent, and answers a receipt.
 * An employer (or correspondent) acts for its own company; the operator for any.
 */
public interface RegistryDeclarations {

    Receipt declareEstablishment(Actor actor, EstablishmentDeclaration declaration);

    Receipt declareWorker(Actor actor, WorkerDeclaration declaration);

    Receipt declareEmployment(Actor actor, EmploymentDeclaration declaration);

    Receipt endEmployment(Actor actor, UUID employmentId, EmploymentEnd end);

    Receipt declareExposureProfile(Actor actor, ExposureProfileDeclaration declaration);

    Receipt declareDesignation(Actor actor, DesignationDeclaration declaration);

    Receipt endDesignation(Actor actor, UUID designationId, DesignationEnd end);

    /** Operator only. Answers the body's id and whether it was created, updated or unchanged. */
    AccreditedBodyRecorded declareAccreditedBody(Actor actor, AccreditedBodyDeclaration declaration);

    record AccreditedBodyRecorded(UUID id, Outcome outcome) {
    }
}
