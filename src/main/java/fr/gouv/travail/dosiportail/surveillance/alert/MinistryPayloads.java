package fr.gouv.travail.dosiportail.surveillance.alert;

import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.stereotype.Component;

/**
 * The ministry's (DGT) or the defence inspectorate's (DSND) version (arrêté du 23 juin 2023 art. 5 I): anonymous,
 * with context: employer, establishment and its location, activity, the dose and the limit with its article, the
 * exposure duration. Never a name, NIR, birth date or worker id.
 */
@Component
class MinistryPayloads {

    private final Texts texts;

    MinistryPayloads(Texts texts) {
        this.texts = texts;
    }

    Content alert(AlertNotice n) {
        var x = n.facts().establishment();
        var f = n.alert().figures();
        RecipientKind kind = x.defence() ? RecipientKind.DEFENCE_INSPECTORATE : RecipientKind.MINISTRY;
        Map<String, Object> p = new LinkedHashMap<>();
        p.put("step", n.stepKey());
        p.put("stepKind", n.step().name());
        p.put("status", n.alert().status().name());
        p.put("alertId", n.alert().id().toString());
        p.put("employer", Map.of("name", x.companyName(), "siren", x.siren()));
        p.put("establishment", Map.of("name", x.name(), "siret", x.siret(), "postalCode", x.postalCode(),
                "city", x.city()));
        p.put("activity", Map.of("naf", x.nafCode(), "domain", x.domainCode(), "domainFr", x.domainFr(),
                "domainEn", x.domainEn()));
        Nominative.figures(p, n);
        String step = n.step().name();
        return new Content(kind, x.defence() ? "DSND" : "DGT", null,
                texts.fr("surveillance.alert.title.ministry", texts.fr("surveillance.alert.step." + step), f.article(),
                        x.name(), x.city(), Texts.frMsv(f.countedMsv()), Texts.frMsv(f.limitMsv())),
                texts.en("surveillance.alert.title.ministry", texts.en("surveillance.alert.step." + step), f.article(),
                        x.name(), x.city(), Texts.enMsv(f.countedMsv()), Texts.enMsv(f.limitMsv())), p);
    }
}
