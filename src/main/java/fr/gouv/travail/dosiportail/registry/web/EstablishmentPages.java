package fr.gouv.travail.dosiportail.registry.web;

import fr.gouv.travail.dosiportail.core.InvalidValue;
import fr.gouv.travail.dosiportail.platform.ApiProblem;
import fr.gouv.travail.dosiportail.registry.DesignationEnd;
import fr.gouv.travail.dosiportail.registry.DesignationRole;
import fr.gouv.travail.dosiportail.registry.Receipt;
import fr.gouv.travail.dosiportail.registry.RegistryDeclarations;
import fr.gouv.travail.dosiportail.registry.declaration.Guard;
import fr.gouv.travail.dosiportail.registry.declaration.MissingInformation;
import fr.gouv.travail.dosiportail.registry.declaration.Receipts;
import fr.gouv.travail.dosiportail.registry.query.RegistryQueries;
import jakarta.validation.Valid;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Establishments: list, declaration, detail with designations (MDT, CRP, correspondent) and workers. */
@Controller
@EmployerPage
@RequestMapping("/employeur")
class EstablishmentPages {

    private final RegistryQueries queries;
    private final RegistryDeclarations declarations;
    private final Guard guard;
    private final MissingInformation missing;
    private final Receipts receipts;
    private final EmployerScope scopes;
    private final AccessPurposes purposes;

    EstablishmentPages(RegistryQueries queries, RegistryDeclarations declarations, Guard guard,
                       MissingInformation missing, Receipts receipts, EmployerScope scopes, AccessPurposes purposes) {
        this.purposes = purposes;
        this.queries = queries;
        this.declarations = declarations;
        this.guard = guard;
        this.missing = missing;
        this.receipts = receipts;
        this.scopes = scopes;
    }

    @GetMapping("/etablissements")
    @PreAuthorize(EmployerPage.DECLARANTS)
    String list(@RequestParam(required = false) String siren, Model model) {
        var scope = scopes.of(siren);
        model.addAttribute("scope", scope);
        model.addAttribute("establishments", queries.establishments(scope.reader()));
        return "registry/establishments";
    }

    @GetMapping("/etablissements/nouveau")
    @PreAuthorize(EmployerPage.DECLARANTS)
    String newForm(@RequestParam(required = false) String siren, Model model) {
        var scope = scopes.of(siren);
        EstablishmentForm form = new EstablishmentForm();
        scope.reader().company().ifPresent(c -> form.setSiret(c.value()));
        return showForm(model, scope, form, false);
    }

    @PostMapping("/etablissements/nouveau")
    @PreAuthorize(EmployerPage.DECLARANTS)
    String declare(@RequestParam(required = false) String siren, @Valid @ModelAttribute("form") EstablishmentForm form,
                   BindingResult errors, Model model, RedirectAttributes redirect) {
        var scope = scopes.of(siren);
        if (!errors.hasErrors()) {
            try {
                Receipt receipt = declarations.declareEstablishment(scope.actor(), form.declaration());
                redirect.addFlashAttribute("issuedReceipts", List.of(receipt));
                return "redirect:" + scope.link("/employeur/etablissements/" + receipt.subjectId());
            } catch (ApiProblem p) {
                FormErrors.reject(errors, p, Map.of(), "siret");
            } catch (InvalidValue v) {
                FormErrors.reject(errors, v, Map.of());
            }
        }
        return showForm(model, scope, form, true);
    }

    private String showForm(Model model, EmployerScope.Scope scope, EstablishmentForm form, boolean failed) {
        model.addAttribute("scope", scope);
        model.addAttribute("form", form);
        model.addAttribute("failed", failed);
        model.addAttribute("domains", queries.nomenclatures().get("domains"));
        return "registry/establishment-form";
    }

    @GetMapping("/etablissements/{id}")
    @PreAuthorize(EmployerPage.DECLARANTS)
    String detail(@PathVariable UUID id, @RequestParam(required = false) String siren, Model model,
                  jakarta.servlet.http.HttpServletRequest request) {
        var scope = scopes.of(siren);
        Map<String, Object> establishment = establishment(scope, id);
        String siret = (String) establishment.get("siret");
        LocalDate today = receipts.today();
        model.addAttribute("scope", scope);
        model.addAttribute("today", today);
        model.addAttribute("establishment", establishment);
        model.addAttribute("missing", missing.forEstablishment(id, today));
        model.addAttribute("designations", PageRows.dated(queries.designations(scope.reader(), siret)));
        var workers = queries.workers(purposes.page(scope, request), scope.reader(), siret, null, today, null, 0, 50, today);
        model.addAttribute("workers", workers.content());
        model.addAttribute("workerCount", workers.totalElements());
        return "registry/establishment";
    }

    /** The establishment, if it belongs to the company the page shows (else 404). */
    private Map<String, Object> establishment(EmployerScope.Scope scope, UUID id) {
        guard.establishmentById(scope.actor(), id);
        return queries.establishments(scope.reader()).stream().filter(e -> id.equals(e.get("id"))).findFirst()
                .orElseThrow(Guard::notFound);
    }

    @GetMapping("/etablissements/{id}/designations/nouvelle")
    @PreAuthorize(EmployerPage.DECLARANTS)
    String designationForm(@PathVariable UUID id, @RequestParam(required = false) String siren,
                           @RequestParam(required = false) DesignationRole role, Model model) {
        var scope = scopes.of(siren);
        DesignationForm form = new DesignationForm();
        form.setRole(role);
        form.setValidFrom(receipts.today());
        return showDesignationForm(model, scope, establishment(scope, id), form, false);
    }

    @PostMapping("/etablissements/{id}/designations/nouvelle")
    @PreAuthorize(EmployerPage.DECLARANTS)
    String designate(@PathVariable UUID id, @RequestParam(required = false) String siren,
                     @Valid @ModelAttribute("form") DesignationForm form, BindingResult errors, Model model,
                     RedirectAttributes redirect) {
        var scope = scopes.of(siren);
        Map<String, Object> establishment = establishment(scope, id);
        if (!errors.hasErrors()) {
            try {
                Receipt receipt = declarations.declareDesignation(scope.actor(),
                        form.declaration((String) establishment.get("siret")));
                redirect.addFlashAttribute("issuedReceipts", List.of(receipt));
                return "redirect:" + scope.link("/employeur/etablissements/" + id);
            } catch (ApiProblem p) {
                FormErrors.reject(errors, p, Map.of(), null);
            } catch (InvalidValue v) {
                FormErrors.reject(errors, v, Map.of("siret", "organisationSiret"));
            }
        }
        return showDesignationForm(model, scope, establishment, form, true);
    }

    private String showDesignationForm(Model model, EmployerScope.Scope scope, Map<String, Object> establishment,
                                       DesignationForm form, boolean failed) {
        model.addAttribute("scope", scope);
        model.addAttribute("establishment", establishment);
        model.addAttribute("form", form);
        model.addAttribute("failed", failed);
        model.addAttribute("roles", DesignationRole.values());
        return "registry/designation-form";
    }

    @GetMapping("/designations/{id}/fin")
    @PreAuthorize(EmployerPage.DECLARANTS)
    String endDesignationForm(@PathVariable UUID id, @RequestParam(required = false) String siren, Model model) {
        var scope = scopes.of(siren);
        EndForm form = new EndForm();
        form.setEndDate(receipts.today());
        return showEndDesignation(model, scope, designation(scope, id), form, false);
    }

    @PostMapping("/designations/{id}/fin")
    @PreAuthorize(EmployerPage.DECLARANTS)
    String endDesignation(@PathVariable UUID id, @RequestParam(required = false) String siren,
                          @Valid @ModelAttribute("form") EndForm form, BindingResult errors, Model model,
                          RedirectAttributes redirect) {
        var scope = scopes.of(siren);
        Map<String, Object> designation = designation(scope, id);
        if (!errors.hasErrors()) {
            try {
                Receipt receipt = declarations.endDesignation(scope.actor(), id, new DesignationEnd(form.getEndDate()));
                redirect.addFlashAttribute("issuedReceipts", List.of(receipt));
                return "redirect:" + scope.link("/employeur/etablissements/" + designation.get("establishment_id"));
            } catch (ApiProblem p) {
                FormErrors.reject(errors, p, Map.of("validTo", "endDate"), "endDate");
            }
        }
        return showEndDesignation(model, scope, designation, form, true);
    }

    private Map<String, Object> designation(EmployerScope.Scope scope, UUID id) {
        Map<String, Object> d = PageRows.dated(queries.designations(scope.reader(), null).stream()
                .filter(r -> id.equals(r.get("id"))).findFirst().orElseThrow(Guard::notFound));
        guard.findBySiret((String) d.get("siret")).ifPresent(e -> d.put("establishment_id", e.id()));
        return d;
    }

    private String showEndDesignation(Model model, EmployerScope.Scope scope, Map<String, Object> designation,
                                      EndForm form, boolean failed) {
        model.addAttribute("scope", scope);
        model.addAttribute("designation", designation);
        model.addAttribute("form", form);
        model.addAttribute("failed", failed);
        return "registry/designation-end";
    }
}
