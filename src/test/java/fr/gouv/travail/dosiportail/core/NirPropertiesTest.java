package fr.gouv.travail.dosiportail.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.time.LocalDate;
import java.util.Random;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Properties over generated NIRs: fixed seed 20240701, 2,000 numbers of every shape. */
class NirPropertiesTest {

    private static final long SEED = 20240701L;
    private static final String SEX_DIGITS = "123478";

    static Stream<String> validNirs() {
        Random random = new Random(SEED);
        return IntStream.range(0, 2_000).mapToObj(i -> Nir.withKey(thirteen(random)).value());
    }

    private static String thirteen(Random random) {
        char sex = SEX_DIGITS.charAt(random.nextInt(SEX_DIGITS.length()));
        int[] months = {1 + random.nextInt(12), 20 + random.nextInt(23), 50 + random.nextInt(50)};
        int month = random.nextInt(4) == 0 ? months[1 + random.nextInt(2)] : months[0];
        String place = switch (random.nextInt(6)) {
            case 0 -> (random.nextBoolean() ? "2A" : "2B") + digits(random, 3);
            case 1 -> "97" + random.nextInt(10) + digits(random, 2);
            case 2 -> "98" + random.nextInt(10) + digits(random, 2);
            case 3 -> "99" + (100 + random.nextInt(900));
            default -> String.format("%02d", 1 + random.nextInt(95)) + digits(random, 3);
        };
        return sex + digits(random, 2) + String.format("%02d", month) + place
                + String.format("%03d", 1 + random.nextInt(999));
    }

    private static String digits(Random random, int count) {
        StringBuilder s = new StringBuilder();
        for (int i = 0; i < count; i++) {
            s.append(random.nextInt(10));
        }
        return s.toString();
    }

    @ParameterizedTest
    @MethodSource("validNirs")
    void acceptsEveryWellFormedNirAndRoundTripsIt(String value) {
        Nir nir = new Nir(value);
        String spaced = value.charAt(0) + " " + value.substring(1, 3) + " " + value.substring(3, 5) + " "
                + value.substring(5, 7).toLowerCase() + "." + value.substring(7, 10) + "-" + value.substring(10, 13)
                + " " + value.substring(13);

        assertThat(nir.value()).isEqualTo(value);
        assertThat(new Nir(nir.value())).isEqualTo(nir);
        assertThat(new Nir(spaced)).isEqualTo(nir);
        assertThat(Nir.key(value.substring(0, 13))).isBetween(1, 97);
    }

    @ParameterizedTest
    @MethodSource("validNirs")
    void rejectsEverySingleCharacterSubstitution(String value) {
        for (int position = 0; position < value.length(); position++) {
            String alphabet = position == 5 || position == 6 ? "0123456789AB" : "0123456789";
            for (char c : alphabet.toCharArray()) {
                if (c == value.charAt(position)) {
                    continue;
                }
                String corrupted = value.substring(0, position) + c + value.substring(position + 1);
                assertThatThrownBy(() -> new Nir(corrupted)).as(corrupted).isInstanceOf(InvalidValue.class);
            }
        }
    }

    @ParameterizedTest
    @MethodSource("validNirs")
    void neverRepeatsTheNirInAnErrorMessage(String value) {
        String corruptedKey = value.substring(0, 13) + String.format("%02d", Nir.key(value.substring(0, 13)) % 97 + 1);
        String tooLong = value + "1";
        for (String input : new String[] {corruptedKey, tooLong, value.substring(0, 14), "0" + value.substring(1)}) {
            InvalidValue e = catchThrowableOfType(InvalidValue.class, () -> new Nir(input));
            assertThat(e).as("rejected").isNotNull();
            for (String text : new String[] {e.getMessage(), e.reasonFr(), e.reasonEn()}) {
                assertThat(text).doesNotContain(input).doesNotContain(input.substring(0, 13));
            }
        }
    }

    @ParameterizedTest
    @MethodSource("validNirs")
    void revealsAtMostTheFirstFiveCharactersWhenMasked(String value) {
        Nir nir = new Nir(value);
        String shown = nir.masked().replaceAll("[\\s•]", "");

        assertThat(shown).isEqualTo(value.substring(0, 5));
        assertThat(nir.toString()).isEqualTo(nir.masked());
    }

    @ParameterizedTest
    @MethodSource("validNirs")
    void findsItsOwnIdentityCoherent(String value) {
        Nir nir = new Nir(value);
        int year = 1900 + nir.birthYearTwoDigits();
        LocalDate birthDate = LocalDate.of(year, nir.birthMonth().orElse(1), 1);

        assertThat(nir.coherenceWith(nir.sex(), birthDate, new BirthPlace(nir.birthPlaceCode()))).isEmpty();
    }
}
