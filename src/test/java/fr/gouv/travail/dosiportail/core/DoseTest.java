package fr.gouv.travail.dosiportail.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.Random;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

class DoseTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            0.25      | 0.25 mSv
            0,25      | 0.25 mSv
            ' 0,250 ' | 0.25 mSv
            0.10      | 0.1 mSv
            20        | 20 mSv
            20.000    | 20 mSv
            100       | 100 mSv
            0.001     | 0.001 mSv
            0         | 0 mSv
            0.000     | 0 mSv
            """)
    void parsesADecimalWithAPointOrAFrenchComma(String text, String printed) {
        assertThat(Dose.parse(text).toString()).isEqualTo(printed);
    }

    @ParameterizedTest(name = "[{0}]")
    @ValueSource(strings = {"", "   ", "1e3", "1E3", "NaN", "Infinity", "-0.1", "-0", "+1", "1 000", "1.000,5",
        "1,000.5", ".5", "5.", "0x10", "1/2", "0,1 mSv", "un"})
    void rejectsAnythingButAPlainNonNegativeDecimal(String text) {
        assertThatThrownBy(() -> Dose.parse(text))
                .isInstanceOfSatisfying(InvalidValue.class, e -> assertThat(e.field()).isEqualTo("dose"));
    }

    @Test
    void rejectsMoreThanOneMicrosievertOfPrecision() {
        assertThatThrownBy(() -> Dose.parse("0.0005"))
                .isInstanceOfSatisfying(InvalidValue.class, e -> assertThat(e.reasonFr()).contains("3 décimales"));
        assertThat(Dose.parse("0.0010")).isEqualTo(Dose.parse("0.001"));
    }

    @Test
    void rejectsANegativeOrMissingDose() {
        assertThatThrownBy(() -> Dose.of(new BigDecimal("-0.001")))
                .isInstanceOfSatisfying(InvalidValue.class, e -> assertThat(e.reasonFr()).contains("négative"));
        assertThatThrownBy(() -> Dose.of((BigDecimal) null)).isInstanceOf(InvalidValue.class);
        assertThatThrownBy(() -> Dose.parse("-0.1"))
                .isInstanceOfSatisfying(InvalidValue.class, e -> assertThat(e.reasonFr()).contains("négative"));
    }

    @Test
    void comparesAndAddsExactly() {
        assertThat(Dose.of("0.10")).isEqualTo(Dose.of("0.1")).hasSameHashCodeAs(Dose.of("0.1"));
        assertThat(Dose.of("0.1").plus(Dose.of("0.2"))).isEqualTo(Dose.of("0.3"));
        assertThat(Dose.of("20.001").isAbove(Dose.of("20"))).isTrue();
        assertThat(Dose.of("20.000").isAbove(Dose.of("20"))).isFalse();
        assertThat(Dose.ZERO.plus(Dose.of("100"))).isEqualTo(Dose.of(new BigDecimal("1E+2")));
        assertThat(Dose.of(new BigDecimal("1E+2")).toString()).isEqualTo("100 mSv");
    }

    /** Fixed seed 314159: 3,000 pairs of doses from 0 to 1,000 mSv with 0 to 3 decimals. */
    static Stream<Arguments> pairsOfDoses() {
        Random random = new Random(314159L);
        return IntStream.range(0, 3_000).mapToObj(i -> Arguments.of(randomDose(random), randomDose(random)));
    }

    private static BigDecimal randomDose(Random random) {
        int scale = random.nextInt(4);
        long unscaled = (long) (random.nextDouble() * 1_000 * Math.pow(10, scale));
        return BigDecimal.valueOf(unscaled, scale);
    }

    @ParameterizedTest
    @MethodSource("pairsOfDoses")
    void keepsArithmeticExactAndOrdered(BigDecimal x, BigDecimal y) {
        Dose a = Dose.of(x);
        Dose b = Dose.of(y);
        Dose sum = a.plus(b);

        assertThat(sum).isGreaterThanOrEqualTo(a).isGreaterThanOrEqualTo(b);
        assertThat(sum).isEqualTo(b.plus(a));
        assertThat(sum.mSv()).isEqualByComparingTo(x.add(y));
        assertThat(sum.mSv().scale()).isBetween(0, 3);
        assertThat(a.isAbove(b)).isEqualTo(x.compareTo(y) > 0);
        assertThat(a.compareTo(b)).isEqualTo(-b.compareTo(a));
    }

    @ParameterizedTest
    @MethodSource("pairsOfDoses")
    void roundTripsThroughTextWithPointOrComma(BigDecimal x, BigDecimal ignored) {
        Dose dose = Dose.of(x);
        String printed = dose.mSv().toPlainString();

        assertThat(Dose.parse(printed)).isEqualTo(dose);
        assertThat(Dose.parse(printed.replace('.', ','))).isEqualTo(dose);
        assertThat(Dose.parse(x.setScale(3).toPlainString())).isEqualTo(dose);
        assertThat(dose.toString()).isEqualTo(printed + " mSv");
    }

    @ParameterizedTest
    @MethodSource("pairsOfDoses")
    void rejectsEveryValueWithANonZeroFourthDecimal(BigDecimal x, BigDecimal ignored) {
        BigDecimal finer = x.setScale(4).add(new BigDecimal("0.0007"));

        assertThatThrownBy(() -> Dose.of(finer)).isInstanceOf(InvalidValue.class);
        assertThatThrownBy(() -> Dose.parse(finer.toPlainString())).isInstanceOf(InvalidValue.class);
    }
}
