package fr.gouv.travail.dosiportail.registry.web;

import fr.gouv.travail.dosiportail.core.Nir;
import fr.gouv.travail.dosiportail.registry.Classification;
import fr.gouv.travail.dosiportail.registry.declaration.Receipts;
import fr.gouv.travail.dosiportail.registry.query.RegistryQueries;
import jakarta.servlet.http.HttpServletRequest;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.util.UriComponentsBuilder;

/** The company's workers, one line per employment, 20 per page, with filters kept in the address. */
@Controller
@EmployerPage
class WorkerListPage {

    static final int PAGE_SIZE = 20;

    /** A link of the DSFR pagination; a null href is the current or a disabled entry. */
    record PageLink(int number, String href, boolean current) {
    }

    private final RegistryQueries queries;
    private final Receipts receipts;
    private final EmployerScope scopes;
    private final AccessPurposes purposes;

    WorkerListPage(RegistryQueries queries, Receipts receipts, EmployerScope scopes, AccessPurposes purposes) {
        this.queries = queries;
        this.receipts = receipts;
        this.scopes = scopes;
        this.purposes = purposes;
    }

    @GetMapping("/employeur/travailleurs")
    @PreAuthorize(EmployerPage.DECLARANTS)
    String list(@RequestParam(required = false) String siren, @RequestParam(required = false) String siret,
                @RequestParam(required = false) Classification classification,
                @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate activeAt,
                @RequestParam(required = false) String name, @RequestParam(defaultValue = "1") int page, Model model,
                HttpServletRequest request) {
        var scope = scopes.of(siren);
        String siretFilter = siret == null || !siret.matches("\\d{14}") ? null : siret;
        String nameFilter = Text.blankToNull(name);
        int current = Math.max(1, page);
        LocalDate today = receipts.today();
        var result = queries.workers(purposes.page(scope, request), scope.reader(), siretFilter, classification == null ? null : classification.name(),
                activeAt, nameFilter, current - 1, PAGE_SIZE, today);
        int pages = (int) Math.max(1, (result.totalElements() + PAGE_SIZE - 1) / PAGE_SIZE);
        List<Map<String, Object>> rows = new ArrayList<>();
        for (Map<String, Object> r : result.content()) {
            Map<String, Object> row = PageRows.dated(r);
            row.put("nir_masked", new Nir(((String) r.get("nir")).trim()).masked());
            row.remove("nir");
            rows.add(row);
        }
        UriComponentsBuilder base = UriComponentsBuilder.fromPath("/employeur/travailleurs")
                .queryParamIfPresent("siren", java.util.Optional.ofNullable(scope.siren()))
                .queryParamIfPresent("siret", java.util.Optional.ofNullable(siretFilter))
                .queryParamIfPresent("classification", java.util.Optional.ofNullable(classification))
                .queryParamIfPresent("activeAt", java.util.Optional.ofNullable(activeAt))
                .queryParamIfPresent("name", java.util.Optional.ofNullable(nameFilter));
        List<PageLink> links = new ArrayList<>();
        for (int p = Math.max(1, current - 2); p <= Math.min(pages, current + 2); p++) {
            links.add(new PageLink(p, href(base, p), p == current));
        }
        var establishments = queries.establishments(scope.reader());
        Map<String, String> establishmentNames = new HashMap<>();
        establishments.forEach(e -> establishmentNames.put((String) e.get("siret"), (String) e.get("name")));
        model.addAttribute("scope", scope);
        model.addAttribute("today", today);
        model.addAttribute("rows", rows);
        model.addAttribute("total", result.totalElements());
        model.addAttribute("page", current);
        model.addAttribute("pages", pages);
        model.addAttribute("pageLinks", links);
        model.addAttribute("firstHref", current > 1 ? href(base, 1) : null);
        model.addAttribute("previousHref", current > 1 ? href(base, current - 1) : null);
        model.addAttribute("nextHref", current < pages ? href(base, current + 1) : null);
        model.addAttribute("lastHref", current < pages ? href(base, pages) : null);
        model.addAttribute("establishments", establishments);
        model.addAttribute("establishmentNames", establishmentNames);
        model.addAttribute("classifications", Classification.values());
        model.addAttribute("filter", Map.of("siret", siretFilter == null ? "" : siretFilter,
                "classification", classification == null ? "" : classification.name(),
                "activeAt", activeAt == null ? "" : activeAt.toString(), "name", nameFilter == null ? "" : nameFilter));
        return "registry/workers";
    }

    private static String href(UriComponentsBuilder base, int page) {
        return base.cloneBuilder().replaceQueryParam("page", page).encode().build().toUriString();
    }
}
