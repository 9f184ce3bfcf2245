package fr.gouv.travail.dosiportail.dosimetry.web;

import fr.gouv.travail.dosiportail.dosimetry.reading.DoseSummaries;
import fr.gouv.travail.dosiportail.dosimetry.reading.DoseSummary;
import fr.gouv.travail.dosiportail.identity.Actor;
import fr.gouv.travail.dosiportail.identity.CurrentActor;
import fr.gouv.travail.dosiportail.journal.WorkerLookup;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import java.time.LocalDate;
import java.util.UUID;
import org.springframework.http.MediaType;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * A worker's effective dose and equivalent doses over the rolling 12 months, the calendar year and the career, all
 * ending at a date, under the rule of docs/rules/effective-dose.md.
 */
@RestController
@RequestMapping(path = "/api/v1", produces = MediaType.APPLICATION_JSON_VALUE)
@Tag(name = "Historique dosimétrique")
class DoseSummaryController {

    private static final String AT = "Date de fin des périodes (AAAA-MM-JJ, aujourd'hui par défaut)";
    private final DoseSummaries summaries;
    private final CurrentActor current;
    private final WorkerLookup workers;

    DoseSummaryController(DoseSummaries summaries, CurrentActor current, WorkerLookup workers) {
        this.summaries = summaries;
        this.current = current;
        this.workers = workers;
    }

    @GetMapping("/workers/{workerId}/dose-summary")
    @PreAuthorize(DoseHistoryController.READERS)
    @Operation(summary = "Dose efficace et doses équivalentes : 12 mois glissants, année civile, carrière")
    DoseSummary summary(@PathVariable UUID workerId,
                        @Parameter(description = AT) @RequestParam(required = false) String at,
                        HttpServletRequest request) {
        return summary(current.get(), workerId, at, request);
    }

    @GetMapping("/me/dose-summary")
    @PreAuthorize("hasRole('WORKER')")
    @Operation(summary = "Ma dose efficace et mes doses équivalentes (travailleur)")
    DoseSummary mine(@Parameter(description = AT) @RequestParam(required = false) String at,
                     HttpServletRequest request) {
        Actor me = current.get();
        UUID id = me.nir().flatMap(workers::workerIdOf).orElseThrow(ReadingParams::notFound);
        return summary(me, id, at, request);
    }

    private DoseSummary summary(Actor actor, UUID workerId, String at, HttpServletRequest request) {
        LocalDate date = ReadingParams.date("at", at);
        var reader = ReadingParams.reader(actor, request);
        return summaries.at(reader, workerId, date == null ? LocalDate.now(java.time.ZoneId.of("Europe/Paris")) : date)
                .orElseThrow(ReadingParams::notFound);
    }
}
