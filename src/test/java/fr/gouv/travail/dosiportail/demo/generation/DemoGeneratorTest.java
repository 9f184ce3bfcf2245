package fr.gouv.travail.dosiportail.demo.generation;

import static org.assertj.core.api.Assertions.assertThat;

import fr.gouv.travail.dosiportail.demo.generation.DemoModel.Company;
import fr.gouv.travail.dosiportail.demo.generation.DemoModel.Employment;
import fr.gouv.travail.dosiportail.demo.generation.DemoModel.Establishment;
import fr.gouv.travail.dosiportail.core.Nir;
import fr.gouv.travail.dosiportail.core.Rpps;
import fr.gouv.travail.dosiportail.core.Siren;
import fr.gouv.travail.dosiportail.core.Siret;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class DemoGeneratorTest {

    private static final LocalDate REFERENCE = LocalDate.of(2026, 1, 1);

    @Test
    void theSameSeedGivesTheSameDataAndAnotherSeedOtherData() {
        assertThat(fingerprint(new DemoGenerator(42, 2_000, REFERENCE)))
                .isEqualTo(fingerprint(new DemoGenerator(42, 2_000, REFERENCE)))
                .isNotEqualTo(fingerprint(new DemoGenerator(43, 2_000, REFERENCE)));
    }

    @Test
    void reproducesTheNationalShapeOfCompaniesEstablishmentsAndDomains() {
        Stats stats = Stats.of(new DemoGenerator(7, 39_000, REFERENCE));
        // national size 390,000 workers / 32,000 employers / about 100,000 establishments, here at a tenth
        assertThat(stats.companies).isBetween(2_600, 4_000);
        assertThat(stats.establishments).isBetween(8_000, 12_000);
        assertThat(stats.currentWorkers).isBetween(33_000, 45_000);
        double medical = (double) stats.workersByDomain.get("MED") / stats.currentWorkers;
        double nuclear = (double) stats.workersByDomain.get("NUC") / stats.currentWorkers;
        assertThat(medical).isBetween(0.35, 0.50);
        assertThat(nuclear).isBetween(0.14, 0.26);
    }

    @Test
    void everyPersonHasOneNirAndOneIdentityAcrossEmployers() {
        Map<String, String> identityByNir = new HashMap<>();
        int sharedAcrossEmployers = 0;
        for (Company company : new DemoGenerator(11, 5_000, REFERENCE)) {
            for (Establishment establishment : company.establishments()) {
                for (Employment employment : establishment.employments()) {
                    String identity = employment.person().toString();
                    assertThat(identityByNir.putIfAbsent(employment.person().nir(), identity)).isIn(null, identity);
                }
            }
            for (var elsewhere : company.employmentsElsewhere()) {
                assertThat(identityByNir.get(elsewhere.employment().person().nir()))
                        .isEqualTo(elsewhere.employment().person().toString());
                assertThat(elsewhere.employment().end()).isBefore(REFERENCE);
                sharedAcrossEmployers++;
            }
        }
        assertThat(sharedAcrossEmployers).isGreaterThan(100);
    }

    @Test
    void identifiersCarryValidCheckKeys() {
        for (Company company : new DemoGenerator(3, 1_000, REFERENCE)) {
            assertThat(new Siren(company.siren()).value()).isEqualTo(company.siren());
            for (Establishment e : company.establishments()) {
                assertThat(new Siret(e.siret()).siren().value()).isEqualTo(company.siren());
                assertThat(e.siret()).startsWith(company.siren());
                e.designations().stream().filter(d -> d.rpps() != null).forEach(d -> assertThat(new Rpps(d.rpps()).value()).isEqualTo(d.rpps()));
                for (Employment employment : e.employments()) {
                    assertThat(new Nir(employment.person().nir()).value()).isEqualTo(employment.person().nir());
                }
            }
        }
    }

    private static int fingerprint(DemoGenerator generator) {
        int hash = 1;
        for (Company company : generator) {
            hash = 31 * hash + company.hashCode();
        }
        return hash;
    }

    static final class Stats {
        int companies;
        int establishments;
        int currentWorkers;
        final Map<String, Integer> workersByDomain = new HashMap<>();
        final Set<String> people = new HashSet<>();

        static Stats of(DemoGenerator generator) {
            Stats s = new Stats();
            for (Company company : generator) {
                s.companies++;
                for (Establishment e : company.establishments()) {
                    s.establishments++;
                    for (Employment employment : e.employments()) {
                        s.currentWorkers++;
                        s.people.add(employment.person().nir());
                        s.workersByDomain.merge(e.domainCode(), 1, Integer::sum);
                    }
                }
            }
            System.out.printf("companies=%d establishments=%d employments=%d people=%d byDomain=%s%n",
                    s.companies, s.establishments, s.currentWorkers, s.people.size(), s.workersByDomain);
            return s;
        }
    }
}
