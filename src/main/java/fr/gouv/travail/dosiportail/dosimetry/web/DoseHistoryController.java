package fr.gouv.travail.dosiportail.dosimetry.web;

import fr.gouv.travail.dosiportail.dosimetry.reading.DoseHistory;
import fr.gouv.travail.dosiportail.dosimetry.reading.DoseRecordView;
import fr.gouv.travail.dosiportail.dosimetry.reading.HistoryPage;
import fr.gouv.travail.dosiportail.identity.Actor;
import fr.gouv.travail.dosiportail.identity.CurrentActor;
import fr.gouv.travail.dosiportail.journal.WorkerLookup;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.springframework.http.MediaType;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * A worker's dose history (current versions, newest first, paged or as CSV) and the versions of one record, for every
 * actor the access policy lets read doses; the worker reads their own under {@code /api/v1/me}. A refusal answers the
 * 404 of an unknown worker.
 */
@RestController
@RequestMapping("/api/v1")
@Tag(name = "Historique dosimétrique", description = "Doses d'un travailleur : historique, versions, export CSV")
class DoseHistoryController {

    /** Every actor but laboratories (which read only their own submissions) and workers (who use /me). */
    static final String READERS = "isAuthenticated() and !hasRole('ACCREDITED_BODY') and !hasRole('WORKER')";
    static final String TEXT_CSV = "text/csv";
    private static final String FROM = "Début : doses dont la période de port finit ce jour ou après (AAAA-MM-JJ)";
    private static final String TO = "Fin : doses dont la période de port commence ce jour ou avant (AAAA-MM-JJ)";
    private static final String SIZE = "Taille de page, 1 à 500 (100 par défaut)";

    private final DoseHistory history;
    private final CurrentActor current;
    private final WorkerLookup workers;

    DoseHistoryController(DoseHistory history, CurrentActor current, WorkerLookup workers) {
        this.history = history;
        this.current = current;
        this.workers = workers;
    }

    @GetMapping(path = "/workers/{workerId}/dose-records", produces = MediaType.APPLICATION_JSON_VALUE)
    @PreAuthorize(READERS)
    @Operation(summary = "Historique des doses d'un travailleur (versions en vigueur, plus récentes d'abord)")
    HistoryPage records(@PathVariable UUID workerId,
            @Parameter(description = FROM) @RequestParam(required = false) String from,
            @Parameter(description = TO) @RequestParam(required = false) String to,
            @Parameter(description = "Page, à partir de 0") @RequestParam(required = false) String page,
            @Parameter(description = SIZE) @RequestParam(required = false) String size, HttpServletRequest request) {
        return page(current.get(), workerId, from, to, page, size, request);
    }

    @GetMapping("/me/dose-records")
    @PreAuthorize("hasRole('WORKER')")
    @Operation(summary = "Mon historique dosimétrique (travailleur)")
    HistoryPage mine(@Parameter(description = FROM) @RequestParam(required = false) String from,
            @Parameter(description = TO) @RequestParam(required = false) String to,
            @Parameter(description = "Page, à partir de 0") @RequestParam(required = false) String page,
            @Parameter(description = SIZE) @RequestParam(required = false) String size, HttpServletRequest request) {
        Actor me = current.get();
        return page(me, self(me), from, to, page, size, request);
    }

    @GetMapping(path = {"/workers/{workerId}/dose-records.csv"})
    @PreAuthorize(READERS)
    @Operation(summary = "Historique des doses au format CSV (séparateur ;, UTF-8 avec BOM, en-têtes en français)")
    void csv(@PathVariable UUID workerId, @RequestParam(required = false) String from,
             @RequestParam(required = false) String to, HttpServletRequest request, HttpServletResponse response) {
        csv(current.get(), workerId, from, to, request, response);
    }

    @GetMapping(path = "/workers/{workerId}/dose-records", produces = TEXT_CSV)
    @PreAuthorize(READERS)
    @Operation(summary = "Historique des doses, en CSV quand la requête accepte text/csv")
    void csvByAccept(@PathVariable UUID workerId, @RequestParam(required = false) String from,
                     @RequestParam(required = false) String to, HttpServletRequest request,
                     HttpServletResponse response) {
        csv(current.get(), workerId, from, to, request, response);
    }

    @GetMapping("/me/dose-records.csv")
    @PreAuthorize("hasRole('WORKER')")
    @Operation(summary = "Mon historique dosimétrique au format CSV")
    void myCsv(@RequestParam(required = false) String from, @RequestParam(required = false) String to,
               HttpServletRequest request, HttpServletResponse response) {
        Actor me = current.get();
        csv(me, self(me), from, to, request, response);
    }

    @GetMapping(path = "/workers/{workerId}/dose-records/{recordId}/versions", produces = MediaType.APPLICATION_JSON_VALUE)
    @PreAuthorize(READERS)
    @Operation(summary = "Toutes les versions d'un résultat (corrections, annulation, motif), la plus ancienne d'abord")
    List<DoseRecordView> versions(@PathVariable UUID workerId, @PathVariable UUID recordId, HttpServletRequest request) {
        Actor actor = current.get();
        return history.versions(ReadingParams.reader(actor, request), workerId, recordId)
                .orElseThrow(ReadingParams::notFound);
    }

    @GetMapping(path = "/me/dose-records/{recordId}/versions", produces = MediaType.APPLICATION_JSON_VALUE)
    @PreAuthorize("hasRole('WORKER')")
    @Operation(summary = "Toutes les versions d'un de mes résultats")
    List<DoseRecordView> myVersions(@PathVariable UUID recordId, HttpServletRequest request) {
        Actor me = current.get();
        return history.versions(ReadingParams.reader(me, request), self(me), recordId)
                .orElseThrow(ReadingParams::notFound);
    }

    private HistoryPage page(Actor actor, UUID workerId, String from, String to, String page, String size,
                             HttpServletRequest request) {
        LocalDate f = ReadingParams.date("from", from);
        LocalDate t = ReadingParams.date("to", to);
        ReadingParams.ordered(f, t);
        int p = ReadingParams.page(page);
        int s = ReadingParams.size(size);
        return history.page(ReadingParams.reader(actor, request), workerId, f, t, p, s)
                .orElseThrow(ReadingParams::notFound);
    }

    private void csv(Actor actor, UUID workerId, String from, String to, HttpServletRequest request,
                     HttpServletResponse response) {
        LocalDate f = ReadingParams.date("from", from);
        LocalDate t = ReadingParams.date("to", to);
        ReadingParams.ordered(f, t);
        DoseHistoryCsv out = new DoseHistoryCsv(response, "doses-" + workerId + ".csv");
        if (!history.stream(ReadingParams.reader(actor, request), workerId, f, t, out)) {
            throw ReadingParams.notFound();
        }
        out.finish();
    }

    private UUID self(Actor me) {
        return me.nir().flatMap(workers::workerIdOf).orElseThrow(ReadingParams::notFound);
    }
}
