package fr.gouv.travail.dosiportail.surveillance.alert;

import java.util.LinkedHashMap;
import java.util.Map;

/** Parts shared by the versions that carry values (ministry, MDT, CRP). */
final class Nominative {

    private Nominative() {
    }

    static void figures(Map<String, Object> p, AlertNotice n) {
        var a = n.alert();
        var f = a.figures();
        Map<String, Object> dose = new LinkedHashMap<>();
        dose.put("limitCode", a.limitCode());
        dose.put("article", f.article());
        dose.put("limitMsv", f.limitMsv().stripTrailingZeros().toPlainString());
        dose.put("countedMsv", f.countedMsv().stripTrailingZeros().toPlainString());
        dose.put("fullMsv", f.fullMsv().stripTrailingZeros().toPlainString());
        dose.put("proRataMsv", f.proRataMsv().stripTrailingZeros().toPlainString());
        dose.put("windowStart", f.windowStart().toString());
        dose.put("windowEnd", f.windowEnd().toString());
        dose.put("durationDays", f.windowEnd().toEpochDay() - f.windowStart().toEpochDay() + 1);
        if (!a.site().isEmpty()) {
            dose.put("site", a.site());
        }
        if (a.emergencyEventId() != null) {
            dose.put("emergencyEventId", a.emergencyEventId().toString());
        }
        if (a.outcome() != null) {
            dose.put("outcome", a.outcome());
            dose.put("retainedMsv", a.retainedMsv().stripTrailingZeros().toPlainString());
        }
        p.put("dose", dose);
    }

    static Map<String, Object> identity(Facts.Worker w, boolean withBirthDate) {
        Map<String, Object> id = new LinkedHashMap<>();
        id.put("workerId", w.id().toString());
        id.put("birthName", w.birthName());
        if (w.usageName() != null) {
            id.put("usageName", w.usageName());
        }
        id.put("firstNames", w.firstNames());
        if (withBirthDate) {
            id.put("birthDate", w.birthDate().toString());
        }
        return id;
    }
}
