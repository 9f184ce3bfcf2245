package fr.gouv.travail.dosiportail.demo.generation;

import static fr.gouv.travail.dosiportail.demo.generation.FrenchIdentities.pick;

import fr.gouv.travail.dosiportail.demo.generation.DemoModel.Company;
import fr.gouv.travail.dosiportail.demo.generation.DemoModel.Designation;
import fr.gouv.travail.dosiportail.demo.generation.DemoModel.Employment;
import fr.gouv.travail.dosiportail.demo.generation.DemoModel.Establishment;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Random;
import java.util.Set;

/**
 * Deterministic demo data: the same seed, size and reference date give the same companies, establishments, workers
 * and careers, company by company, so that the national-size set (390,000 workers) streams in bounded memory.
 * Companies are laid out domain after domain, so a worker's earlier employments can point at establishments of
 * companies generated (and loaded) before.
 */
public final class DemoGenerator implements Iterable<Company> {

    private final long seed;
    private final int targetWorkers;
    private final LocalDate referenceDate;
    private final Map<DomainProfile, int[]> companyRanges = new EnumMap<>(DomainProfile.class);
    private final int companyCount;
    private final Set<String> usedNirs = new HashSet<>();

    public DemoGenerator(long seed, int targetWorkers, LocalDate referenceDate) {
        if (targetWorkers < 1) {
            throw new IllegalArgumentException("targetWorkers must be positive");
        }
        this.seed = seed;
        this.targetWorkers = targetWorkers;
        this.referenceDate = referenceDate;
        int next = 0;
        for (DomainProfile domain : DomainProfile.values()) {
            double workers = targetWorkers * domain.workforceShare;
            int companies = (int) Math.max(1, Math.round(workers / domain.meanWorkersPerEstablishment
                    / domain.meanEstablishmentsPerCompany));
            companyRanges.put(domain, new int[] {next, next + companies});
            next += companies;
        }
        this.companyCount = next;
    }

    public int companyCount() {
        return companyCount;
    }

    @Override
    public Iterator<Company> iterator() {
        return new Iterator<>() {
            private int index;

            @Override
            public boolean hasNext() {
                return index < companyCount;
            }

            @Override
            public Company next() {
                if (!hasNext()) {
                    throw new NoSuchElementException();
                }
                if (index == 0) {
                    usedNirs.clear();
                }
                return company(index++);
            }
        };
    }

    /** Company number {@code index}; companies are made in order, since NIRs already given are skipped. */
    private Company company(int index) {
        DomainProfile domain = domainOf(index);
        Random random = new Random(seed * 1_000_003L + index);
        String siren = FrenchIdentities.siren(index);
        String kind = pick(random, domain.establishmentKinds);
        String legalName = kind + " " + pick(random, FrenchIdentities.SURNAMES).toUpperCase() + " " + (index + 1);
        int establishments = Sizes.establishmentsPerCompany(random, domain);
        List<Establishment> list = new ArrayList<>(establishments);
        CareerGenerator careers = new CareerGenerator(random, domain, referenceDate, this);
        for (int e = 0; e < establishments; e++) {
            list.add(establishment(random, domain, siren, kind, index, e, careers));
        }
        return new Company(siren, legalName, List.copyOf(list), careers.earlierEmployments());
    }

    /** A NIR not given to anyone else yet: the order number (001–999) moves on until it is free. */
    String uniqueNir(char sexDigit, LocalDate birth, String place, int firstOrder) {
        for (int attempt = 0; attempt < 999; attempt++) {
            String nir = FrenchIdentities.nir(sexDigit, birth.getYear(), birth.getMonthValue(), place,
                    1 + (firstOrder - 1 + attempt) % 999);
            if (usedNirs.add(nir)) {
                return nir;
            }
        }
        throw new IllegalStateException("no free NIR order number left");
    }

    DomainProfile domainOf(int companyIndex) {
        for (Map.Entry<DomainProfile, int[]> range : companyRanges.entrySet()) {
            if (companyIndex >= range.getValue()[0] && companyIndex < range.getValue()[1]) {
                return range.getKey();
            }
        }
        throw new IllegalArgumentException("no company " + companyIndex);
    }

    /** The first establishment of an earlier company of the same domain, if there is one. */
    String earlierEstablishmentSiret(DomainProfile domain, int beforeCompany, Random random) {
        int start = companyRanges.get(domain)[0];
        if (beforeCompany <= start) {
            return null;
        }
        return FrenchIdentities.siret(FrenchIdentities.siren(start + random.nextInt(beforeCompany - start)), 0);
    }

    private Establishment establishment(Random random, DomainProfile domain, String siren, String kind,
                                        int companyIndex, int e, CareerGenerator careers) {
        FrenchIdentities.Commune commune = pick(random, FrenchIdentities.COMMUNES);
        String headLast = pick(random, FrenchIdentities.SURNAMES);
        String headFirst = random.nextBoolean() ? pick(random, FrenchIdentities.MALE_NAMES) : pick(random, FrenchIdentities.FEMALE_NAMES);
        String siret = FrenchIdentities.siret(siren, e);
        List<Designation> designations = Designations.forEstablishment(random, targetWorkers, referenceDate);
        int workers = Sizes.workersPerEstablishment(random, domain);
        List<Employment> employments = careers.workforce(siret, companyIndex, e, workers);
        return new Establishment(siret, kind + " de " + commune.name(),
                (1 + random.nextInt(120)) + " " + pick(random, FrenchIdentities.STREETS), commune.postalCode(),
                commune.name(), commune.inseeCode(), pick(random, domain.nafCodes), domain.domainCode,
                domain == DomainProfile.DEFENCE, headLast, headFirst,
                random.nextInt(10) == 0 ? null : Emails.of(headFirst, headLast, siren),
                designations, employments);
    }
}
