package fr.gouv.travail.dosiportail.surveillance.limits;

import static fr.gouv.travail.dosiportail.surveillance.limits.Limits.effective;
import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Invariants over random histories (seed 20261128), and the settings the texts leave open. */
class LimitsEnginePropertiesTest {

    private static final LocalDate AS_OF = LocalDate.of(2026, 11, 28);
    private static final WorkerContext ADULT = WorkerContext.bornOn(LocalDate.of(1980, 5, 4));

    static Stream<List<CountedDose>> histories() {
        Random random = new Random(20261128);
        return IntStream.range(0, 300).mapToObj(i -> {
            List<CountedDose> doses = new ArrayList<>();
            LocalDate day = LocalDate.of(2018, 1, 1).plusDays(random.nextInt(400));
            int n = 1 + random.nextInt(30);
            for (int k = 0; k < n && day.isBefore(AS_OF.minusMonths(3)); k++) {
                LocalDate end = day.plusDays(random.nextInt(90));
                String mSv = BigDecimal.valueOf(random.nextInt(9000), 3).toPlainString();
                doses.add(effective(day.toString(), end.toString(), mSv));
                day = end.plusDays(1 + random.nextInt(60));
            }
            return doses;
        });
    }

    @ParameterizedTest
    @MethodSource("histories")
    void recordsArrivingInAnyOrderGiveTheSameExceedances(List<CountedDose> doses) {
        List<CountedDose> shuffled = new ArrayList<>(doses);
        Collections.shuffle(shuffled, new Random(doses.size()));
        assertThat(Limits.engine().exceedances(ADULT, shuffled, AS_OF))
                .isEqualTo(Limits.engine().exceedances(ADULT, doses, AS_OF));
    }

    @ParameterizedTest
    @MethodSource("histories")
    void theConservativeCountNeverMissesWhatProRataFinds(List<CountedDose> doses) {
        var full = Limits.engine().exceedances(ADULT, doses, AS_OF);
        var proRata = Limits.engine(Limits.withStraddling(SurveillanceSettings.Straddling.PRO_RATA))
                .exceedances(ADULT, doses, AS_OF);
        // every window exceeded pro rata is exceeded when records are counted in full
        proRata.forEach(p -> assertThat(Limits.engine().statusAt(ADULT, doses, p.windowEnd()))
                .filteredOn(st -> st.rule().code().equals(p.rule().code()))
                .singleElement().satisfies(st -> assertThat(st.exceeded()).isTrue()));
        assertThat(full.isEmpty()).isEqualTo(proRata.isEmpty() && full.isEmpty());
        full.forEach(f -> assertThat(f.fullMsv()).isGreaterThanOrEqualTo(f.proRataMsv()));
    }

    @Test
    void theProRataSettingComparesThePartInsideTheWindowAndShowsBothFigures() {
        List<CountedDose> doses = List.of(effective("2024-01-01", "2024-01-31", "10"),
                effective("2025-01-30", "2025-01-30", "10.5"));
        assertThat(Limits.engine(Limits.withStraddling(SurveillanceSettings.Straddling.PRO_RATA))
                .exceedances(ADULT, doses, AS_OF)).isEmpty();
        Exceedance conservative = Limits.engine().exceedances(ADULT, doses, AS_OF).get(0);
        assertThat(conservative.fullMsv()).isEqualByComparingTo("20.5");
        assertThat(conservative.proRataMsv()).isEqualByComparingTo("10.823"); // 10 × 1/31 + 10.5
        assertThat(conservative.windowEnd()).isEqualTo(LocalDate.of(2025, 1, 30));
    }

    @Test
    void oneEpisodeOfOverlappingExceededWindowsIsOneExceedanceAtItsPeak() {
        List<CountedDose> doses = List.of(effective("2025-01-01", "2025-01-31", "15"),
                effective("2025-02-01", "2025-02-28", "6"), effective("2025-03-01", "2025-03-31", "4"));
        List<Exceedance> found = Limits.engine().exceedances(ADULT, doses, AS_OF);
        assertThat(found).singleElement().satisfies(e -> {
            assertThat(e.countedMsv()).isEqualByComparingTo("25");
            assertThat(e.recordIds()).hasSize(3);
        });
    }

    @Test
    void theStatusOnADayShowsEachWindowEndingThatDay() {
        List<CountedDose> doses = List.of(effective("2025-12-01", "2025-12-31", "7"),
                effective("2026-06-01", "2026-06-30", "5"));
        var status = Limits.engine().statusAt(ADULT, doses, LocalDate.of(2026, 11, 30));
        assertThat(status).filteredOn(s -> s.rule().code().equals("EFFECTIVE_12M")).singleElement()
                .satisfies(s -> {
                    assertThat(s.windowStart()).isEqualTo(LocalDate.of(2025, 12, 1));
                    assertThat(s.countedMsv()).isEqualByComparingTo("12");
                    assertThat(s.exceeded()).isFalse();
                });
    }
}
