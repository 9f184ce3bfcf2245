package fr.gouv.travail.dosiportail.registry.web;

import fr.gouv.travail.dosiportail.registry.Classification;
import fr.gouv.travail.dosiportail.registry.MissingItem;
import fr.gouv.travail.dosiportail.registry.Receipt;
import fr.gouv.travail.dosiportail.registry.declaration.Guard;
import fr.gouv.travail.dosiportail.registry.declaration.MissingInformation;
import fr.gouv.travail.dosiportail.registry.declaration.Receipts;
import fr.gouv.travail.dosiportail.registry.query.RegistryQueries;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** The employer's dashboard, receipts and identity discrepancies. */
@Controller
@EmployerPage
@RequestMapping("/employeur")
class DashboardPages {

    /** One establishment on the dashboard, with today's counts and what is missing. */
    record EstablishmentSummary(UUID id, String siret, String name, String city, long activeWorkers,
                                long classifiedA, long classifiedB, List<MissingItem> missing) {
    }

    private final RegistryQueries queries;
    private final MissingInformation missing;
    private final Receipts receipts;
    private final EmployerScope scopes;
    private final AccessPurposes purposes;

    DashboardPages(RegistryQueries queries, MissingInformation missing, Receipts receipts, EmployerScope scopes,
                   AccessPurposes purposes) {
        this.purposes = purposes;
        this.queries = queries;
        this.missing = missing;
        this.receipts = receipts;
        this.scopes = scopes;
    }

    @GetMapping
    @PreAuthorize(EmployerPage.DECLARANTS)
    String dashboard(@RequestParam(required = false) String siren, Model model) {
        var scope = scopes.of(siren);
        LocalDate today = receipts.today();
        List<EstablishmentSummary> summaries = queries.establishments(scope.reader()).stream().map(e -> {
            UUID id = (UUID) e.get("id");
            String siret = (String) e.get("siret");
            return new EstablishmentSummary(id, siret, (String) e.get("name"), (String) e.get("city"),
                    count(scope, siret, null, today), count(scope, siret, Classification.A, today),
                    count(scope, siret, Classification.B, today), missing.forEstablishment(id, today));
        }).toList();
        model.addAttribute("scope", scope);
        model.addAttribute("today", today);
        model.addAttribute("establishments", summaries);
        model.addAttribute("latestReceipts", queries.receipts(scope.reader(), 5).stream().map(PageRows::receipt).toList());
        return "registry/dashboard";
    }

    private long count(EmployerScope.Scope scope, String siret, Classification c, LocalDate today) {
        return queries.countWorkers(scope.reader(), siret, c == null ? null : c.name(), today);
    }

    @GetMapping("/recepisses")
    @PreAuthorize(EmployerPage.DECLARANTS)
    String receipts(@RequestParam(required = false) String siren, Model model) {
        var scope = scopes.of(siren);
        model.addAttribute("scope", scope);
        model.addAttribute("receiptList", queries.receipts(scope.reader(), 200).stream().map(PageRows::receipt).toList());
        return "registry/receipts";
    }

    @GetMapping("/recepisses/{number}")
    @PreAuthorize(EmployerPage.DECLARANTS)
    String receipt(@PathVariable String number, @RequestParam(required = false) String siren, Model model) {
        var scope = scopes.of(siren);
        Receipt receipt = queries.receipt(scope.reader(), number).map(PageRows::receipt).orElseThrow(Guard::notFound);
        model.addAttribute("scope", scope);
        model.addAttribute("receipt", receipt);
        return "registry/receipt";
    }

    @GetMapping("/rapprochements")
    @PreAuthorize(EmployerPage.DECLARANTS)
    String discrepancies(@RequestParam(required = false) String siren, Model model,
                         jakarta.servlet.http.HttpServletRequest request) {
        var scope = scopes.of(siren);
        model.addAttribute("scope", scope);
        model.addAttribute("discrepancies", queries.openDiscrepancies(purposes.page(scope, request), scope.reader()).stream().map(d -> Map.of(
                "workerId", d.get("worker_id"), "nir", d.get("nir_masked"),
                "siret", d.get("siret") == null ? "" : d.get("siret"), "createdAt", PageRows.time(d.get("created_at")),
                "differences", PageRows.differences((String) d.get("differences")))).toList());
        return "registry/discrepancies";
    }
}
