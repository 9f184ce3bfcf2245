package fr.gouv.travail.dosiportail.registry.bulk;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fr.gouv.travail.dosiportail.platform.ApiProblem;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class CsvInputTest {

    private static final String HEADER = "siret;nir;nom_naissance;prenoms;sexe;date_naissance;lieu_naissance;type_contrat;quotite;date_debut\n";

    @Test
    void aFileLargerThanTheLimitIsRefusedWhileItIsReadNotAfter() {
        byte[] big = (HEADER + "x".repeat(10_000)).getBytes(StandardCharsets.UTF_8);
        assertThatThrownBy(() -> {
            CsvInput input = new CsvInput(new ByteArrayInputStream(big), 1_000);
            while (input.reader.readLine() != null) {
                // reading is what trips the limit
            }
        }).isInstanceOfSatisfying(ApiProblem.class, p -> assertThat(p.status()).isEqualTo(413));
    }

    @Test
    void picksTheSeparatorTheHeaderUses() {
        assertThat(CsvInput.delimiterOf("a;b;c")).isEqualTo(';');
        assertThat(CsvInput.delimiterOf("a,b,c")).isEqualTo(',');
        assertThat(CsvInput.delimiterOf("a\tb\tc")).isEqualTo('\t');
        assertThat(CsvInput.delimiterOf("nom_naissance;\"Dupont, Jean\";x")).isEqualTo(';');
        assertThatThrownBy(() -> CsvInput.delimiterOf("a|b|c")).isInstanceOf(ApiProblem.class);
    }
}
