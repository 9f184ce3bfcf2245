package fr.gouv.travail.dosiportail.identity;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class IdentityPivotTest {

    @Test
    void comparesNamesWithoutCaseAccentsOrPunctuation() {
        assertThat(IdentityPivot.normalize("  Marie-Hélène  d'Ãrc ")).isEqualTo("MARIE HELENE D ARC");
        assertThat(IdentityPivot.normalize("LEFÈVRE")).isEqualTo(IdentityPivot.normalize("lefevre"));
    }
}
