package fr.gouv.travail.dosiportail.surveillance.web;

import fr.gouv.travail.dosiportail.identity.Actor;
import fr.gouv.travail.dosiportail.identity.CurrentActor;
import fr.gouv.travail.dosiportail.platform.ApiProblem;
import fr.gouv.travail.dosiportail.surveillance.alert.AlertHistory;
import fr.gouv.travail.dosiportail.surveillance.alert.AlertLifecycle;
import jakarta.servlet.http.HttpServletResponse;
import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Supplier;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The MDT's lifecycle steps from a limit alert's page (same service as the API): start the analysis, then conclude.
 * {id} is the MDT's notification; an alert the MDT may not act on answers as an unknown one, in French, on a page.
 */
@Controller
class AlertActionPages {

    static final int NOTE_MAX = 2000;
    private static final BigDecimal DOSE_MAX = new BigDecimal("1000000");

    private final AlertLifecycle lifecycle;
    private final AlertDetail detail;
    private final CurrentActor current;
    private final MessageSource messages;

    AlertActionPages(AlertLifecycle lifecycle, AlertDetail detail, CurrentActor current, MessageSource messages) {
        this.lifecycle = lifecycle;
        this.detail = detail;
        this.current = current;
        this.messages = messages;
    }

    @PostMapping("/alertes/{id}/analyse")
    @PreAuthorize("hasRole('OCCUPATIONAL_PHYSICIAN')")
    String analysis(@PathVariable UUID id, @RequestParam(required = false) String analysisNote, Model model,
                    RedirectAttributes redirect, HttpServletResponse response) {
        Actor actor = current.get();
        Map<String, String> form = Map.of("analysisNote", analysisNote == null ? "" : analysisNote);
        Map<String, String> errors = new LinkedHashMap<>();
        String note = note(analysisNote, "analysisNote", errors);
        return act(actor, id, form, errors, "analysis", model, redirect, response,
                alert -> () -> lifecycle.startAnalysis(actor, alert, note));
    }

    @PostMapping("/alertes/{id}/conclusion")
    @PreAuthorize("hasRole('OCCUPATIONAL_PHYSICIAN')")
    String conclusion(@PathVariable UUID id, @RequestParam(required = false) String outcome,
                      @RequestParam(required = false) String retainedDoseMsv,
                      @RequestParam(required = false) String conclusionNote, Model model, RedirectAttributes redirect,
                      HttpServletResponse response) {
        Actor actor = current.get();
        Map<String, String> form = new LinkedHashMap<>();
        form.put("outcome", outcome == null ? "" : outcome);
        form.put("retainedDoseMsv", retainedDoseMsv == null ? "" : retainedDoseMsv);
        form.put("conclusionNote", conclusionNote == null ? "" : conclusionNote);
        Map<String, String> errors = new LinkedHashMap<>();
        AlertLifecycle.Outcome chosen = outcome(outcome, errors);
        BigDecimal dose = dose(retainedDoseMsv, errors);
        String note = note(conclusionNote, "conclusionNote", errors);
        return act(actor, id, form, errors, "conclusion", model, redirect, response,
                alert -> () -> lifecycle.conclude(actor, alert, chosen, dose, note));
    }

    private interface Step {
        Supplier<AlertLifecycle.AlertStep> on(UUID alertId);
    }

    private String act(Actor actor, UUID id, Map<String, String> form, Map<String, String> errors, String done,
                       Model model, RedirectAttributes redirect, HttpServletResponse response, Step step) {
        Optional<AlertHistory.History> history = detail.lifecycle(actor, id);
        if (history.isEmpty() || !history.get().mayAct()) {
            return notFound(response);
        }
        if (errors.isEmpty()) {
            try {
                step.on(history.get().alertId()).get();
                redirect.addFlashAttribute("done", done);
                return "redirect:/alertes/" + id;
            } catch (ApiProblem p) {
                if (p.status() == 404) {
                    return notFound(response);
                }
                if (p.status() != 409) {
                    throw p;
                }
                AlertHistory.History now = detail.lifecycle(actor, id).orElse(history.get());
                errors.put("form", msg("surveillance.pages.errors.conflict",
                        msg("surveillance.pages.status." + now.status().name())));
                response.setStatus(HttpServletResponse.SC_CONFLICT);
            }
        } else {
            response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
        }
        model.addAttribute("errors", errors);
        model.addAttribute("form", form);
        detail.fill(actor, id, model);
        return "surveillance/alert";
    }

    private String notFound(HttpServletResponse response) {
        response.setStatus(HttpServletResponse.SC_NOT_FOUND);
        return "surveillance/alert-not-found";
    }

    private String note(String value, String field, Map<String, String> errors) {
        if (value == null || value.isBlank()) {
            return null;
        }
        if (value.strip().length() > NOTE_MAX) {
            errors.put(field, msg("surveillance.pages.errors.noteTooLong"));
        }
        return value.strip();
    }

    private AlertLifecycle.Outcome outcome(String value, Map<String, String> errors) {
        for (AlertLifecycle.Outcome o : AlertLifecycle.Outcome.values()) {
            if (o.name().equals(value)) {
                return o;
            }
        }
        errors.put("outcome", msg("surveillance.pages.errors.outcomeMissing"));
        return null;
    }

    /** A dose in mSv as typed in France (decimal comma) or with a point; at most 3 decimals (the column's scale). */
    static BigDecimal parseDose(String value) {
        String v = value.strip().replace('\u00a0', ' ').replace(" ", "").replace(',', '.');
        if (!v.matches("\\d{1,9}(\\.\\d{1,3})?")) {
            return null;
        }
        BigDecimal d = new BigDecimal(v);
        return d.compareTo(DOSE_MAX) < 0 ? d : null;
    }

    private BigDecimal dose(String value, Map<String, String> errors) {
        if (value == null || value.isBlank()) {
            errors.put("retainedDoseMsv", msg("surveillance.pages.errors.retainedMissing"));
            return null;
        }
        BigDecimal d = parseDose(value);
        if (d == null) {
            errors.put("retainedDoseMsv", msg("surveillance.pages.errors.retainedInvalid"));
        }
        return d;
    }

    private String msg(String key, Object... args) {
        return messages.getMessage(key, args, LocaleContextHolder.getLocale());
    }
}
