package fr.gouv.travail.dosiportail.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Table-driven NIR examples. Keys were computed independently of {@link Nir#key(String)} (97 − n mod 97). */
class NirTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            # input                   | canonical       | sex | kind      | year | month | dept | abroad | place
            1 85 05 78 006 084 91     | 185057800608491 | 1   | PERMANENT | 85   | 5     | 78   | false  | 78006
            2 55 08 14 168 025 38     | 255081416802538 | 2   | PERMANENT | 55   | 8     | 14   | false  | 14168
            1 76 05 2A 004 123 12     | 176052A00412312 | 1   | PERMANENT | 76   | 5     | 2A   | false  | 2A004
            2 90 06 2b 033 177 44     | 290062B03317744 | 2   | PERMANENT | 90   | 6     | 2B   | false  | 2B033
            1.85.12.99.135.456.50     | 185129913545650 | 1   | PERMANENT | 85   | 12    | 99   | true   | 99135
            2-64-11-97-411-234-90     | 264119741123490 | 2   | PERMANENT | 64   | 11    | 974  | false  | 97411
            1 75 42 98 735 001 89     | 175429873500189 | 1   | PERMANENT | 75   |       | 987  | false  | 98735
            1 85 50 52 004 123 79     | 185505200412379 | 1   | PERMANENT | 85   |       | 52   | false  | 52004
            2 80 30 75 056 010 20     | 280307505601020 | 2   | PERMANENT | 80   |       | 75   | false  | 75056
            7 99 01 33 512 001 97     | 799013351200197 | 7   | TEMPORARY | 99   | 1     | 33   | false  | 33512
            8 05 12 75 056 999 81     | 805127505699981 | 8   | TEMPORARY | 5    | 12    | 75   | false  | 75056
            3 88 10 99 217 042 53     | 388109921704253 | 3   | PERMANENT | 88   | 10    | 99   | true   | 99217
            185057800607897           | 185057800607897 | 1   | PERMANENT | 85   | 5     | 78   | false  | 78006
            """)
    void acceptsAValidNirAndReadsItsParts(String input, String canonical, char sex, NirKind kind, int year,
            Integer month, String department, boolean abroad, String place) {
        Nir nir = new Nir(input);

        assertThat(nir.value()).isEqualTo(canonical);
        assertThat(nir.sexDigit()).isEqualTo(sex);
        assertThat(nir.kind()).isEqualTo(kind);
        assertThat(nir.birthYearTwoDigits()).isEqualTo(year);
        assertThat(nir.birthMonth()).isEqualTo(month == null ? OptionalInt.empty() : OptionalInt.of(month));
        assertThat(nir.departmentCode()).isEqualTo(department);
        assertThat(nir.bornAbroad()).isEqualTo(abroad);
        assertThat(nir.birthPlaceCode()).isEqualTo(place);
        assertThat(nir).isEqualTo(new Nir(canonical));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            Yvelines example  | 1850578006084 | 91
            Wikipedia example | 2550814168025 | 38
            Corsica 2A        | 176052A004123 | 12
            Corsica 2B        | 290062B033177 | 44
            Corsica before 76 | 1760520004123 | 82
            mod 97 is 0       | 7990133512001 | 97
            """)
    void computesTheKeyReadingCorsicaAsNineteenAndEighteen(String label, String thirteen, int key) {
        assertThat(Nir.key(thirteen)).isEqualTo(key);
        assertThat(Nir.withKey(thirteen).value()).isEqualTo(thirteen + String.format("%02d", key));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            wrong key                   | 185057800608492  | La clé de contrôle du NIR ne correspond pas
            2A read with the 2B rule    | 176052A00412344  | La clé de contrôle du NIR ne correspond pas
            2A key put on 2B            | 176052B00412312  | La clé de contrôle du NIR ne correspond pas
            key 00                      | 185057800608400  | doit être comprise entre 01 et 97
            key 98                      | 185057800608498  | doit être comprise entre 01 et 97
            order number 000            | 185057800600078  | ne peut pas être 000
            14 characters               | 18505780060849   | 15 caractères
            16 characters               | 1850578006084911 | 15 caractères
            letter outside Corsica      | 1850578A0608491  | que des chiffres
            2C                          | 185052C00608491  | que des chiffres
            sex digit 5                 | 585057800608491  | premier chiffre
            sex digit 0                 | 085057800608491  | premier chiffre
            month 00                    | 185007800608491  | mois de naissance
            month 13                    | 185137800608491  | mois de naissance
            month 45                    | 185457800608491  | mois de naissance
            department 00               | 185050000608491  | département de naissance
            department 96               | 185059600608491  | département de naissance
            """)
    void rejectsAMalformedNirSayingWhatIsWrong(String label, String input, String reasonFr) {
        assertThatThrownBy(() -> new Nir(input))
                .isInstanceOfSatisfying(InvalidValue.class, e -> {
                    assertThat(e.field()).isEqualTo("nir");
                    assertThat(e.reasonFr()).contains(reasonFr);
                    assertThat(e.reasonEn()).isNotBlank();
                    assertThat(e.getMessage()).doesNotContain(input);
                });
    }

    @Test
    void rejectsAMissingOrBlankNir() {
        assertThatThrownBy(() -> new Nir(null)).isInstanceOf(InvalidValue.class).hasMessageContaining("empty");
        assertThatThrownBy(() -> new Nir(" - . ")).isInstanceOf(InvalidValue.class);
    }

    @Test
    void showsOnlySexYearAndMonthWhenPrinted() {
        Nir nir = new Nir("185057800608491");

        assertThat(nir.masked()).isEqualTo("1 85 05 •• ••• ••• ••");
        assertThat(nir.toString()).isEqualTo(nir.masked());
        assertThat(List.of(nir).toString()).doesNotContain("78006");
    }

    @Test
    void findsNoDiscrepancyWithAMatchingIdentity() {
        Nir nir = new Nir("264119741123490");

        assertThat(nir.coherenceWith(Sex.F, LocalDate.of(1964, 11, 3), new BirthPlace("97411"))).isEmpty();
        assertThat(nir.coherenceWith(null, null, null)).isEmpty();
    }

    @Test
    void reportsEveryDisagreementWithTheDeclaredIdentity() {
        Nir nir = new Nir("185057800608491");

        assertThat(nir.coherenceWith(Sex.F, LocalDate.of(1986, 6, 1), new BirthPlace("78007")))
                .containsExactly(NirDiscrepancy.SEX, NirDiscrepancy.BIRTH_YEAR, NirDiscrepancy.BIRTH_MONTH,
                        NirDiscrepancy.BIRTH_PLACE);
    }

    @Test
    void comparesTheYearOnItsLastTwoDigitsOnly() {
        Nir nir = new Nir("805127505699981");

        assertThat(nir.coherenceWith(Sex.F, LocalDate.of(2005, 12, 24), null)).isEmpty();
        assertThat(nir.coherenceWith(Sex.F, LocalDate.of(1905, 12, 24), null)).isEmpty();
        assertThat(nir.coherenceWith(Sex.M, LocalDate.of(2006, 12, 24), null))
                .containsExactly(NirDiscrepancy.SEX, NirDiscrepancy.BIRTH_YEAR);
    }

    @Test
    void skipsTheMonthWhenTheNirDoesNotKnowIt() {
        Nir nir = new Nir("185505200412379");

        assertThat(nir.coherenceWith(Sex.M, LocalDate.of(1985, 7, 14), new BirthPlace("52004"))).isEmpty();
    }

    @Test
    void comparesABirthAbroadWithTheCountryCode() {
        Nir nir = new Nir("185129913545650");

        assertThat(nir.coherenceWith(Sex.M, LocalDate.of(1985, 12, 1), BirthPlace.country("135"))).isEmpty();
        assertThat(nir.coherenceWith(Sex.M, LocalDate.of(1985, 12, 1), BirthPlace.country("139")))
                .containsExactly(NirDiscrepancy.BIRTH_PLACE);
        assertThat(nir.coherenceWith(Sex.M, LocalDate.of(1985, 12, 1), BirthPlace.commune("75056")))
                .containsExactly(NirDiscrepancy.BIRTH_PLACE);
    }

    @Test
    void matchesAPre1976CorsicanNirWithTheCurrentCorsicanCommuneCode() {
        Nir nir = new Nir("176052000412382");

        assertThat(nir.coherenceWith(Sex.M, LocalDate.of(1976, 5, 2), new BirthPlace("2A004"))).isEmpty();
        assertThat(nir.coherenceWith(Sex.M, LocalDate.of(1976, 5, 2), new BirthPlace("2A005")))
                .containsExactly(NirDiscrepancy.BIRTH_PLACE);
    }

    @Test
    void readsSexFromTheFirstDigit() {
        assertThat(new Nir("388109921704253").sex()).isEqualTo(Sex.M);
        assertThat(new Nir("799013351200197").sex()).isEqualTo(Sex.M);
        assertThat(Nir.withKey("4700169123456").sex()).isEqualTo(Sex.F);
        assertThat(new Nir("805127505699981").sex()).isEqualTo(Sex.F);
    }
}
