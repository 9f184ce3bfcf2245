package fr.gouv.travail.dosiportail.demo.generation;

import java.util.Random;

/** Heavy-tailed sizes (log-normal around the domain's mean): many small practices, a few very large sites. */
final class Sizes {
    private static final double SIGMA = 1.0;

    private Sizes() {
    }

    static int workersPerEstablishment(Random random, DomainProfile domain) {
        return logNormalAtLeastOne(random, domain.meanWorkersPerEstablishment);
    }

    static int establishmentsPerCompany(Random random, DomainProfile domain) {
        return Math.min(400, logNormalAtLeastOne(random, domain.meanEstablishmentsPerCompany));
    }

    private static int logNormalAtLeastOne(Random random, double mean) {
        double mu = Math.log(mean) - SIGMA * SIGMA / 2;
        return (int) Math.max(1, Math.round(Math.exp(mu + SIGMA * random.nextGaussian())));
    }
}
