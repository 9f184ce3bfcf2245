package fr.gouv.travail.dosiportail.dosimetry;

import static org.assertj.core.api.Assertions.assertThat;

import fr.gouv.travail.dosiportail.registry.RegistryDeclarations;
import fr.gouv.travail.dosiportail.registry.RegistryFixtures;
import java.math.BigDecimal;
import java.util.Map;
import java.util.UUID;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ActiveProfiles;

/**
 * The effective dose rule as SQL (V63: {@code dosimetry.dose_component} and {@code dosimetry.counts_in_effective_dose}),
 * one line per case of docs/rules/effective-dose.md with the article behind it.
 */
@SpringBootTest
@ActiveProfiles("test")
class EffectiveDoseRuleTest {

    @Autowired
    JdbcClient jdbc;
    @Autowired
    RegistryDeclarations declarations;

    DoseRows rows;
    UUID worker;
    UUID establishment;

    @BeforeEach
    void aWorker() {
        var site = new RegistryFixtures(declarations).aCompany().anEstablishment().declare();
        var w = site.aWorker().classifiedA().declare();
        rows = new DoseRows(jdbc);
        UUID[] ids = rows.ids(w.nir);
        worker = ids[0];
        establishment = ids[1];
    }

    static Stream<Arguments> cases() {
        return Stream.of(
                c("passive whole-body Hp(10) photons", "R.4451-6 1°; §1.2: E from passive dosimetry",
                        r -> r, "EXTERNAL", true, "0.25", "0.25"),
                c("passive neutron Hp(10)", "R.4451-6 1° (whole body, all radiations)",
                        r -> r.kind("EXTERNAL_PASSIVE", "HP10_NEUTRON", "WHOLE_BODY"), "EXTERNAL", true, "0.25", "0.25"),
                c("passive Hp(10) without body location (whole body by default)", "R.4451-6 1°",
                        r -> r.kind("EXTERNAL_PASSIVE", "HP10", null), "EXTERNAL", true, "0.25", "0.25"),
                c("committed effective dose E(50), radiotoxicology", "R.4451-6 1°; R.4451-65 III",
                        r -> r.kind("INTERNAL_RADIOTOXICOLOGY", "E50", null), "INTERNAL", true, "0.25", "0.25"),
                c("committed effective dose E(50) entered by the MDT", "R.4451-66; arrêté 23/06/2023 art. 23",
                        r -> r.kind("INTERNAL_COMMITTED_BY_MDT", "E50", null)
                                .originator("OCCUPATIONAL_PHYSICIAN", "10001234566"), "INTERNAL", true, "0.25", "0.25"),
                c("MDT-entered Hp(10) from a non-accredited source", "arrêté 23/06/2023 art. 22",
                        r -> r.kind("MDT_NON_ACCREDITED_SOURCE", "HP10", "WHOLE_BODY"), "EXTERNAL", true, "0.25", "0.25"),
                c("radon", "R.4451-6 1° (E includes radon exposure)",
                        r -> r.kind("RADON", "RADON", null), "RADON", true, "0.25", "0.25"),
                c("aircrew effective dose", "R.4451-6 1°; §12 (SIEVERT)",
                        r -> r.kind("COSMIC", "AIRCREW_E", null).originator("AIRCREW_DOSE_SERVICE", "SIEVERT"),
                        "COSMIC", true, "0.25", "0.25"),
                c("emergency-extrapolated Hp(10)", "R.4451-11; §11",
                        r -> r.kind("EMERGENCY_EXTRAPOLATED", "HP10", "WHOLE_BODY"), "EMERGENCY", true, "0.25", "0.25"),
                c("committed equivalent dose H(50) is no effective dose", "R.4451-6 1° vs 2°",
                        r -> r.kind("INTERNAL_RADIOTOXICOLOGY", "H50", null), null, false, "0.25", "0.25"),
                c("Hp(0.07) extremities: equivalent dose, apart", "R.4451-6 2° a)",
                        r -> r.kind("EXTERNAL_PASSIVE", "HP007", "EXTREMITY"), "SKIN_EXTREMITIES", false, "0.25", "0.25"),
                c("Hp(3) lens: equivalent dose, apart", "R.4451-6 2° b)",
                        r -> r.kind("EXTERNAL_PASSIVE", "HP3", "LENS"), "LENS", false, "0.25", "0.25"),
                c("Hp(10) of a ring dosimeter is no whole-body dose", "R.4451-6 1° (whole body)",
                        r -> r.kind("EXTERNAL_PASSIVE", "HP10", "EXTREMITY"), null, false, "0.25", "0.25"),
                c("operational dosimetry kept apart by default", "R.4451-65; §1.2 (surveillance radiologique)",
                        r -> r.kind("EXTERNAL_OPERATIONAL", "HP10", "WHOLE_BODY"), "OPERATIONAL", false, "0.25", "0.25"),
                c("'M' counts 0, its threshold is the upper bound", "§8.1 (SISERI: M = 0)",
                        r -> r.belowThreshold("0.05"), "EXTERNAL", true, "0", "0.05"),
                c("absence of result: not counted, listed as missing", "arrêté 23/06/2023 (20-day rule); §8.2",
                        DoseRows.Row::noResult, "EXTERNAL", false, null, null),
                c("cancelled current version: not counted", "DOSIMETRY.md §1; arrêté 23/06/2023 art. 22",
                        DoseRows.Row::cancelled, "EXTERNAL", false, null, null));
    }

    private static Arguments c(String name, String article, UnaryOperator<DoseRows.Row> row, String component,
                               boolean inEffectiveDose, String counted, String upper) {
        return Arguments.of(name, article, row, component, inEffectiveDose, counted, upper);
    }

    @ParameterizedTest(name = "{0} → {3}, in E: {4} · {1}")
    @MethodSource("cases")
    void eachRecordHasItsComponentAndCountsAsTheArticlesSay(String name, String article, UnaryOperator<DoseRows.Row> row,
            String component, boolean inEffectiveDose, String counted, String upper) {
        UUID id = row.apply(rows.row(worker, establishment)).insert();
        Map<String, Object> r = component(id, false);
        assertThat(r.get("component")).as(article).isEqualTo(component);
        assertThat(r.get("in_e")).as(article).isEqualTo(inEffectiveDose);
        assertDecimal(r.get("counted_msv"), counted);
        assertDecimal(r.get("upper_msv"), upper);
    }

    @Test
    void anAbsenceOfResultIsMissingAndACancelledOneIsNot() {
        UUID missing = rows.row(worker, establishment).noResult().insert();
        UUID cancelled = rows.row(worker, establishment).noResult().cancelled().insert();
        assertThat(component(missing, false).get("missing_result")).isEqualTo(true);
        assertThat(component(cancelled, false).get("missing_result")).isEqualTo(false);
    }

    @Test
    void operationalDosimetryCountsByTheSettingOnlyWhereNoPassiveResultCoversThePeriod() {
        UUID alone = rows.row(worker, establishment).kind("EXTERNAL_OPERATIONAL", "HP10", "WHOLE_BODY")
                .period("2025-01-01", "2025-01-31").insert();
        UUID covered = rows.row(worker, establishment).kind("EXTERNAL_OPERATIONAL", "HP10", "WHOLE_BODY")
                .period("2025-03-01", "2025-03-31").insert();
        rows.row(worker, establishment).period("2025-02-15", "2025-03-14").insert();
        UUID cancelledPassive = rows.row(worker, establishment).period("2025-05-01", "2025-05-31").cancelled().insert();
        UUID coveredByCancelled = rows.row(worker, establishment).kind("EXTERNAL_OPERATIONAL", "HP10", "WHOLE_BODY")
                .period("2025-05-01", "2025-05-31").insert();
        assertThat(component(alone, false).get("in_e")).isEqualTo(false);
        assertThat(component(alone, true).get("in_e")).isEqualTo(true);
        assertThat(component(covered, true).get("in_e")).isEqualTo(false);
        assertThat(component(coveredByCancelled, true).get("in_e")).as(cancelledPassive + " does not count")
                .isEqualTo(true);
    }

    @Test
    void onlyTheHighestVersionOfANaturalKeyIsCurrent() {
        DoseRows.Row first = rows.row(worker, establishment).value("0.40");
        UUID v1 = first.insert();
        DoseRows.Row second = first.nextVersion(v1, "Erreur de lecture").value("0.30");
        UUID v2 = second.insert();
        UUID v3 = second.nextVersion(v2, "Dosimètre d'un autre travailleur").cancelled().insert();
        assertThat(jdbc.sql("select id from dosimetry.current_dose_record where worker_id = ?").param(worker)
                .query(UUID.class).list()).containsExactly(v3);
        rows.row(worker, establishment).period("2025-02-01", "2025-02-28").insert();
        assertThat(jdbc.sql("select count(*) from dosimetry.dose_component where worker_id = ? and counts")
                .param(worker).query(Long.class).single()).isOne();
    }

    private Map<String, Object> component(UUID id, boolean countOperational) {
        return jdbc.sql("""
                        select component, counted_msv, upper_msv, missing_result, counts
                               and dosimetry.counts_in_effective_dose(component, operational_fallback, ?) as in_e
                        from dosimetry.dose_component where id = ?""")
                .params(countOperational, id).query().singleRow();
    }

    private static void assertDecimal(Object actual, String expected) {
        if (expected == null) {
            assertThat(actual).isNull();
        } else {
            assertThat((BigDecimal) actual).isEqualByComparingTo(expected);
        }
    }
}
