package fr.gouv.travail.dosiportail.access;

import fr.gouv.travail.dosiportail.journal.DataKind;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The matrix in table form: for each actor and worker, the kinds and data dates the actor may read, with the
 * article behind it; every other cell of the 5 kinds × 4 dates grid must be refused.
 */
final class Expectations {

    static final Set<DataKind> ALL = EnumSet.of(DataKind.ADMINISTRATIVE, DataKind.EXTERNAL_DOSE, DataKind.INTERNAL_DOSE,
            DataKind.EFFECTIVE_DOSE, DataKind.ALERT);
    static final Set<DataKind> CRP = EnumSet.of(DataKind.ADMINISTRATIVE, DataKind.EXTERNAL_DOSE, DataKind.EFFECTIVE_DOSE,
            DataKind.ALERT);
    static final Set<DataKind> INSPECTOR = EnumSet.of(DataKind.ADMINISTRATIVE, DataKind.EXTERNAL_DOSE,
            DataKind.EFFECTIVE_DOSE);
    static final Set<DataKind> ADMIN = EnumSet.of(DataKind.ADMINISTRATIVE);
    static final Set<DataKind> NONE = EnumSet.noneOf(DataKind.class);
    static final Set<String> EVERY_DATE = AccessScenario.DATES.keySet();

    /** One line of the table. */
    record Line(String actor, String relationship, String worker, Set<DataKind> kinds, Set<String> dates,
                String article) {
    }

    /** Actor name → (kind, claims). */
    static Map<String, Object[]> actors(AccessScenario s) {
        Map<String, Object[]> a = new LinkedHashMap<>();
        a.put("worker W", new Object[] {"WORKER", Map.of("nir", s.nirW)});
        a.put("worker V", new Object[] {"WORKER", Map.of("nir", s.nirV)});
        a.put("MDT of A", new Object[] {"OCCUPATIONAL_PHYSICIAN", Map.of("rpps", s.rppsA)});
        a.put("former MDT of A", new Object[] {"OCCUPATIONAL_PHYSICIAN", Map.of("rpps", s.rppsOld)});
        a.put("MDT of B", new Object[] {"OCCUPATIONAL_PHYSICIAN", Map.of("rpps", s.rppsB)});
        a.put("MDT delegated internal doses at A", new Object[] {"OCCUPATIONAL_PHYSICIAN", Map.of("rpps", s.rppsOther)});
        a.put("nurse delegated by MDT A", new Object[] {"HEALTH_PROFESSIONAL", Map.of("email", s.hp1)});
        a.put("nurse whose delegation was revoked", new Object[] {"HEALTH_PROFESSIONAL", Map.of("email", s.hp2)});
        a.put("nurse without delegation", new Object[] {"HEALTH_PROFESSIONAL", Map.of("email", "nobody-" + s.n + "@example.fr")});
        a.put("CRP of A", new Object[] {"RADIATION_PROTECTION_ADVISER", Map.of("email", s.crpA)});
        a.put("CRP of B", new Object[] {"RADIATION_PROTECTION_ADVISER", Map.of("email", s.crpB)});
        a.put("employer 1 (A)", new Object[] {"EMPLOYER", Map.of("siren", s.siren1)});
        a.put("correspondent of employer 1", new Object[] {"EMPLOYER_CORRESPONDENT", Map.of("siren", s.siren1)});
        a.put("employer 2 (B)", new Object[] {"EMPLOYER", Map.of("siren", s.siren2)});
        a.put("employer 3 (unrelated)", new Object[] {"EMPLOYER", Map.of("siren", s.siren3)});
        a.put("labour inspector of 69", new Object[] {"LABOUR_INSPECTOR", Map.of("territory", List.of("69"))});
        a.put("labour inspector of 13", new Object[] {"LABOUR_INSPECTOR", Map.of("territory", List.of("13"))});
        a.put("national radiation-protection inspector", new Object[] {"RADIATION_PROTECTION_INSPECTOR",
                Map.of("territory", List.of("*"))});
        a.put("labour inspector without territory", new Object[] {"LABOUR_INSPECTOR", Map.of("territory", List.of())});
        a.put("operator", new Object[] {"OPERATOR", Map.of()});
        a.put("ministry (DGT)", new Object[] {"MINISTRY", Map.of("authority", "DGT")});
        return a;
    }

    static List<Line> lines() {
        Set<String> duringA = Set.of("during-A");
        Set<String> atB = Set.of("during-B-after-A", "today");
        Set<String> employed = Set.of("during-A", "during-B-after-A", "today");
        Set<String> today = Set.of("today");
        Set<String> no = Set.of();
        List<Line> l = new ArrayList<>();
        // worker W: at A (T-6y..T-2y), then at B
        l.add(new Line("worker W", "self", "W", ALL, EVERY_DATE, "R.4451-67 (own data, whole career)"));
        l.add(new Line("worker V", "another worker", "W", NONE, no, "R.4451-67 (own data only)"));
        l.add(new Line("MDT of A", "designated, worker left A", "W", NONE, no, "R.4451-68 I (workers followed)"));
        l.add(new Line("former MDT of A", "designation ended", "W", NONE, no, "R.4451-68 I"));
        l.add(new Line("MDT of B", "designated, employment during", "W", ALL, EVERY_DATE,
                "R.4451-68 I; arrêté 23/06/2023 art. 22 (whole history)"));
        l.add(new Line("MDT delegated internal doses at A", "delegated, MDT A does not follow W", "W", NONE, no,
                "R.4451-68 II 2° (within the delegating MDT's rights)"));
        l.add(new Line("nurse delegated by MDT A", "delegated, MDT A does not follow W", "W", NONE, no, "R.4451-68 II 1°"));
        l.add(new Line("nurse whose delegation was revoked", "delegation revoked", "W", NONE, no, "R.4451-68 II 1°"));
        l.add(new Line("nurse without delegation", "not delegated", "W", NONE, no, "R.4451-68 II 1°"));
        l.add(new Line("CRP of A", "designated, employment before/during/after", "W", CRP, duringA,
                "R.4451-69 I (contract window), R.4451-70 (no internal dose)"));
        l.add(new Line("CRP of B", "designated, employment during", "W", CRP, atB, "R.4451-69 I, R.4451-70"));
        l.add(new Line("employer 1 (A)", "former employer", "W", ADMIN, EVERY_DATE,
                "arrêté 23/06/2023 art. 8 (administrative data), art. 5 III (no dose)"));
        l.add(new Line("correspondent of employer 1", "former employer", "W", ADMIN, EVERY_DATE, "arrêté 23/06/2023 art. 8 III, 17"));
        l.add(new Line("employer 2 (B)", "current employer", "W", ADMIN, EVERY_DATE, "arrêté 23/06/2023 art. 8"));
        l.add(new Line("employer 3 (unrelated)", "never employer", "W", NONE, no, "arrêté 23/06/2023 art. 8"));
        l.add(new Line("labour inspector of 69", "territory of A", "W", INSPECTOR, duringA, "R.4451-71"));
        l.add(new Line("labour inspector of 13", "territory of B", "W", INSPECTOR, atB, "R.4451-71"));
        l.add(new Line("national radiation-protection inspector", "whole country", "W", INSPECTOR, employed,
                "R.4451-71; CSP L.1333-29"));
        l.add(new Line("labour inspector without territory", "no territory", "W", NONE, no, "R.4451-71"));
        l.add(new Line("operator", "system manager", "W", ALL, EVERY_DATE, "arrêté 23/06/2023 art. 4 (ASNR), purpose journaled"));
        l.add(new Line("ministry (DGT)", "central administration", "W", NONE, no, "arrêté 23/06/2023 art. 5 I (anonymous)"));
        // worker V: at A since T-1y
        l.add(new Line("worker W", "another worker", "V", NONE, no, "R.4451-67"));
        l.add(new Line("worker V", "self", "V", ALL, EVERY_DATE, "R.4451-67"));
        l.add(new Line("MDT of A", "designated, employment during", "V", ALL, EVERY_DATE, "R.4451-68 I; arrêté art. 22"));
        l.add(new Line("former MDT of A", "designation ended", "V", NONE, no, "R.4451-68 I"));
        l.add(new Line("MDT of B", "not designated", "V", NONE, no, "R.4451-68 I"));
        l.add(new Line("MDT delegated internal doses at A", "delegated (internal doses, establishment A)", "V",
                EnumSet.of(fr.gouv.travail.dosiportail.journal.DataKind.INTERNAL_DOSE), EVERY_DATE, "R.4451-68 II 2°"));
        l.add(new Line("nurse delegated by MDT A", "delegated (administrative, external, effective)", "V", INSPECTOR,
                EVERY_DATE, "R.4451-68 II 1°"));
        l.add(new Line("nurse whose delegation was revoked", "delegation revoked", "V", NONE, no, "R.4451-68 II 1°"));
        l.add(new Line("nurse without delegation", "not delegated", "V", NONE, no, "R.4451-68 II 1°"));
        l.add(new Line("CRP of A", "designated, employment before/during, MDT shares internal results", "V", ALL, today,
                "R.4451-69 I; R.4451-70 (internal results shared by the MDT)"));
        l.add(new Line("CRP of B", "not designated", "V", NONE, no, "R.4451-69 I"));
        l.add(new Line("employer 1 (A)", "current employer", "V", ADMIN, EVERY_DATE, "arrêté 23/06/2023 art. 8"));
        l.add(new Line("correspondent of employer 1", "current employer", "V", ADMIN, EVERY_DATE, "arrêté 23/06/2023 art. 8 III"));
        l.add(new Line("employer 2 (B)", "never employer", "V", NONE, no, "arrêté 23/06/2023 art. 8"));
        l.add(new Line("employer 3 (unrelated)", "never employer", "V", NONE, no, "arrêté 23/06/2023 art. 8"));
        l.add(new Line("labour inspector of 69", "territory of A", "V", INSPECTOR, today, "R.4451-71"));
        l.add(new Line("labour inspector of 13", "outside territory", "V", NONE, no, "R.4451-71"));
        l.add(new Line("national radiation-protection inspector", "whole country", "V", INSPECTOR, today, "R.4451-71"));
        l.add(new Line("labour inspector without territory", "no territory", "V", NONE, no, "R.4451-71"));
        l.add(new Line("operator", "system manager", "V", ALL, EVERY_DATE, "arrêté 23/06/2023 art. 4"));
        l.add(new Line("ministry (DGT)", "central administration", "V", NONE, no, "arrêté 23/06/2023 art. 5 I (anonymous)"));
        return l;
    }
}
