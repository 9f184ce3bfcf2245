package fr.gouv.travail.dosiportail.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Table-driven SIREN, SIRET and RPPS examples (check digits computed by hand with the Luhn formula). */
class CompanyAndPhysicianIdentifiersTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource({
        "'732 829 320', 732829320",
        "'552 100 554', 552100554",
        "356000000, 356000000",
        "'123 456 782', 123456782"
    })
    void acceptsAValidSirenWrittenWithSpaces(String input, String value) {
        assertThat(new Siren(input).value()).isEqualTo(value);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            732829321   | chiffre de contrôle
            123456789   | chiffre de contrôle
            73282932    | 9 chiffres
            7328293200  | 9 chiffres
            73282932A   | que des chiffres
            732-829-320 | que des chiffres
            """)
    void rejectsAnInvalidSiren(String input, String reasonFr) {
        assertThatThrownBy(() -> new Siren(input))
                .isInstanceOfSatisfying(InvalidValue.class, e -> {
                    assertThat(e.field()).isEqualTo("siren");
                    assertThat(e.reasonFr()).contains(reasonFr);
                });
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({
        "'732 829 320 00074', 732829320, 00074",
        "'123 456 782 00010', 123456782, 00010",
        "'123 456 782 00028', 123456782, 00028",
        "35600000000048, 356000000, 00048",
        "35600000000001, 356000000, 00001",
        "35600000049837, 356000000, 49837"
    })
    void acceptsAValidSiretAndSplitsIt(String input, String siren, String nic) {
        Siret siret = new Siret(input);

        assertThat(siret.siren().value()).isEqualTo(siren);
        assertThat(siret.nic()).isEqualTo(nic);
    }

    @Test
    void acceptsLaPosteSiretsByTheirDigitSumEvenWhenLuhnFails() {
        assertThat(Luhn.isValid("35600000000001")).isFalse();
        assertThat(Siret.digitSum("35600000000001") % 5).isZero();
        assertThat(new Siret("35600000000001").siren().isLaPoste()).isTrue();
        // The head office fails the sum rule but passes Luhn.
        assertThat(Siret.digitSum("35600000000048") % 5).isNotZero();
        assertThat(Luhn.isValid("35600000000048")).isTrue();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            73282932000075  | SIRET est invalide
            35600000000002  | La Poste
            7328293200007   | 14 chiffres
            """)
    void rejectsAnInvalidSiret(String input, String reasonFr) {
        assertThatThrownBy(() -> new Siret(input))
                .isInstanceOfSatisfying(InvalidValue.class, e -> assertThat(e.reasonFr()).contains(reasonFr));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({
        "'100 0000 0009', 10000000009",
        "10003456786, 10003456786",
        "81001234566, 81001234566"
    })
    void acceptsAnRppsNumberWithItsLuhnKey(String input, String value) {
        assertThat(new Rpps(input).value()).isEqualTo(value);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            10000000001  | chiffre de contrôle
            10003456789  | chiffre de contrôle
            1000000000   | 11 chiffres
            100000000090 | 11 chiffres
            """)
    void rejectsAnInvalidRppsNumber(String input, String reasonFr) {
        assertThatThrownBy(() -> new Rpps(input))
                .isInstanceOfSatisfying(InvalidValue.class, e -> assertThat(e.reasonFr()).contains(reasonFr));
    }

    @Test
    void computesTheLuhnCheckDigitOfAPayload() {
        assertThat(Luhn.checkDigit("73282932")).isEqualTo(0);
        assertThat(Luhn.checkDigit("7992739871")).isEqualTo(3); // the classic Luhn example
        assertThat(Luhn.checkDigit("1000345678")).isEqualTo(6);
        assertThat(Luhn.isValid("79927398713")).isTrue();
        assertThat(Luhn.isValid("79927398710")).isFalse();
    }
}
