package fr.gouv.travail.dosiportail.dosimetry.web;

import fr.gouv.travail.dosiportail.dosimetry.revision.CancellationRequest;
import fr.gouv.travail.dosiportail.dosimetry.revision.CorrectionRequest;
import fr.gouv.travail.dosiportail.dosimetry.revision.DoseRevisions;
import fr.gouv.travail.dosiportail.dosimetry.revision.RevisionReceipt;
import fr.gouv.travail.dosiportail.identity.CurrentActor;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import java.util.UUID;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * Corrections and cancellations of dose records: each one a new version linked to the previous one, with a reason.
 * The originator, the MDT following the worker, or the operator; anyone else gets 404 as for an unknown record.
 */
@RestController
@RequestMapping(path = "/api/v1/dose-records/{recordId}", produces = MediaType.APPLICATION_JSON_VALUE)
@Tag(name = "Résultats dosimétriques", description = "Transmission des doses en temps réel")
class RevisionController {

    private static final String REVISERS = "hasAnyRole('ACCREDITED_BODY','OCCUPATIONAL_PHYSICIAN','OPERATOR')";

    private final DoseRevisions revisions;
    private final CurrentActor actor;

    RevisionController(DoseRevisions revisions, CurrentActor actor) {
        this.revisions = revisions;
        this.actor = actor;
    }

    @PostMapping(path = "/corrections", consumes = MediaType.APPLICATION_JSON_VALUE)
    @ResponseStatus(HttpStatus.CREATED)
    @PreAuthorize(REVISERS)
    @Operation(summary = "Corriger un résultat (nouvelle version liée à la précédente, motif obligatoire)")
    @DoseApiErrors
    RevisionReceipt correct(@PathVariable UUID recordId, @Valid @RequestBody CorrectionRequest body) {
        return revisions.correct(actor.get(), recordId, body, "API");
    }

    @PostMapping(path = "/cancellation", consumes = MediaType.APPLICATION_JSON_VALUE)
    @ResponseStatus(HttpStatus.CREATED)
    @PreAuthorize(REVISERS)
    @Operation(summary = "Annuler un résultat (il reste lisible dans l'historique des versions)")
    @DoseApiErrors
    RevisionReceipt cancel(@PathVariable UUID recordId, @Valid @RequestBody CancellationRequest body) {
        return revisions.cancel(actor.get(), recordId, body.reason(), "API");
    }
}
