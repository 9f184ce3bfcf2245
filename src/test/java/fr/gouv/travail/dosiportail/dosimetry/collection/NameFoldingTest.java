package fr.gouv.travail.dosiportail.dosimetry.collection;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;
import org.junit.jupiter.api.Test;

/** The name sent with a NIR is compared without case, accents, hyphens or apostrophes. */
class NameFoldingTest {

    private static final WorkerMatching.WorkerRow HELENE = new WorkerMatching.WorkerRow(UUID.randomUUID(),
            "Lefèvre-D'Arc", "Éluard", "Hélène Marie-Thérèse");

    @Test
    void theBirthOrUsageNameMatchesWhateverTheCaseAccentsAndPunctuation() {
        assertThat(WorkerMatching.sameName("LEFEVRE D ARC", "helene", HELENE)).isTrue();
        assertThat(WorkerMatching.sameName("lefèvre-d’arc", "HÉLÈNE", HELENE)).isTrue();
        assertThat(WorkerMatching.sameName("Eluard", "Marie Therese", HELENE)).isTrue();
        assertThat(WorkerMatching.sameName("  éluard ", "Helene", HELENE)).isTrue();
        assertThat(WorkerMatching.sameName("Lefèvre–D’Arc", "Marie\u00A0Thérèse", HELENE)).isTrue(); // en dash, NBSP
    }

    @Test
    void ligaturesAreTheLettersTheyJoin() {
        var coeur = new WorkerMatching.WorkerRow(UUID.randomUUID(), "Lecœur", null, "Lætitia");
        assertThat(WorkerMatching.sameName("LECOEUR", "LAETITIA", coeur)).isTrue();
    }

    @Test
    void anotherNameOrAFirstNameNotAmongTheFirstNamesDoesNotMatch() {
        assertThat(WorkerMatching.sameName("Lefevre", "Helene", HELENE)).isFalse();
        assertThat(WorkerMatching.sameName("Lefevre D Arc", "Paul", HELENE)).isFalse();
        assertThat(WorkerMatching.sameName("Lefevre D Arc", "Hel", HELENE)).isFalse();
        assertThat(WorkerMatching.sameName("Lefevre D Arc", "Therese Marie", HELENE)).isFalse();
        assertThat(WorkerMatching.sameName("Lefevre D Arc", " ", HELENE)).isFalse();
    }
}
