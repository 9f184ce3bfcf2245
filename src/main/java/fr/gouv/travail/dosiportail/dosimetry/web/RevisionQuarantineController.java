package fr.gouv.travail.dosiportail.dosimetry.web;

import fr.gouv.travail.dosiportail.dosimetry.revision.QuarantineEntries;
import fr.gouv.travail.dosiportail.dosimetry.revision.QuarantineRelease;
import fr.gouv.travail.dosiportail.identity.Actor;
import fr.gouv.travail.dosiportail.identity.CurrentActor;
import fr.gouv.travail.dosiportail.platform.ApiProblem;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.UUID;
import org.springframework.http.MediaType;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The quarantine: the operator sees every entry, a lab its own; either may retry an entry now. */
@RestController
@RequestMapping(path = "/api/v1/quarantine", produces = MediaType.APPLICATION_JSON_VALUE)
@Tag(name = "Quarantaine", description = "Résultats en attente d'un rapprochement avec le référentiel")
class RevisionQuarantineController {

    private static final String READERS = "hasAnyRole('ACCREDITED_BODY','OCCUPATIONAL_PHYSICIAN','OPERATOR')";

    private final QuarantineEntries entries;
    private final QuarantineRelease release;
    private final CurrentActor current;

    RevisionQuarantineController(QuarantineEntries entries, QuarantineRelease release, CurrentActor current) {
        this.entries = entries;
        this.release = release;
        this.current = current;
    }

    @GetMapping
    @PreAuthorize(READERS)
    @Operation(summary = "Lister les résultats en quarantaine (les plus récents d'abord)")
    QuarantineEntries.Page list(@RequestParam(defaultValue = "true") boolean waitingOnly,
                                @RequestParam(defaultValue = "0") int page,
                                @RequestParam(defaultValue = "50") int size) {
        if (page < 0 || page > 100_000) {
            throw ApiProblem.invalid("page", "OUT_OF_RANGE", "Numéro de page invalide.", "Invalid page number.");
        }
        if (size < 1 || size > 500) {
            throw ApiProblem.invalid("size", "OUT_OF_RANGE", "La taille de page va de 1 à 500.",
                    "The page size ranges from 1 to 500.");
        }
        return entries.list(current.get(), waitingOnly, page, size);
    }

    @PostMapping("/{id}/retry")
    @PreAuthorize(READERS)
    @Operation(summary = "Retenter tout de suite le rapprochement d'une entrée")
    QuarantineRelease.Attempt retry(@PathVariable UUID id) {
        Actor actor = current.get();
        entries.requireVisible(actor, id);
        return release.retry(id).orElseThrow(() -> ApiProblem.conflict("Cette entrée a déjà été levée.",
                "This entry was already released."));
    }
}
