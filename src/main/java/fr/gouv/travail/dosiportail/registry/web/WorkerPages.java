package fr.gouv.travail.dosiportail.registry.web;

import fr.gouv.travail.dosiportail.core.InvalidValue;
import fr.gouv.travail.dosiportail.core.Nir;
import fr.gouv.travail.dosiportail.platform.ApiProblem;
import fr.gouv.travail.dosiportail.registry.ContractType;
import fr.gouv.travail.dosiportail.registry.EmploymentEnd;
import fr.gouv.travail.dosiportail.registry.Receipt;
import fr.gouv.travail.dosiportail.registry.RegistryDeclarations;
import fr.gouv.travail.dosiportail.registry.declaration.EmploymentDeclarations;
import fr.gouv.travail.dosiportail.registry.declaration.Guard;
import fr.gouv.travail.dosiportail.registry.declaration.MissingInformation;
import fr.gouv.travail.dosiportail.registry.declaration.Receipts;
import fr.gouv.travail.dosiportail.registry.query.RegistryQueries;
import jakarta.validation.Valid;
import java.time.LocalDate;
import java.util.HashMap;
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

/** A worker: declaration (identity, contract, first profile), detail, end of employment, reclassification. */
@Controller
@EmployerPage
@RequestMapping("/employeur")
class WorkerPages {

    /** Declaration fields that the worker form names differently (the profile starts with the contract). */
    private static final Map<String, String> WORKER_FORM_FIELDS = Map.of("validFrom", "startDate");

    private final RegistryQueries queries;
    private final RegistryDeclarations declarations;
    private final NewWorkerDeclaration newWorker;
    private final EmploymentDeclarations employments;
    private final Guard guard;
    private final MissingInformation missing;
    private final Receipts receipts;
    private final EmployerScope scopes;
    private final Nomenclatures nomenclatures;
    private final AccessPurposes purposes;
    private final jakarta.servlet.http.HttpServletRequest request;

    WorkerPages(RegistryQueries queries, RegistryDeclarations declarations, NewWorkerDeclaration newWorker,
                EmploymentDeclarations employments, Guard guard, MissingInformation missing, Receipts receipts,
                EmployerScope scopes, Nomenclatures nomenclatures, AccessPurposes purposes,
                jakarta.servlet.http.HttpServletRequest request) {
        this.purposes = purposes;
        this.request = request;
        this.queries = queries;
        this.declarations = declarations;
        this.newWorker = newWorker;
        this.employments = employments;
        this.guard = guard;
        this.missing = missing;
        this.receipts = receipts;
        this.scopes = scopes;
        this.nomenclatures = nomenclatures;
    }

    @GetMapping("/travailleurs/nouveau")
    @PreAuthorize(EmployerPage.DECLARANTS)
    String newForm(@RequestParam(required = false) String siren, @RequestParam(required = false) String siret,
                   Model model) {
        var scope = scopes.of(siren);
        WorkerForm form = new WorkerForm();
        var establishments = queries.establishments(scope.reader());
        if (siret != null) {
            form.setSiret(siret);
        } else if (establishments.size() == 1) {
            form.setSiret((String) establishments.get(0).get("siret"));
        }
        form.setStartDate(receipts.today());
        return showForm(model, scope, form, false);
    }

    @PostMapping("/travailleurs/nouveau")
    @PreAuthorize(EmployerPage.DECLARANTS)
    String declare(@RequestParam(required = false) String siren, @Valid @ModelAttribute("form") WorkerForm form,
                   BindingResult errors, Model model, RedirectAttributes redirect) {
        var scope = scopes.of(siren);
        if (!errors.hasErrors()) {
            try {
                List<Receipt> issued = newWorker.declare(scope.actor(), form);
                redirect.addFlashAttribute("issuedReceipts", issued);
                return "redirect:" + scope.link("/employeur/travailleurs/" + issued.get(0).subjectId());
            } catch (ApiProblem p) {
                FormErrors.reject(errors, p, WORKER_FORM_FIELDS, "siret");
            } catch (InvalidValue v) {
                FormErrors.reject(errors, v, WORKER_FORM_FIELDS);
            }
        }
        return showForm(model, scope, form, true);
    }

    private String showForm(Model model, EmployerScope.Scope scope, WorkerForm form, boolean failed) {
        model.addAttribute("scope", scope);
        model.addAttribute("form", form);
        model.addAttribute("failed", failed);
        model.addAttribute("establishments", queries.establishments(scope.reader()));
        model.addAttribute("contractTypes", ContractType.values());
        nomenclatures.addTo(model);
        return "registry/worker-form";
    }

    @GetMapping("/travailleurs/{id}")
    @PreAuthorize(EmployerPage.DECLARANTS)
    String detail(@PathVariable UUID id, @RequestParam(required = false) String siren, Model model) {
        var scope = scopes.of(siren);
        Map<String, Object> worker = worker(scope, id);
        LocalDate today = receipts.today();
        @SuppressWarnings("unchecked")
        List<Map<String, Object>> employmentRows = (List<Map<String, Object>>) worker.get("employments");
        List<Map<String, Object>> views = employmentRows.stream().map(m -> {
            Map<String, Object> view = new HashMap<>(m);
            var establishment = guard.findBySiret((String) m.get("siret")).orElseThrow(Guard::notFound);
            view.put("establishment_id", establishment.id());
            view.put("missing", missing.forEmployment((UUID) m.get("id"), establishment.id(), today));
            @SuppressWarnings("unchecked")
            List<Map<String, Object>> profiles = (List<Map<String, Object>>) m.get("exposure_profiles");
            view.put("exposure_profiles", profiles.stream().map(p -> {
                Map<String, Object> pv = new HashMap<>(p);
                pv.put("monitoring_types", PageRows.names((String) p.get("monitoring_types")));
                return pv;
            }).toList());
            return view;
        }).toList();
        model.addAttribute("scope", scope);
        model.addAttribute("today", today);
        model.addAttribute("worker", worker);
        model.addAttribute("employments", views);
        nomenclatures.addTo(model);
        return "registry/worker";
    }

    /** The worker with their employments in the company shown, the NIR masked (else 404). */
    private Map<String, Object> worker(EmployerScope.Scope scope, UUID id) {
        Map<String, Object> worker = PageRows.dated(queries.worker(purposes.page(scope, request), scope.reader(), id).orElseThrow(Guard::notFound));
        worker.put("nir_masked", new Nir(((String) worker.remove("nir")).trim()).masked());
        return worker;
    }

    @GetMapping("/emplois/{id}/fin")
    @PreAuthorize(EmployerPage.DECLARANTS)
    String endForm(@PathVariable UUID id, @RequestParam(required = false) String siren, Model model) {
        var scope = scopes.of(siren);
        EndForm form = new EndForm();
        form.setEndDate(receipts.today());
        return showEmploymentForm(model, scope, id, "form", form, false, "registry/employment-end");
    }

    @PostMapping("/emplois/{id}/fin")
    @PreAuthorize(EmployerPage.DECLARANTS)
    String end(@PathVariable UUID id, @RequestParam(required = false) String siren,
               @Valid @ModelAttribute("form") EndForm form, BindingResult errors, Model model,
               RedirectAttributes redirect) {
        var scope = scopes.of(siren);
        var employment = employments.load(scope.actor(), id);
        if (!errors.hasErrors()) {
            try {
                Receipt receipt = declarations.endEmployment(scope.actor(), id,
                        new EmploymentEnd(form.getEndDate(), Text.blankToNull(form.getReason())));
                redirect.addFlashAttribute("issuedReceipts", List.of(receipt));
                return "redirect:" + scope.link("/employeur/travailleurs/" + employment.workerId());
            } catch (ApiProblem p) {
                FormErrors.reject(errors, p, Map.of(), "endDate");
            }
        }
        return showEmploymentForm(model, scope, id, "form", form, true, "registry/employment-end");
    }

    @GetMapping("/emplois/{id}/profils/nouveau")
    @PreAuthorize(EmployerPage.DECLARANTS)
    String profileForm(@PathVariable UUID id, @RequestParam(required = false) String siren, Model model) {
        var scope = scopes.of(siren);
        ProfileForm form = new ProfileForm();
        form.setValidFrom(receipts.today());
        return showEmploymentForm(model, scope, id, "form", form, false, "registry/profile-form");
    }

    @PostMapping("/emplois/{id}/profils/nouveau")
    @PreAuthorize(EmployerPage.DECLARANTS)
    String declareProfile(@PathVariable UUID id, @RequestParam(required = false) String siren,
                          @Valid @ModelAttribute("form") ProfileForm form, BindingResult errors, Model model,
                          RedirectAttributes redirect) {
        var scope = scopes.of(siren);
        var employment = employments.load(scope.actor(), id);
        if (!errors.hasErrors()) {
            try {
                Receipt receipt = declarations.declareExposureProfile(scope.actor(), form.profile(id, form.getValidFrom()));
                redirect.addFlashAttribute("issuedReceipts", List.of(receipt));
                return "redirect:" + scope.link("/employeur/travailleurs/" + employment.workerId());
            } catch (ApiProblem p) {
                FormErrors.reject(errors, p, Map.of(), "validFrom");
            }
        }
        return showEmploymentForm(model, scope, id, "form", form, true, "registry/profile-form");
    }

    private String showEmploymentForm(Model model, EmployerScope.Scope scope, UUID employmentId, String name,
                                      Object form, boolean failed, String view) {
        var employment = employments.load(scope.actor(), employmentId);
        Map<String, Object> worker = worker(scope, employment.workerId());
        @SuppressWarnings("unchecked")
        var row = ((List<Map<String, Object>>) worker.get("employments")).stream()
                .filter(m -> employmentId.equals(m.get("id"))).findFirst().orElseThrow(Guard::notFound);
        model.addAttribute("scope", scope);
        model.addAttribute("worker", worker);
        model.addAttribute("employment", row);
        model.addAttribute(name, form);
        model.addAttribute("failed", failed);
        nomenclatures.addTo(model);
        return view;
    }
}
