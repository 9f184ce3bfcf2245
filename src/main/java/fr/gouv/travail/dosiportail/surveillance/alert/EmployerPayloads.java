package fr.gouv.travail.dosiportail.surveillance.alert;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;

/**
 * The employer's version (arrêté du 23 juin 2023 art. 5 III): which worker is concerned and what happened, without
 * the results: no dose, no limit value, no window figures. Built from the identity and the step only, so no value
 * can slip in.
 */
@Component
class EmployerPayloads {

    private final Texts texts;

    EmployerPayloads(Texts texts) {
        this.texts = texts;
    }

    List<Content> alert(AlertNotice n) {
        var w = n.facts().worker();
        String step = n.step().name();
        String name = w.firstNames().split(" ")[0] + " " + w.birthName().toUpperCase(java.util.Locale.ROOT);
        return n.facts().employerSirens().stream().map(siren -> {
            Map<String, Object> p = new LinkedHashMap<>();
            p.put("step", n.stepKey());
            p.put("stepKind", step);
            p.put("status", n.alert().status().name());
            p.put("alertId", n.alert().id().toString());
            p.put("worker", Nominative.identity(w, false));
            p.put("article", n.alert().figures().article());
            p.put("duties", "R.4451-80, R.4451-81, R.4451-74");
            return new Content(RecipientKind.EMPLOYER, siren, w.id(),
                    texts.fr("surveillance.alert.title.employer", texts.fr("surveillance.alert.step." + step), name),
                    texts.en("surveillance.alert.title.employer", texts.en("surveillance.alert.step." + step), name), p);
        }).toList();
    }

    /** A notice: who and what kind, never a figure. */
    List<Content> notice(Notice n) {
        var w = n.facts().worker();
        String name = w.firstNames().split(" ")[0] + " " + w.birthName().toUpperCase(java.util.Locale.ROOT);
        return n.facts().employerSirens().stream().map(siren -> {
            Map<String, Object> p = new LinkedHashMap<>();
            p.put("kind", n.kind());
            p.put("worker", Nominative.identity(w, false));
            p.put("establishment", Map.of("name", n.facts().establishment().name(),
                    "siret", n.facts().establishment().siret()));
            if (n.article() != null) {
                p.put("article", n.article());
            }
            return new Content(RecipientKind.EMPLOYER, siren, w.id(),
                    texts.fr("surveillance.alert.notice." + n.kind(), name),
                    texts.en("surveillance.alert.notice." + n.kind(), name), p);
        }).toList();
    }
}
