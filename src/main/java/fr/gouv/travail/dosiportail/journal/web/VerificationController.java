package fr.gouv.travail.dosiportail.journal.web;

import fr.gouv.travail.dosiportail.journal.AccessJournal;
import fr.gouv.travail.dosiportail.journal.ChainVerification;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.http.MediaType;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** Lets the operator check that no journal entry was changed or removed. */
@RestController
@RequestMapping(path = "/api/v1/journal", produces = MediaType.APPLICATION_JSON_VALUE)
@Tag(name = "Journal", description = "Journal des accès aux données personnelles")
class VerificationController {

    private final AccessJournal journal;

    VerificationController(AccessJournal journal) {
        this.journal = journal;
    }

    @GetMapping("/verification")
    @PreAuthorize("hasRole('OPERATOR')")
    @Operation(summary = "Vérifie toute la chaîne du journal et nomme le premier maillon rompu")
    ChainVerification verification() {
        return journal.verify();
    }
}
