package fr.gouv.travail.dosiportail.registry;

import static org.assertj.core.api.Assertions.assertThat;

import fr.gouv.travail.dosiportail.core.Nir;
import fr.gouv.travail.dosiportail.identity.IdentityPivot;
import fr.gouv.travail.dosiportail.identity.WorkerIdentityResolver;
import java.time.LocalDate;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;

/** A worker's first FranceConnect login finds them in the référentiel by the identity pivot, and only then. */
@SpringBootTest
@ActiveProfiles("test")
class WorkerIdentityResolverTest {

    @Autowired
    WorkerIdentityResolver resolver;
    @Autowired
    RegistryDeclarations declarations;

    @Test
    void findsTheDeclaredWorkerWhateverTheAccentsAndCaseOfTheNames() {
        var worker = new RegistryFixtures(declarations).aCompany().anEstablishment().declare().aWorker()
                .named("Lefèvre-Dubois", "Hélène Marie").declare();
        LocalDate birth = worker.birthDate;

        assertThat(resolver.resolve(pivot("LEFEVRE DUBOIS", "helene marie", birth, "female", "75056")))
                .contains(new Nir(worker.nir));
        assertThat(resolver.resolve(pivot("Lefèvre-Dubois", "Hélène", birth, "female", "75056")))
                .as("a missing given name is another identity").isEmpty();
        assertThat(resolver.resolve(pivot("Lefèvre-Dubois", "Hélène Marie", birth.plusDays(1), "female", "75056"))).isEmpty();
        assertThat(resolver.resolve(pivot("Lefèvre-Dubois", "Hélène Marie", birth, "male", "75056"))).isEmpty();
        assertThat(resolver.resolve(pivot("Lefèvre-Dubois", "Hélène Marie", birth, "female", "69123")))
                .as("born elsewhere").isEmpty();
    }

    @Test
    void guessesNobodyWhenTwoWorkersShareTheWholePivot() {
        var fixtures = new RegistryFixtures(declarations);
        var first = fixtures.aCompany().anEstablishment().declare().aWorker().named("Homonyme", "Claire").declare();
        fixtures.aCompany().anEstablishment().declare().aWorker().named("Homonyme", "Claire").declare();

        assertThat(resolver.resolve(pivot("Homonyme", "Claire", first.birthDate, "female", "75056"))).isEmpty();
    }

    private static IdentityPivot pivot(String family, String given, LocalDate birth, String gender, String place) {
        return new IdentityPivot(family, given, birth, gender, Optional.of(place), Optional.of("99100"));
    }
}
