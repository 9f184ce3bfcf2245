package fr.gouv.travail.dosiportail.demo.generation;

import static fr.gouv.travail.dosiportail.demo.generation.FrenchIdentities.pick;

import fr.gouv.travail.dosiportail.demo.generation.DemoModel.Designation;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * MDT, CRP and correspondent of an establishment. About 5,000 physicians and 300 external radiation-protection
 * organisations at national size, each serving many establishments; some establishments lack an MDT or a CRP,
 * as in real declarations, so that receipts have something to say.
 */
final class Designations {
    private static final double WITH_PHYSICIAN = 0.93;
    private static final double WITH_ADVISER = 0.88;
    private static final double WITH_CORRESPONDENT = 0.40;

    private Designations() {
    }

    static int physicianPool(int targetWorkers) {
        return Math.max(3, targetWorkers / 78);
    }

    static List<Designation> forEstablishment(Random random, int targetWorkers, LocalDate referenceDate) {
        List<Designation> list = new ArrayList<>(3);
        LocalDate since = referenceDate.minusDays(30 + random.nextInt(3650));
        if (random.nextDouble() < WITH_PHYSICIAN) {
            int physician = random.nextInt(physicianPool(targetWorkers));
            list.add(physician(physician, since));
        }
        if (random.nextDouble() < WITH_ADVISER) {
            String last = pick(random, FrenchIdentities.SURNAMES);
            String first = pick(random, FrenchIdentities.FEMALE_NAMES);
            String organisation = null;
            if (random.nextBoolean()) {
                int ocr = random.nextInt(Math.max(2, targetWorkers / 1300));
                organisation = FrenchIdentities.siret(FrenchIdentities.siren(50_000_000 + ocr), 0);
            }
            list.add(new Designation("RADIATION_PROTECTION_ADVISER", last, first,
                    Emails.of(first, last, organisation == null ? "crp" : "ocr" + organisation.substring(0, 9)),
                    null, organisation, since));
        }
        if (random.nextDouble() < WITH_CORRESPONDENT) {
            String last = pick(random, FrenchIdentities.SURNAMES);
            String first = pick(random, FrenchIdentities.MALE_NAMES);
            list.add(new Designation("EMPLOYER_CORRESPONDENT", last, first, Emails.of(first, last, "rh"), null, null, since));
        }
        return List.copyOf(list);
    }

    /** Physician number n always has the same name and RPPS, whichever establishment designates them. */
    static Designation physician(int n, LocalDate since) {
        Random named = new Random(7_919L * n);
        String last = pick(named, FrenchIdentities.SURNAMES);
        String first = named.nextBoolean() ? pick(named, FrenchIdentities.FEMALE_NAMES) : pick(named, FrenchIdentities.MALE_NAMES);
        return new Designation("OCCUPATIONAL_PHYSICIAN", last, first, Emails.of(first, last, "spst" + (n % 400)),
                FrenchIdentities.rpps(n), null, since);
    }
}
