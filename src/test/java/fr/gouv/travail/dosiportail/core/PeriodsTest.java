package fr.gouv.travail.dosiportail.core;

import static java.time.LocalDate.parse;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class PeriodsTest {

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource({
        "2025-01-15, 2025-01-15, 1",
        "2025-01-01, 2025-01-31, 31",
        "2024-02-01, 2024-02-29, 29",
        "2025-01-01, 2025-12-31, 365"
    })
    void countsWearingDaysWithBothEndsIncluded(LocalDate start, LocalDate end, long days) {
        assertThat(new WearingPeriod(start, end).days()).isEqualTo(days);
    }

    @ParameterizedTest(name = "{0} → {1} over {2} months: {3}")
    @CsvSource({
        "2025-01-15, 2025-04-14, 3, false",
        "2025-01-15, 2025-04-15, 3, true",
        "2025-01-01, 2025-03-31, 3, false",
        "2025-01-01, 2025-04-01, 3, true",
        "2024-11-30, 2025-02-27, 3, false",
        "2024-11-30, 2025-02-28, 3, true",
        "2025-02-01, 2025-02-28, 1, false",
        "2025-02-01, 2025-03-01, 1, true"
    })
    void tellsWhenAWearingPeriodIsLongerThanSomeMonths(LocalDate start, LocalDate end, int months, boolean exceeds) {
        assertThat(new WearingPeriod(start, end).exceedsMonths(months)).isEqualTo(exceeds);
    }

    @ParameterizedTest(name = "{0}–{1} and {2}–{3}: {4}")
    @CsvSource({
        "2025-01-01, 2025-01-31, 2025-01-31, 2025-02-28, true",
        "2025-01-01, 2025-01-31, 2025-02-01, 2025-02-28, false",
        "2025-01-01, 2025-03-31, 2025-02-01, 2025-02-28, true",
        "2025-02-01, 2025-02-28, 2025-01-01, 2025-01-31, false"
    })
    void findsOverlappingWearingPeriods(LocalDate s1, LocalDate e1, LocalDate s2, LocalDate e2, boolean overlap) {
        WearingPeriod a = new WearingPeriod(s1, e1);
        WearingPeriod b = new WearingPeriod(s2, e2);

        assertThat(a.overlaps(b)).isEqualTo(overlap);
        assertThat(b.overlaps(a)).isEqualTo(overlap);
    }

    @Test
    void containsItsBothEndsOnly() {
        WearingPeriod january = new WearingPeriod(parse("2025-01-01"), parse("2025-01-31"));

        assertThat(january.contains(parse("2025-01-01"))).isTrue();
        assertThat(january.contains(parse("2025-01-31"))).isTrue();
        assertThat(january.contains(parse("2024-12-31"))).isFalse();
        assertThat(january.contains(parse("2025-02-01"))).isFalse();
    }

    @Test
    void rejectsAWearingPeriodThatEndsBeforeItStarts() {
        assertThatThrownBy(() -> new WearingPeriod(parse("2025-02-01"), parse("2025-01-31")))
                .isInstanceOfSatisfying(InvalidValue.class, e -> assertThat(e.reasonFr()).contains("précède"));
        assertThatThrownBy(() -> new WearingPeriod(null, parse("2025-01-31"))).isInstanceOf(InvalidValue.class);
    }

    @Test
    void keepsAnOpenValidityPeriodGoingForever() {
        ValidityPeriod open = ValidityPeriod.startingOn(parse("2024-09-01"));

        assertThat(open.isOpen()).isTrue();
        assertThat(open.contains(parse("2024-09-01"))).isTrue();
        assertThat(open.contains(parse("2999-12-31"))).isTrue();
        assertThat(open.contains(parse("2024-08-31"))).isFalse();
    }

    @Test
    void endsAValidityPeriodOnADayItIncludes() {
        ValidityPeriod ended = ValidityPeriod.startingOn(parse("2024-09-01")).endOn(parse("2025-06-30"));

        assertThat(ended.isOpen()).isFalse();
        assertThat(ended.contains(parse("2025-06-30"))).isTrue();
        assertThat(ended.contains(parse("2025-07-01"))).isFalse();
        assertThat(ValidityPeriod.startingOn(parse("2024-09-01")).endOn(parse("2024-09-01")).contains(
                parse("2024-09-01"))).isTrue();
    }

    @Test
    void refusesToEndAValidityPeriodBeforeItStarts() {
        ValidityPeriod open = ValidityPeriod.startingOn(parse("2024-09-01"));

        assertThatThrownBy(() -> open.endOn(parse("2024-08-31")))
                .isInstanceOfSatisfying(InvalidValue.class, e -> assertThat(e.field()).isEqualTo("validityPeriod"));
        assertThatThrownBy(() -> open.endOn(null)).isInstanceOf(InvalidValue.class);
        assertThatThrownBy(() -> new ValidityPeriod(null, null)).isInstanceOf(InvalidValue.class);
    }

    @ParameterizedTest(name = "{0}–{1} and {2}–{3}: {4}")
    @CsvSource({
        "2024-01-01,           , 2030-01-01, 2030-12-31, true",
        "2024-01-01,           , 2020-01-01,           , true",
        "2024-01-01,           , 2020-01-01, 2023-12-31, false",
        "2024-01-01,           , 2020-01-01, 2024-01-01, true",
        "2024-01-01, 2024-06-30, 2024-06-30,           , true",
        "2024-01-01, 2024-06-30, 2024-07-01,           , false",
        "2024-01-01, 2024-06-30, 2024-03-01, 2024-03-31, true"
    })
    void findsOverlappingValidityPeriodsOpenOrNot(LocalDate f1, LocalDate t1, LocalDate f2, LocalDate t2,
            boolean overlap) {
        ValidityPeriod a = new ValidityPeriod(f1, t1);
        ValidityPeriod b = new ValidityPeriod(f2, t2);

        assertThat(a.overlaps(b)).isEqualTo(overlap);
        assertThat(b.overlaps(a)).isEqualTo(overlap);
    }
}
