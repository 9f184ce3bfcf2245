package fr.gouv.travail.dosiportail.surveillance.alert;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;

/**
 * The MDT's and the CRP's version (arrêté du 23 juin 2023 art. 5 II): the worker's identity (names, birth date; no
 * NIR) and the values. One content per designated MDT (by RPPS) and per CRP (by e-mail).
 */
@Component
class HealthPayloads {

    private final Texts texts;

    HealthPayloads(Texts texts) {
        this.texts = texts;
    }

    List<Content> alert(AlertNotice n) {
        List<Content> out = new ArrayList<>();
        n.facts().physicians().forEach(r -> out.add(one(n, RecipientKind.OCCUPATIONAL_PHYSICIAN, r.key())));
        n.facts().advisers().forEach(r -> out.add(one(n, RecipientKind.RADIATION_PROTECTION_ADVISER, r.key())));
        return out;
    }

    private Content one(AlertNotice n, RecipientKind kind, String key) {
        var w = n.facts().worker();
        var x = n.facts().establishment();
        var f = n.alert().figures();
        Map<String, Object> p = new LinkedHashMap<>();
        p.put("step", n.stepKey());
        p.put("stepKind", n.step().name());
        p.put("status", n.alert().status().name());
        p.put("alertId", n.alert().id().toString());
        p.put("worker", Nominative.identity(w, true));
        p.put("establishment", Map.of("name", x.name(), "siret", x.siret(), "employer", x.companyName()));
        Nominative.figures(p, n);
        String step = n.step().name();
        String name = w.firstNames().split(" ")[0] + " " + w.birthName().toUpperCase(java.util.Locale.ROOT);
        return new Content(kind, key, w.id(),
                texts.fr("surveillance.alert.title.nominative", texts.fr("surveillance.alert.step." + step), name,
                        Texts.frMsv(f.countedMsv()), f.article(), Texts.frMsv(f.limitMsv())),
                texts.en("surveillance.alert.title.nominative", texts.en("surveillance.alert.step." + step), name,
                        Texts.enMsv(f.countedMsv()), f.article(), Texts.enMsv(f.limitMsv())), p);
    }

    /** A notice with its figures, to the MDTs, or (pre-alerts) to the CRPs only. */
    List<Content> notice(Notice n, boolean physicians, boolean advisers) {
        List<Content> out = new ArrayList<>();
        if (physicians) {
            n.facts().physicians().forEach(r -> out.add(notice(n, RecipientKind.OCCUPATIONAL_PHYSICIAN, r.key())));
        }
        if (advisers) {
            n.facts().advisers().forEach(r -> out.add(notice(n, RecipientKind.RADIATION_PROTECTION_ADVISER, r.key())));
        }
        return out;
    }

    private Content notice(Notice n, RecipientKind kind, String key) {
        var w = n.facts().worker();
        Map<String, Object> p = new LinkedHashMap<>();
        p.put("kind", n.kind());
        p.put("worker", Nominative.identity(w, true));
        p.put("establishment", Map.of("name", n.facts().establishment().name(),
                "siret", n.facts().establishment().siret()));
        Map<String, Object> dose = new LinkedHashMap<>();
        dose.put("quantity", n.quantity());
        dose.put("sumMsv", n.sumMsv().stripTrailingZeros().toPlainString());
        if (n.thresholdMsv() != null) {
            dose.put("thresholdMsv", n.thresholdMsv().stripTrailingZeros().toPlainString());
        }
        if (n.article() != null) {
            dose.put("article", n.article());
        }
        dose.put("windowStart", n.windowStart().toString());
        dose.put("windowEnd", n.windowEnd().toString());
        p.put("dose", dose);
        String name = w.firstNames().split(" ")[0] + " " + w.birthName().toUpperCase(java.util.Locale.ROOT);
        String thr = n.thresholdMsv() == null ? "" : Texts.frMsv(n.thresholdMsv());
        return new Content(kind, key, w.id(),
                texts.fr("surveillance.alert.notice.values." + n.kind(), name, Texts.frMsv(n.sumMsv()), thr),
                texts.en("surveillance.alert.notice.values." + n.kind(), name, Texts.enMsv(n.sumMsv()),
                        n.thresholdMsv() == null ? "" : Texts.enMsv(n.thresholdMsv())), p);
    }
}
