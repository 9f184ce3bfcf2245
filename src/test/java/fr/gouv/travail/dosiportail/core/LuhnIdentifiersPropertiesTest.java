package fr.gouv.travail.dosiportail.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Random;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Properties of SIREN (9), RPPS (11) and SIRET (14 digits) over numbers generated from fixed seed 1789: 1,000 of
 * each length. La Poste SIRETs and numbers one or two digits away from its SIREN are left out here (own rule, below).
 */
class LuhnIdentifiersPropertiesTest {

    private static final long SEED = 1789L;

    static Stream<String> validNumbers() {
        Random random = new Random(SEED);
        return Stream.of(9, 11, 14)
                .flatMap(length -> IntStream.range(0, 1_000).mapToObj(i -> withCheckDigit(random, length)))
                .filter(s -> s.length() != 14 || distanceToLaPoste(s) > 2);
    }

    private static String withCheckDigit(Random random, int length) {
        StringBuilder payload = new StringBuilder();
        for (int i = 0; i < length - 1; i++) {
            payload.append(random.nextInt(10));
        }
        return payload.toString() + Luhn.checkDigit(payload.toString());
    }

    private static int distanceToLaPoste(String siret) {
        int distance = 0;
        for (int i = 0; i < 9; i++) {
            distance += siret.charAt(i) == Siren.LA_POSTE.charAt(i) ? 0 : 1;
        }
        return distance;
    }

    /** Builds the identifier its length stands for; returns its canonical value. */
    private static String parse(String input) {
        String digits = input.replace(" ", "");
        return switch (digits.length()) {
            case 9 -> new Siren(input).value();
            case 11 -> new Rpps(input).value();
            case 14 -> new Siret(input).value();
            default -> throw new IllegalStateException("unexpected length");
        };
    }

    @ParameterizedTest
    @MethodSource("validNumbers")
    void acceptsEveryNumberWithItsLuhnDigitAndRoundTripsIt(String value) {
        String spaced = value.substring(0, 3) + " " + value.substring(3, 6) + " " + value.substring(6);

        assertThat(parse(value)).isEqualTo(value);
        assertThat(parse(spaced)).isEqualTo(value);
        assertThat(parse(parse(value))).isEqualTo(value);
    }

    @ParameterizedTest
    @MethodSource("validNumbers")
    void rejectsEverySingleDigitSubstitution(String value) {
        for (int position = 0; position < value.length(); position++) {
            for (char c = '0'; c <= '9'; c++) {
                if (c != value.charAt(position)) {
                    String corrupted = value.substring(0, position) + c + value.substring(position + 1);
                    assertThatThrownBy(() -> parse(corrupted)).as(corrupted).isInstanceOf(InvalidValue.class);
                }
            }
        }
    }

    @ParameterizedTest
    @MethodSource("validNumbers")
    void rejectsEveryAdjacentTranspositionExceptZeroAndNine(String value) {
        for (int i = 0; i + 1 < value.length(); i++) {
            char a = value.charAt(i);
            char b = value.charAt(i + 1);
            if (a == b) {
                continue;
            }
            String swapped = value.substring(0, i) + b + a + value.substring(i + 2);
            boolean zeroAndNine = a == '0' && b == '9' || a == '9' && b == '0';
            if (zeroAndNine) {
                assertThatCode(() -> parse(swapped)).as(swapped).doesNotThrowAnyException();
            } else {
                assertThatThrownBy(() -> parse(swapped)).as(swapped).isInstanceOf(InvalidValue.class);
            }
        }
    }

    @Test
    void acceptsExactlyTheLaPosteSiretsWhoseDigitsSumToAMultipleOfFiveOrThatPassLuhn() {
        int accepted = 0;
        for (int nic = 0; nic < 100_000; nic++) {
            String value = Siren.LA_POSTE + String.format("%05d", nic);
            boolean expected = Siret.digitSum(value) % 5 == 0 || Luhn.isValid(value);
            boolean valid;
            try {
                new Siret(value);
                valid = true;
            } catch (InvalidValue e) {
                valid = false;
            }
            assertThat(valid).as(value).isEqualTo(expected);
            accepted += valid ? 1 : 0;
        }
        // 20,000 NICs satisfy the sum rule, 10,000 pass Luhn, 2,000 both.
        assertThat(accepted).isEqualTo(28_000);
    }
}
