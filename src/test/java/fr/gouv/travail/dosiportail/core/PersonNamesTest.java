package fr.gouv.travail.dosiportail.core;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Random;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;

/** One rule for "the same name": what a lab clerk, an employer's file and the référentiel may each write. */
class PersonNamesTest {

    @ParameterizedTest(name = "{0} = {1}")
    @CsvSource(delimiter = '|', value = {
        "Lefèvre-D'Arc        | LEFEVRE D ARC",
        "lefèvre‐d’arc        | LEFEVRE D ARC",       // Unicode hyphen and typographic apostrophe
        "Jean–Pierre          | JEAN PIERRE",         // en dash
        "Jean—Pierre          | JEAN PIERRE",         // em dash
        "Jean\u00A0Pierre     | JEAN PIERRE",         // no-break space
        "Cœur                 | COEUR",
        "LÆTITIA              | LAETITIA",
        "Strauß               | STRAUSS",
        "St. Martin           | ST MARTIN",
        "Dupont, Marie        | DUPONT MARIE",
        "  Éluard             | ELUARD",
        "N'Diaye              | N DIAYE",
        "Çelik                | CELIK",
        "Ångström             | ANGSTROM",
        "Louis XIV 2          | LOUIS XIV 2"          // digits are kept (they are not separators)
    })
    void spellingsOfOneNameFoldAlike(String written, String folded) {
        assertThat(PersonNames.fold(written)).isEqualTo(folded);
        assertThat(PersonNames.same(written, folded)).isTrue();
    }

    @ParameterizedTest(name = "{0} ≠ {1}")
    @CsvSource(delimiter = '|', value = {
        "Lefevre   | Lefebvre",
        "Marie     | Maria",
        "Anne      | Annie",
        "Jean Pierre | Jeanpierre",
        "Louis 14  | Louis XIV"
    })
    void differentNamesStayDifferent(String a, String b) {
        assertThat(PersonNames.same(a, b)).isFalse();
    }

    static Stream<String> randomNames() {
        Random r = new Random(20261128L); // seed stated so a failure can be replayed
        String alphabet = "abcdeéèêëàâäîïôöùûüçœæßABCDEÉÈÊÀÇŒÆ -'’‐–—.,\u00A0";
        return IntStream.range(0, 3000).mapToObj(i -> {
            StringBuilder sb = new StringBuilder();
            int n = 1 + r.nextInt(20);
            for (int k = 0; k < n; k++) {
                sb.append(alphabet.charAt(r.nextInt(alphabet.length())));
            }
            return sb.toString();
        });
    }

    @ParameterizedTest
    @MethodSource("randomNames")
    void foldingIsIdempotentAndGivesPlainUpperCaseWords(String name) {
        String folded = PersonNames.fold(name);
        assertThat(PersonNames.fold(folded)).isEqualTo(folded);
        assertThat(folded).matches("([A-Z0-9]+( [A-Z0-9]+)*)?");
        assertThat(PersonNames.fold(name.toLowerCase())).isEqualTo(folded);
    }
}
