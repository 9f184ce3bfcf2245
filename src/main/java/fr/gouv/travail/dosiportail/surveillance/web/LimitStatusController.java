package fr.gouv.travail.dosiportail.surveillance.web;

import fr.gouv.travail.dosiportail.access.Purposes;
import fr.gouv.travail.dosiportail.identity.Actor;
import fr.gouv.travail.dosiportail.identity.ActorKind;
import fr.gouv.travail.dosiportail.identity.CurrentActor;
import fr.gouv.travail.dosiportail.platform.ApiProblem;
import fr.gouv.travail.dosiportail.surveillance.alert.LimitStatus;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.UUID;
import org.springframework.http.MediaType;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** A worker's standing against every limit on a given day, for those who may read its effective dose. */
@RestController
@RequestMapping(path = "/api/v1", produces = MediaType.APPLICATION_JSON_VALUE)
@Tag(name = "Alertes")
class LimitStatusController {

    private final LimitStatus status;
    private final CurrentActor actor;

    LimitStatusController(LimitStatus status, CurrentActor actor) {
        this.status = status;
        this.actor = actor;
    }

    @GetMapping("/workers/{workerId}/limits")
    @PreAuthorize("hasAnyRole('OCCUPATIONAL_PHYSICIAN','HEALTH_PROFESSIONAL','RADIATION_PROTECTION_ADVISER',"
            + "'LABOUR_INSPECTOR','RADIATION_PROTECTION_INSPECTOR','OPERATOR')")
    @Operation(summary = "Situation du travailleur au regard de chaque limite, à une date (fenêtres se terminant ce "
            + "jour-là, les deux modes de comptage)")
    List<LimitStatus.LimitWindow> limits(@PathVariable UUID workerId,
            @Parameter(description = "AAAA-MM-JJ, aujourd'hui par défaut") @RequestParam(required = false) String at,
            @RequestHeader(name = "X-Purpose", required = false) String purpose) {
        Actor a = actor.get();
        return status.at(a, workerId, day(at), purposeOf(a, purpose));
    }

    private static LocalDate day(String at) {
        if (at == null || at.isBlank()) {
            return LocalDate.now(ZoneId.of("Europe/Paris"));
        }
        try {
            return LocalDate.parse(at.strip());
        } catch (DateTimeParseException e) {
            throw ApiProblem.invalid("at", "INVALID_DATE", "Date attendue au format AAAA-MM-JJ.",
                    "A date in the form YYYY-MM-DD is expected.");
        }
    }

    private static String purposeOf(Actor a, String stated) {
        if (a.kind() != ActorKind.OPERATOR) {
            return Purposes.of(a.kind());
        }
        if (stated == null || stated.isBlank()) {
            throw ApiProblem.invalid("X-Purpose", "PURPOSE_REQUIRED",
                    "L’opérateur doit indiquer la finalité de sa consultation (en-tête X-Purpose).",
                    "The operator must state the purpose of the read (X-Purpose header).");
        }
        return stated.strip();
    }
}
