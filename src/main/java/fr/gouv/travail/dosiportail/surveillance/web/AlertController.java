package fr.gouv.travail.dosiportail.surveillance.web;

import fr.gouv.travail.dosiportail.identity.CurrentActor;
import fr.gouv.travail.dosiportail.surveillance.alert.AlertLifecycle;
import fr.gouv.travail.dosiportail.surveillance.alert.AlertReads;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.util.List;
import java.util.UUID;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * Limit alerts: each reader lists its own redacted version (MDT/CRP with values, employer identity only, ministry
 * anonymous); the MDT following the worker starts the analysis and concludes it. Significant events for the employer.
 */
@RestController
@RequestMapping(path = "/api/v1", produces = MediaType.APPLICATION_JSON_VALUE)
@Tag(name = "Alertes", description = "Dépassements de limites, suivi par le médecin du travail, événements significatifs")
class AlertController {

    private final AlertReads reads;
    private final AlertLifecycle lifecycle;
    private final CurrentActor actor;

    AlertController(AlertReads reads, AlertLifecycle lifecycle, CurrentActor actor) {
        this.reads = reads;
        this.lifecycle = lifecycle;
        this.actor = actor;
    }

    /** The MDT's analysis note. */
    record AnalysisRequest(@Size(max = 2000) String note) {
    }

    /** The MDT's conclusion and the finally retained dose. */
    record ConclusionRequest(@NotNull AlertLifecycle.Outcome outcome,
                             @NotNull @DecimalMin("0") BigDecimal retainedDoseMsv, @Size(max = 2000) String note) {
    }

    @GetMapping("/alerts")
    @PreAuthorize("hasAnyRole('OCCUPATIONAL_PHYSICIAN','RADIATION_PROTECTION_ADVISER','EMPLOYER',"
            + "'EMPLOYER_CORRESPONDENT','LABOUR_INSPECTOR','MINISTRY','OPERATOR')")
    @Operation(summary = "Mes alertes (version propre à chaque destinataire)")
    List<AlertReads.AlertItem> alerts() {
        return reads.alerts(actor.get());
    }

    @PostMapping(path = "/alerts/{id}/analysis", consumes = MediaType.APPLICATION_JSON_VALUE)
    @ResponseStatus(HttpStatus.CREATED)
    @PreAuthorize("hasRole('OCCUPATIONAL_PHYSICIAN')")
    @Operation(summary = "Commencer l’analyse d’une alerte (médecin du travail qui suit le travailleur)")
    AlertLifecycle.AlertStep analysis(@PathVariable UUID id, @Valid @RequestBody AnalysisRequest body) {
        return lifecycle.startAnalysis(actor.get(), id, body.note());
    }

    @PostMapping(path = "/alerts/{id}/conclusion", consumes = MediaType.APPLICATION_JSON_VALUE)
    @ResponseStatus(HttpStatus.CREATED)
    @PreAuthorize("hasRole('OCCUPATIONAL_PHYSICIAN')")
    @Operation(summary = "Conclure l’analyse : dose maintenue, modifiée ou annulée, et dose retenue")
    AlertLifecycle.AlertStep conclusion(@PathVariable UUID id, @Valid @RequestBody ConclusionRequest body) {
        return lifecycle.conclude(actor.get(), id, body.outcome(), body.retainedDoseMsv(), body.note());
    }

    @GetMapping("/significant-events")
    @PreAuthorize("hasAnyRole('EMPLOYER','EMPLOYER_CORRESPONDENT','OPERATOR')")
    @Operation(summary = "Événements significatifs à déclarer (R.4451-74) : identité et nature, sans dose")
    List<AlertReads.SignificantEvent> significantEvents() {
        return reads.significantEvents(actor.get());
    }
}
