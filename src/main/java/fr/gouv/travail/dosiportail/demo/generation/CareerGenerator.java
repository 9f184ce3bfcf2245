package fr.gouv.travail.dosiportail.demo.generation;

import static fr.gouv.travail.dosiportail.demo.generation.FrenchIdentities.pick;

import fr.gouv.travail.dosiportail.demo.generation.DemoModel.Employment;
import fr.gouv.travail.dosiportail.demo.generation.DemoModel.EmploymentElsewhere;
import fr.gouv.travail.dosiportail.demo.generation.DemoModel.Person;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * The workforce of one establishment: people with their current employment and, for some, earlier employments at
 * establishments of earlier companies of the same domain (turnover; temporary workers move between nuclear sites).
 * Earlier employments, at another SIRET, are returned by {@link #earlierEmployments()}.
 */
final class CareerGenerator {
    private static final double EARLIER_EMPLOYMENT_SHARE = 0.15;
    private static final double ENDED_SHARE = 0.12;

    private final Random random;
    private final DomainProfile domain;
    private final LocalDate referenceDate;
    private final DemoGenerator generator;
    private final List<EmploymentElsewhere> earlier = new ArrayList<>();

    CareerGenerator(Random random, DomainProfile domain, LocalDate referenceDate, DemoGenerator generator) {
        this.random = random;
        this.domain = domain;
        this.referenceDate = referenceDate;
        this.generator = generator;
    }

    List<Employment> workforce(String siret, int companyIndex, int establishmentIndex, int size) {
        List<Employment> list = new ArrayList<>(size);
        for (int w = 0; w < size; w++) {
            Person person = person(companyIndex, establishmentIndex, w);
            boolean temporary = random.nextDouble() < domain.temporaryWorkShare;
            LocalDate start = referenceDate.minusDays(random.nextInt(temporary ? 400 : 5000));
            LocalDate earliestStart = person.birthDate().plusYears(18);
            if (start.isBefore(earliestStart)) {
                start = earliestStart;
            }
            LocalDate end = random.nextDouble() < ENDED_SHARE && start.isBefore(referenceDate.minusDays(30))
                    ? start.plusDays(30 + random.nextInt((int) Math.max(1, referenceDate.toEpochDay() - start.toEpochDay() - 30)))
                    : null;
            list.add(employment(person, temporary, start, end));
            if (random.nextDouble() < EARLIER_EMPLOYMENT_SHARE || temporary) {
                String other = generator.earlierEstablishmentSiret(domain, companyIndex, random);
                LocalDate earlierEnd = start.minusDays(1 + random.nextInt(60));
                LocalDate earlierStart = earlierEnd.minusDays(30 + random.nextInt(temporary ? 200 : 2000));
                if (other != null && earlierStart.isAfter(earliestStart)) {
                    earlier.add(new EmploymentElsewhere(other, employment(person, temporary, earlierStart, earlierEnd)));
                }
            }
        }
        return List.copyOf(list);
    }

    List<EmploymentElsewhere> earlierEmployments() {
        return List.copyOf(earlier);
    }

    private Person person(int companyIndex, int establishmentIndex, int w) {
        boolean female = random.nextDouble() < (domain == DomainProfile.NUCLEAR || domain == DomainProfile.DEFENCE ? 0.15 : 0.6);
        LocalDate birth = referenceDate.minusYears(20 + random.nextInt(45)).withDayOfYear(1 + random.nextInt(365));
        boolean abroad = random.nextInt(12) == 0;
        String place = abroad ? pick(random, FrenchIdentities.COUNTRIES) : pick(random, FrenchIdentities.COMMUNES).inseeCode();
        char sexDigit = female ? '2' : '1';
        String nir = generator.uniqueNir(sexDigit, birth, place, 1 + Math.floorMod(companyIndex * 7_919 + establishmentIndex * 131 + w, 999));
        String birthName = pick(random, FrenchIdentities.SURNAMES);
        String usage = female && random.nextInt(3) == 0 ? pick(random, FrenchIdentities.SURNAMES) : null;
        String first = female ? pick(random, FrenchIdentities.FEMALE_NAMES) : pick(random, FrenchIdentities.MALE_NAMES);
        if (random.nextInt(4) == 0) {
            first = first + " " + (female ? pick(random, FrenchIdentities.FEMALE_NAMES) : pick(random, FrenchIdentities.MALE_NAMES));
        }
        return new Person(nir, birthName, usage, first, female ? "F" : "M", birth, place);
    }

    private Employment employment(Person person, boolean temporary, LocalDate start, LocalDate end) {
        String sector = pick(random, domain.sectors);
        String classification = random.nextDouble() < domain.categoryAShare ? "A" : "B";
        List<String> monitoring = MonitoringTypes.forSector(random, sector);
        boolean cosmic = sector.equals("NAT_AVIATION") || sector.equals("DEF_AVIATION");
        boolean radon = sector.equals("NAT_RADON");
        String contract = temporary ? "TEMPORARY_WORK" : pick(random, List.of("CDI", "CDI", "CDI", "CDD", "CIVIL_SERVANT"));
        BigDecimal ratio = random.nextInt(5) == 0 ? new BigDecimal(pick(random, List.of("50", "80", "90"))) : new BigDecimal("100");
        Integer emergencyGroup = domain == DomainProfile.NUCLEAR && !temporary && random.nextInt(20) == 0 ? 1 : null;
        return new Employment(person, contract, ratio, start, end, classification, emergencyGroup, radon, cosmic, sector,
                pick(random, domain.occupations), monitoring);
    }
}
