package fr.gouv.travail.dosiportail.surveillance.limits;

import static fr.gouv.travail.dosiportail.surveillance.limits.Limits.dose;
import static fr.gouv.travail.dosiportail.surveillance.limits.Limits.effective;
import static org.assertj.core.api.Assertions.assertThat;

import fr.gouv.travail.dosiportail.surveillance.limits.WorkerContext.Period;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** One row per rule of the Code du travail and per edge the texts create; each names the article. */
class LimitsEngineTest {

    private static final LocalDate AS_OF = LocalDate.of(2026, 11, 28);
    private static final WorkerContext ADULT = WorkerContext.bornOn(LocalDate.of(1980, 5, 4));
    private static final UUID EVENT = UUID.fromString("00000000-0000-0000-0000-00000000e001");

    static Stream<Arguments> rows() {
        return Stream.of(
                row("R.4451-6 1°: exactly 20 mSv over 12 months is not an exceedance", ADULT, List.of(
                        effective("2025-01-01", "2025-03-31", "12"), effective("2025-04-01", "2025-06-30", "8"))),
                row("R.4451-6 1°: 20.001 mSv over 12 months is", ADULT, List.of(
                        effective("2025-01-01", "2025-03-31", "12"), effective("2025-04-01", "2025-06-30", "8.001")),
                        "EFFECTIVE_12M"),
                row("R.4451-6 1°: rolling, not calendar: December and January add up", ADULT, List.of(
                        effective("2024-12-01", "2024-12-31", "10"), effective("2025-01-01", "2025-01-31", "10.5")),
                        "EFFECTIVE_12M"),
                row("R.4451-6 1°: thirteen months apart, nothing", ADULT, List.of(
                        effective("2024-01-01", "2024-01-31", "10"), effective("2025-02-01", "2025-02-28", "10.5"))),
                row("Straddling record counted in full when it overlaps the window (conservative setting)", ADULT,
                        List.of(effective("2024-01-01", "2024-01-31", "10"),
                                effective("2025-01-30", "2025-01-30", "10.5")), "EFFECTIVE_12M"),
                row("Leap year: the window ending 29 Feb 2024 starts 1 Mar 2023", ADULT, List.of(
                        effective("2023-02-28", "2023-02-28", "10"), effective("2024-02-29", "2024-02-29", "10.5"))),
                row("Leap year: the window ending 28 Feb 2025 starts 29 Feb 2024", ADULT, List.of(
                        effective("2024-02-29", "2024-02-29", "10.5"), effective("2025-02-28", "2025-02-28", "10")),
                        "EFFECTIVE_12M"),
                row("R.4451-8 1°: a 17-year-old above 6 mSv", WorkerContext.bornOn(LocalDate.of(2008, 6, 15)),
                        List.of(effective("2025-03-01", "2025-03-31", "6.001")), "YOUNG_EFFECTIVE_12M"),
                row("R.4451-8 1°: exactly 6 mSv is not", WorkerContext.bornOn(LocalDate.of(2008, 6, 15)),
                        List.of(effective("2025-03-01", "2025-03-31", "6"))),
                row("R.4451-8: doses after the 18th birthday do not count against the young limit",
                        WorkerContext.bornOn(LocalDate.of(2008, 6, 15)), List.of(
                                effective("2026-05-01", "2026-05-31", "5"), effective("2026-07-01", "2026-07-31", "5"))),
                row("R.4451-8: a record straddling the 18th birthday counts in full",
                        WorkerContext.bornOn(LocalDate.of(2008, 6, 15)), List.of(
                                effective("2026-05-01", "2026-05-31", "5"), effective("2026-06-01", "2026-06-30", "1.5"))
                        , "YOUNG_EFFECTIVE_12M"),
                row("R.4451-7: 1 mSv reached from declaration to delivery (« inférieure à 1 mSv »)",
                        pregnant("2025-03-10", "2025-11-20"), List.of(
                                effective("2025-04-01", "2025-04-30", "0.6"), effective("2025-05-01", "2025-05-31", "0.4")),
                        "UNBORN_CHILD_PREGNANCY"),
                row("R.4451-7: 0.999 mSv during pregnancy, and doses before the declaration, do not count",
                        pregnant("2025-03-10", "2025-11-20"), List.of(
                                effective("2025-02-01", "2025-03-09", "2"), effective("2025-04-01", "2025-04-30", "0.999"))),
                row("R.4451-7: an ongoing pregnancy is evaluated up to today", pregnant("2026-09-01", null),
                        List.of(effective("2026-10-01", "2026-10-31", "1.2")), "UNBORN_CHILD_PREGNANCY"),
                row("R.4451-6 2° a): 500.001 mSv to the extremities", ADULT, List.of(
                        dose("2025-01-01", "2025-03-31", LimitQuantity.EXTREMITY_SKIN, "EXTREMITY", "500.001", null)),
                        "EXTREMITY_SKIN_12M"),
                row("R.4451-6 2° a): each measurement site on its own (300 ring + 300 chest skin)", ADULT, List.of(
                        dose("2025-01-01", "2025-03-31", LimitQuantity.EXTREMITY_SKIN, "EXTREMITY", "300", null),
                        dose("2025-01-01", "2025-03-31", LimitQuantity.EXTREMITY_SKIN, "WHOLE_BODY", "300", null))),
                row("R.4451-6 2° b): lens above 20 mSv since July 2023", ADULT, List.of(
                        dose("2024-01-01", "2024-03-31", LimitQuantity.LENS, "LENS", "20.001", null)), "LENS_12M"),
                row("R.4451-6 NOTA: 30 mSv lens in 2020 is within the transitional 50 mSv", ADULT, List.of(
                        dose("2020-01-01", "2020-03-31", LimitQuantity.LENS, "LENS", "30", null))),
                row("R.4451-6 NOTA: over 100 mSv lens from July 2018 to June 2023 is an exceedance", ADULT, List.of(
                        dose("2019-01-01", "2019-03-31", LimitQuantity.LENS, "LENS", "30", null),
                        dose("2020-04-01", "2020-06-30", LimitQuantity.LENS, "LENS", "30", null),
                        dose("2021-07-01", "2021-09-30", LimitQuantity.LENS, "LENS", "30", null),
                        dose("2022-10-01", "2022-12-31", LimitQuantity.LENS, "LENS", "10.001", null)),
                        "LENS_TRANSITIONAL_CUMULATIVE"),
                row("Before July 2018 the lens limit was 150 mSv", ADULT, List.of(
                        dose("2017-01-01", "2017-03-31", LimitQuantity.LENS, "LENS", "100", null))),
                row("R.4451-90: 35 mSv during an authorised exceptional exposure", authorised("2025-01-01", "2025-06-30"),
                        List.of(effective("2025-02-01", "2025-02-28", "35"))),
                row("R.4451-90: over 50 mSv during an authorised exceptional exposure", authorised("2025-01-01",
                        "2025-06-30"), List.of(effective("2025-02-01", "2025-02-28", "50.001")),
                        "EXCEPTIONAL_EFFECTIVE_12M"),
                row("R.4451-90: 5-year average above 20 mSv/year", authorised("2025-01-01", "2025-06-30"), List.of(
                        effective("2020-03-01", "2020-03-31", "15"), effective("2021-05-01", "2021-05-31", "15"),
                        effective("2022-07-01", "2022-07-31", "15"), effective("2023-09-01", "2023-09-30", "15"),
                        effective("2025-02-01", "2025-02-28", "40.001")), "EXCEPTIONAL_EFFECTIVE_5Y"),
                row("Without an authorisation, 35 mSv exceeds the ordinary limit", ADULT,
                        List.of(effective("2025-02-01", "2025-02-28", "35")), "EFFECTIVE_12M"),
                row("R.4451-11 I: 100.001 mSv in one emergency (and the 20 mSv ordinary limit)", ADULT, List.of(
                        dose("2025-06-01", "2025-06-02", LimitQuantity.EFFECTIVE, null, "60", EVENT),
                        dose("2025-06-03", "2025-06-04", LimitQuantity.EFFECTIVE, null, "40.001", EVENT)),
                        "EFFECTIVE_12M", "EMERGENCY_REFERENCE_100"),
                row("R.4451-11 II: above 500 mSv external in one emergency", ADULT, List.of(
                        dose("2025-06-01", "2025-06-02", LimitQuantity.EFFECTIVE, null, "500.5", EVENT)),
                        "EFFECTIVE_12M", "EMERGENCY_REFERENCE_100", "EMERGENCY_EXCEPTIONAL_500"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("rows")
    void evaluatesEachRuleOfTheCode(String title, WorkerContext ctx, List<CountedDose> doses, List<String> expected) {
        assertThat(Limits.codes(Limits.engine().exceedances(ctx, doses, AS_OF)))
                .containsExactlyInAnyOrderElementsOf(expected);
    }

    private static Arguments row(String title, WorkerContext ctx, List<CountedDose> doses, String... expected) {
        return Arguments.of(title, ctx, doses, List.of(expected));
    }

    private static WorkerContext pregnant(String declared, String delivery) {
        return new WorkerContext(LocalDate.of(1990, 1, 1), List.of(new Period(LocalDate.parse(declared),
                delivery == null ? null : LocalDate.parse(delivery))), List.of());
    }

    private static WorkerContext authorised(String from, String to) {
        return new WorkerContext(LocalDate.of(1980, 1, 1), List.of(),
                List.of(new Period(LocalDate.parse(from), LocalDate.parse(to))));
    }
}
