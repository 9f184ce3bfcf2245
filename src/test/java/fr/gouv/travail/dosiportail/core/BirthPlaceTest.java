package fr.gouv.travail.dosiportail.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class BirthPlaceTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource({
        "75056, 75056, 75, false",
        "2a004, 2A004, 2A, false",
        "2B033, 2B033, 2B, false",
        "97411, 97411, 974, false",
        "98735, 98735, 987, false",
        "99135, 99135, 99, true",
        "'01 001', 01001, 01, false"
    })
    void acceptsCommuneAndCountryCodes(String input, String code, String department, boolean abroad) {
        BirthPlace place = new BirthPlace(input);

        assertThat(place.code()).isEqualTo(code);
        assertThat(place.departmentCode()).isEqualTo(department);
        assertThat(place.isAbroad()).isEqualTo(abroad);
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"", "7505", "750560", "2C004", "A2004", "00001", "96001", "7505X"})
    void rejectsMalformedCodes(String input) {
        assertThatThrownBy(() -> new BirthPlace(input)).isInstanceOf(InvalidValue.class);
    }

    @org.junit.jupiter.api.Test
    void keepsCommunesAndCountriesApart() {
        assertThat(BirthPlace.country("217").code()).isEqualTo("99217");
        assertThatThrownBy(() -> BirthPlace.commune("99217")).isInstanceOf(InvalidValue.class);
        assertThatThrownBy(() -> BirthPlace.country("2170")).isInstanceOf(InvalidValue.class);
    }
}
