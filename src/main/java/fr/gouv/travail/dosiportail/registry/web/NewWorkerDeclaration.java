package fr.gouv.travail.dosiportail.registry.web;

import fr.gouv.travail.dosiportail.identity.Actor;
import fr.gouv.travail.dosiportail.registry.Receipt;
import fr.gouv.travail.dosiportail.registry.RegistryDeclarations;
import java.util.List;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The worker form's three declarations (worker, employment, first exposure profile) in one transaction: if any
 * is refused, none is written, receipts included.
 */
@Component
class NewWorkerDeclaration {

    private final RegistryDeclarations declarations;

    NewWorkerDeclaration(RegistryDeclarations declarations) {
        this.declarations = declarations;
    }

    @Transactional
    public List<Receipt> declare(Actor actor, WorkerForm form) {
        Receipt worker = declarations.declareWorker(actor, form.worker());
        Receipt employment = declarations.declareEmployment(actor, form.employment());
        Receipt profile = declarations.declareExposureProfile(actor,
                form.profile(employment.subjectId(), form.getStartDate()));
        return List.of(worker, employment, profile);
    }
}
