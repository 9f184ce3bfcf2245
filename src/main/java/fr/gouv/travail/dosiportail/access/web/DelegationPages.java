package fr.gouv.travail.dosiportail.access.web;

import fr.gouv.travail.dosiportail.access.AccessPolicy;
import fr.gouv.travail.dosiportail.access.delegation.DelegationRequest;
import fr.gouv.travail.dosiportail.access.delegation.Delegations;
import fr.gouv.travail.dosiportail.core.Rpps;
import fr.gouv.travail.dosiportail.identity.Actor;
import fr.gouv.travail.dosiportail.identity.CurrentActor;
import fr.gouv.travail.dosiportail.journal.DataKind;
import fr.gouv.travail.dosiportail.platform.ApiProblem;
import fr.gouv.travail.dosiportail.platform.FieldProblem;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The MDT's delegation pages: the list, the grant form and revocation, in DSFR. */
@Controller
@RequestMapping("/medecin/delegations")
@PreAuthorize("hasRole('OCCUPATIONAL_PHYSICIAN')")
class DelegationPages {

    static final Set<DataKind> KINDS = EnumSet.of(DataKind.ADMINISTRATIVE, DataKind.EXTERNAL_DOSE,
            DataKind.INTERNAL_DOSE, DataKind.EFFECTIVE_DOSE, DataKind.ALERT);
    private final Delegations delegations;
    private final CurrentActor current;
    private final AccessPolicy policy;
    private final JdbcClient jdbc;

    DelegationPages(Delegations delegations, CurrentActor current, AccessPolicy policy, JdbcClient jdbc) {
        this.delegations = delegations;
        this.current = current;
        this.policy = policy;
        this.jdbc = jdbc;
    }

    @GetMapping
    String list(Model model) {
        return page(model, Map.of(), Map.of());
    }

    @PostMapping
    String grant(@RequestParam(defaultValue = "HEALTH_PROFESSIONAL") String delegateKind,
                 @RequestParam(defaultValue = "") String delegateName,
                 @RequestParam(defaultValue = "") String delegateRpps,
                 @RequestParam(defaultValue = "") String delegateEmail,
                 @RequestParam(required = false) List<String> sirets,
                 @RequestParam(required = false) List<String> dataKinds,
                 @RequestParam(defaultValue = "") String validFrom,
                 @RequestParam(defaultValue = "") String validTo,
                 Model model, RedirectAttributes redirect) {
        Map<String, Object> values = new LinkedHashMap<>();
        values.put("delegateKind", delegateKind);
        values.put("delegateName", delegateName);
        values.put("delegateRpps", delegateRpps);
        values.put("delegateEmail", delegateEmail);
        values.put("sirets", sirets == null ? List.of() : sirets);
        values.put("dataKinds", dataKinds == null ? List.of() : dataKinds);
        values.put("validFrom", validFrom);
        values.put("validTo", validTo);
        Map<String, String> errors = new LinkedHashMap<>();
        boolean fr = !"en".equals(LocaleContextHolder.getLocale().getLanguage());
        if (delegateName.isBlank()) {
            errors.put("delegateName", fr ? "Indiquez le nom du délégataire." : "Give the delegate's name.");
        }
        if (!Set.of("HEALTH_PROFESSIONAL", "OCCUPATIONAL_PHYSICIAN", "RADIATION_PROTECTION_ADVISER").contains(delegateKind)) {
            errors.put("delegateKind", fr ? "Choisissez le type de délégataire." : "Choose the kind of delegate.");
        }
        if (!delegateEmail.isBlank() && !delegateEmail.matches("[^@\\s]+@[^@\\s]+\\.[^@\\s]+")) {
            errors.put("delegateEmail", fr ? "Adresse électronique invalide (exemple : nom@domaine.fr)."
                    : "Invalid e-mail address (example: name@domain.fr).");
        }
        Set<DataKind> kinds = EnumSet.noneOf(DataKind.class);
        for (String k : dataKinds == null ? List.<String>of() : dataKinds) {
            try {
                kinds.add(DataKind.valueOf(k));
            } catch (IllegalArgumentException e) {
                errors.put("dataKinds", fr ? "Type de données inconnu." : "Unknown kind of data.");
            }
        }
        if (kinds.isEmpty()) {
            errors.put("dataKinds", fr ? "Cochez au moins un type de données." : "Tick at least one kind of data.");
        }
        LocalDate from = date(validFrom, "validFrom", true, errors, fr);
        LocalDate to = date(validTo, "validTo", false, errors, fr);
        if (!delegateRpps.isBlank() && !delegateRpps.matches("\\d{11}")) {
            errors.put("delegateRpps", fr ? "Le RPPS compte 11 chiffres." : "The RPPS number has 11 digits.");
        }
        if (errors.isEmpty()) {
            try {
                delegations.grant(current.get(), new DelegationRequest(delegateKind, delegateName.strip(),
                        blankToNull(delegateRpps), blankToNull(delegateEmail), sirets, kinds, from, to));
                redirect.addFlashAttribute("granted", delegateName.strip());
                return "redirect:/medecin/delegations";
            } catch (ApiProblem p) {
                for (FieldProblem f : p.errors()) {
                    errors.putIfAbsent(f.field(), fr ? f.message() : f.messageEn());
                }
                if (p.errors().isEmpty()) {
                    errors.put("form", fr ? p.detailFr() : p.detailEn());
                }
            }
        }
        return page(model, values, errors);
    }

    @PostMapping("/{id}/revocation")
    String revoke(@PathVariable UUID id, @RequestParam(defaultValue = "") String reason, Model model,
                  RedirectAttributes redirect) {
        boolean fr = !"en".equals(LocaleContextHolder.getLocale().getLanguage());
        try {
            delegations.revoke(current.get(), id, reason);
        } catch (ApiProblem p) {
            if (p.status() == 404) {
                throw p;
            }
            return page(model, Map.of(), Map.of("revoke-" + id, p.errors().isEmpty() ? (fr ? p.detailFr() : p.detailEn())
                    : fr ? p.errors().get(0).message() : p.errors().get(0).messageEn()));
        }
        redirect.addFlashAttribute("revoked", true);
        return "redirect:/medecin/delegations";
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

    private static LocalDate date(String value, String field, boolean required, Map<String, String> errors, boolean fr) {
        if (value.isBlank()) {
            if (required) {
                errors.put(field, fr ? "Indiquez la date (exemple : 2025-01-31)." : "Give the date (example: 2025-01-31).");
            }
            return null;
        }
        try {
            return LocalDate.parse(value.strip());
        } catch (DateTimeParseException e) {
            errors.put(field, fr ? "Date invalide (exemple : 2025-01-31)." : "Invalid date (example: 2025-01-31).");
            return null;
        }
    }

    private String page(Model model, Map<String, Object> values, Map<String, String> errors) {
        Actor mdt = current.get();
        String rpps = mdt.rpps().map(Rpps::value).orElse("");
        LocalDate today = policy.today();
        model.addAttribute("delegations", rpps.isEmpty() ? List.of() : delegations.list(mdt, today));
        model.addAttribute("establishments", jdbc.sql("""
                        select distinct e.siret, e.name, e.city from registry.designation d
                        join registry.establishment e on e.id = d.establishment_id
                        where d.role = 'OCCUPATIONAL_PHYSICIAN' and d.rpps = ? and (d.valid_to is null or d.valid_to >= ?)
                        order by e.siret""").params(rpps, today).query().listOfRows());
        model.addAttribute("kinds", KINDS.stream().map(Enum::name).toList());
        Map<String, Object> form = new LinkedHashMap<>(Map.of("delegateKind", "HEALTH_PROFESSIONAL",
                "delegateName", "", "delegateRpps", "", "delegateEmail", "", "sirets", List.of(),
                "dataKinds", List.of(), "validFrom", today.toString(), "validTo", ""));
        form.putAll(values);
        model.addAttribute("form", form);
        model.addAttribute("errors", errors);
        model.addAttribute("failed", !errors.isEmpty());
        return "access/delegations";
    }
}
