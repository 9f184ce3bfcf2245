package fr.gouv.travail.dosiportail.surveillance.web;

import fr.gouv.travail.dosiportail.identity.CurrentActor;
import fr.gouv.travail.dosiportail.surveillance.alert.DoseConstraints;
import fr.gouv.travail.dosiportail.surveillance.alert.WorkerContextRecords;
import fr.gouv.travail.dosiportail.surveillance.limits.LimitQuantity;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.LocalDate;
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

/** What the limits depend on: pregnancy (MDT), exceptional exposure (labour inspector), CRP dose constraints. */
@RestController
@RequestMapping(path = "/api/v1", produces = MediaType.APPLICATION_JSON_VALUE)
@Tag(name = "Alertes", description = "Dépassements de limites, suivi par le médecin du travail, événements significatifs")
class WorkerContextController {

    private final WorkerContextRecords records;
    private final DoseConstraints constraints;
    private final CurrentActor actor;

    WorkerContextController(WorkerContextRecords records, DoseConstraints constraints, CurrentActor actor) {
        this.records = records;
        this.constraints = constraints;
        this.actor = actor;
    }

    record PregnancyRequest(@NotNull LocalDate declaredOn, LocalDate deliveryOn) {
    }

    record ExceptionalExposureRequest(@NotNull LocalDate periodStart, @NotNull LocalDate periodEnd,
                                      @NotBlank @Size(max = 200) String decisionReference) {
    }

    record ConstraintRequest(@NotNull LimitQuantity quantity, @NotNull BigDecimal valueMsv,
                             @NotNull BigDecimal preAlertFraction, LocalDate validFrom,
                             @Size(max = 40) String occupationCode) {
    }

    @PostMapping(path = "/workers/{id}/pregnancy", consumes = MediaType.APPLICATION_JSON_VALUE)
    @ResponseStatus(HttpStatus.CREATED)
    @PreAuthorize("hasAnyRole('OCCUPATIONAL_PHYSICIAN','OPERATOR')")
    @Operation(summary = "Déclaration de grossesse (R.4451-7) : médecin du travail qui suit la travailleuse")
    WorkerContextRecords.Recorded pregnancy(@PathVariable UUID id, @Valid @RequestBody PregnancyRequest body) {
        return records.pregnancy(actor.get(), id, new WorkerContextRecords.Pregnancy(body.declaredOn(), body.deliveryOn()));
    }

    @PostMapping(path = "/workers/{id}/exceptional-exposures", consumes = MediaType.APPLICATION_JSON_VALUE)
    @ResponseStatus(HttpStatus.CREATED)
    @PreAuthorize("hasAnyRole('LABOUR_INSPECTOR','OPERATOR')")
    @Operation(summary = "Exposition exceptionnelle autorisée (R.4451-89 à -93) : décision de l’inspection du travail")
    WorkerContextRecords.Recorded exceptional(@PathVariable UUID id, @Valid @RequestBody ExceptionalExposureRequest body) {
        return records.exceptionalExposure(actor.get(), id, new WorkerContextRecords.ExceptionalExposure(
                body.periodStart(), body.periodEnd(), body.decisionReference()));
    }

    @PostMapping(path = "/establishments/{id}/dose-constraints", consumes = MediaType.APPLICATION_JSON_VALUE)
    @ResponseStatus(HttpStatus.CREATED)
    @PreAuthorize("hasAnyRole('RADIATION_PROTECTION_ADVISER','OPERATOR')")
    @Operation(summary = "Contrainte de dose d’un établissement et seuil de pré-alerte (CRP désigné)")
    DoseConstraints.Created constraint(@PathVariable UUID id, @Valid @RequestBody ConstraintRequest body) {
        return constraints.create(actor.get(), id, new DoseConstraints.Constraint(body.quantity(), body.valueMsv(),
                body.preAlertFraction(), body.validFrom(),
                body.occupationCode() == null || body.occupationCode().isBlank() ? null : body.occupationCode().strip()));
    }
}
