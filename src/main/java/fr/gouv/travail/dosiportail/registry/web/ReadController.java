package fr.gouv.travail.dosiportail.registry.web;

import fr.gouv.travail.dosiportail.identity.CurrentActor;
import fr.gouv.travail.dosiportail.registry.Classification;
import fr.gouv.travail.dosiportail.registry.declaration.Guard;
import fr.gouv.travail.dosiportail.registry.query.RegistryQueries;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Pattern;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.MediaType;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** What the caller's company declared. Another company's rows are simply not found. */
@RestController
@RequestMapping(path = "/api/v1", produces = MediaType.APPLICATION_JSON_VALUE)
@Tag(name = "Consultation", description = "Lecture du référentiel de l'entreprise")
class ReadController {

    private static final String DECLARANTS = "hasAnyRole('EMPLOYER','EMPLOYER_CORRESPONDENT','OPERATOR')";
    /** Who may read workers' administrative data; the access policy then filters the rows in SQL. */
    private static final String READERS = "hasAnyRole('EMPLOYER','EMPLOYER_CORRESPONDENT','OPERATOR','OCCUPATIONAL_PHYSICIAN',"
            + "'HEALTH_PROFESSIONAL','RADIATION_PROTECTION_ADVISER','LABOUR_INSPECTOR','RADIATION_PROTECTION_INSPECTOR')";
    private static final String PURPOSE = "Finalité de la consultation, obligatoire pour l'opérateur (journal des accès)";
    private final RegistryQueries queries;
    private final CurrentActor actor;
    private final AccessPurposes purposes;

    ReadController(RegistryQueries queries, CurrentActor actor, AccessPurposes purposes) {
        this.queries = queries;
        this.actor = actor;
        this.purposes = purposes;
    }

    @GetMapping("/establishments")
    @PreAuthorize(DECLARANTS)
    @Operation(summary = "Établissements de mon entreprise")
    List<Map<String, Object>> establishments() {
        return Rows.api(queries.establishments(actor.get()));
    }

    @GetMapping("/workers")
    @PreAuthorize(READERS)
    @Operation(summary = "Travailleurs que la politique d'accès me montre (un par emploi visible), paginés et filtrés")
    @ApiErrors
    Map<String, Object> workers(
            @RequestParam(defaultValue = "0") @Min(0) int page,
            @RequestParam(defaultValue = "50") @Min(1) @Max(500) int size,
            @RequestParam(required = false) @Pattern(regexp = "\\d{14}") @Parameter(description = "SIRET de l'établissement") String siret,
            @RequestParam(required = false) Classification classification,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
            @Parameter(description = "Emploi en cours à cette date") LocalDate activeAt,
            @RequestParam(required = false) @Parameter(description = "Début du nom de naissance ou d'usage") String name,
            @RequestHeader(name = AccessPurposes.HEADER, required = false) @Parameter(description = PURPOSE) String purposeHeader,
            @RequestParam(name = AccessPurposes.PARAMETER, required = false) @Parameter(description = PURPOSE) String purpose,
            HttpServletRequest request) {
        var p = queries.workers(purposes.api(request), actor.get(), siret, classification == null ? null : classification.name(), activeAt,
                name, page, size, LocalDate.now(ZoneId.of("Europe/Paris")));
        return Map.of("content", Rows.api(p.content()), "page", p.page(), "size", p.size(),
                "totalElements", p.totalElements());
    }

    @GetMapping("/workers/{id}")
    @PreAuthorize(READERS)
    @Operation(summary = "Un travailleur, si la politique d'accès m'ouvre ses données administratives")
    @ApiErrors
    Map<String, Object> worker(@PathVariable UUID id,
            @RequestHeader(name = AccessPurposes.HEADER, required = false) @Parameter(description = PURPOSE) String purposeHeader,
            @RequestParam(name = AccessPurposes.PARAMETER, required = false) @Parameter(description = PURPOSE) String purpose,
            HttpServletRequest request) {
        return Rows.api(queries.worker(purposes.api(request), actor.get(), id).orElseThrow(Guard::notFound));
    }

    @GetMapping("/me/worker")
    @PreAuthorize("hasRole('WORKER')")
    @Operation(summary = "Mes données administratives (travailleur), tous employeurs, toute la carrière")
    @ApiErrors
    Map<String, Object> me(HttpServletRequest request) {
        var me = actor.get();
        UUID id = me.nir().flatMap(queries::workerIdOf).orElseThrow(Guard::notFound);
        return Rows.api(queries.worker(purposes.api(request), me, id).orElseThrow(Guard::notFound));
    }

    @GetMapping("/designations")
    @PreAuthorize(DECLARANTS)
    @Operation(summary = "Désignations (MDT, CRP, correspondant) de mes établissements")
    List<Map<String, Object>> designations(@RequestParam(required = false) @Pattern(regexp = "\\d{14}") String siret) {
        return Rows.api(queries.designations(actor.get(), siret));
    }

    @GetMapping("/receipts")
    @PreAuthorize(DECLARANTS)
    @Operation(summary = "Récépissés de déclaration de mon entreprise, du plus récent au plus ancien")
    List<Map<String, Object>> receipts(@RequestParam(defaultValue = "100") @Min(1) @Max(500) int limit) {
        return Rows.api(queries.receipts(actor.get(), limit));
    }

    @GetMapping("/reconciliation")
    @PreAuthorize(DECLARANTS)
    @Operation(summary = "Identités déclarées différentes de celles enregistrées, en attente de vérification")
    List<Map<String, Object>> reconciliation(
            @RequestHeader(name = AccessPurposes.HEADER, required = false) @Parameter(description = PURPOSE) String purposeHeader,
            @RequestParam(name = AccessPurposes.PARAMETER, required = false) @Parameter(description = PURPOSE) String purpose,
            HttpServletRequest request) {
        return Rows.api(queries.openDiscrepancies(purposes.api(request), actor.get()));
    }

    @GetMapping("/nomenclatures")
    @PreAuthorize("isAuthenticated()")
    @Operation(summary = "Nomenclatures : domaines, secteurs, métiers")
    Map<String, Object> nomenclatures() {
        Map<String, Object> n = queries.nomenclatures();
        return Map.of("domains", Rows.api(cast(n.get("domains"))), "sectors", Rows.api(cast(n.get("sectors"))),
                "occupations", Rows.api(cast(n.get("occupations"))));
    }

    @SuppressWarnings("unchecked")
    private static List<Map<String, Object>> cast(Object o) {
        return (List<Map<String, Object>>) o;
    }
}
