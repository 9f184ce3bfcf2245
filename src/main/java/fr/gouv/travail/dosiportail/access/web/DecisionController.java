package fr.gouv.travail.dosiportail.access.web;

import fr.gouv.travail.dosiportail.access.AccessPolicy;
import fr.gouv.travail.dosiportail.access.Action;
import fr.gouv.travail.dosiportail.access.Decision;
import fr.gouv.travail.dosiportail.identity.Actor;
import fr.gouv.travail.dosiportail.identity.ActorKind;
import fr.gouv.travail.dosiportail.identity.CurrentActor;
import fr.gouv.travail.dosiportail.journal.AccessJournal;
import fr.gouv.travail.dosiportail.journal.DataKind;
import fr.gouv.travail.dosiportail.journal.JournalAction;
import fr.gouv.travail.dosiportail.journal.JournalEntry;
import fr.gouv.travail.dosiportail.journal.Outcome;
import fr.gouv.travail.dosiportail.platform.ApiProblem;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import jakarta.servlet.http.HttpServletRequest;
import java.time.LocalDate;
import java.util.Map;
import java.util.UUID;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.MediaType;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The policy's decision for the caller on one worker's data of a kind at a date, until the dosimetry module serves
 * the data itself behind the same policy. Refused and unknown answer the same 404; each decision about an existing
 * worker is journaled (the worker sees who asked).
 */
@RestController
class DecisionController {

    static final String NOT_FOUND_FR = "Travailleur introuvable.";
    static final String NOT_FOUND_EN = "Worker not found.";
    private final AccessPolicy policy;
    private final CurrentActor current;
    private final AccessJournal journal;
    private final TransactionTemplate tx;

    DecisionController(AccessPolicy policy, CurrentActor current, AccessJournal journal, TransactionTemplate tx) {
        this.policy = policy;
        this.current = current;
        this.journal = journal;
        this.tx = tx;
    }

    @GetMapping(path = "/api/v1/workers/{id}/access", produces = MediaType.APPLICATION_JSON_VALUE)
    @PreAuthorize("isAuthenticated() and !hasRole('ACCREDITED_BODY')")
    @Operation(summary = "Puis-je accéder à cette donnée du travailleur ? (décision de la politique d'accès)")
    Map<String, Object> decision(@PathVariable UUID id, @RequestParam DataKind dataKind,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate date,
            @RequestParam(defaultValue = "READ") Action action,
            @Parameter(description = "Finalité, obligatoire pour l'opérateur") @RequestParam(required = false) String purpose,
            HttpServletRequest request) {
        Actor actor = current.get();
        String why = purpose(actor, request);
        LocalDate at = date == null ? policy.today() : date;
        Decision d = tx.execute(s -> {
            Decision decision = policy.decide(actor, id, dataKind, at, action);
            if (decision.allowed() || exists(id)) {
                JournalEntry entry = JournalEntry.of(actor, id, dataKind, action == Action.READ ? JournalAction.READ
                        : JournalAction.WRITE, why, decision.allowed() ? Outcome.ALLOWED : Outcome.DENIED,
                        request.getMethod() + " " + request.getRequestURI());
                if (decision.allowed()) {
                    entry = policy.delegatingPhysician(actor, id, dataKind).map(r -> "MDT RPPS " + r)
                            .map(entry::onBehalfOf).orElse(entry);
                }
                journal.record(entry);
            }
            return decision;
        });
        if (!d.allowed()) {
            throw ApiProblem.notFound(NOT_FOUND_FR, NOT_FOUND_EN);
        }
        return Map.of("allowed", true, "dataKind", dataKind, "date", at, "action", action);
    }

    private boolean exists(UUID id) {
        return policy.workerExists(id);
    }

    static String purpose(Actor actor, HttpServletRequest request) {
        if (actor.kind() != ActorKind.OPERATOR) {
            return fr.gouv.travail.dosiportail.access.Purposes.of(actor.kind());
        }
        String p = request.getHeader("X-Purpose");
        if (p == null || p.isBlank()) {
            p = request.getParameter("purpose");
        }
        if (p == null || p.isBlank()) {
            throw ApiProblem.invalid("purpose", "PURPOSE_REQUIRED",
                    "L’opérateur doit indiquer la finalité de sa consultation (en-tête X-Purpose ou paramètre purpose).",
                    "The operator must state the purpose of the read (X-Purpose header or purpose parameter).");
        }
        p = p.strip();
        return p.length() > 500 ? p.substring(0, 500) : p;
    }
}
