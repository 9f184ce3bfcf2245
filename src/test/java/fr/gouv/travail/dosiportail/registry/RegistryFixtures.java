package fr.gouv.travail.dosiportail.registry;

import fr.gouv.travail.dosiportail.core.Sex;
import fr.gouv.travail.dosiportail.core.Siren;
import fr.gouv.travail.dosiportail.identity.Actor;
import fr.gouv.travail.dosiportail.identity.ActorKind;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/**
 * Test data in the domain's words: {@code given.aCompany().anEstablishment().aWorker().classifiedA().declare()}.
 * Writes through the real declaration service, as the company's employer.
 */
public final class RegistryFixtures {

    private final RegistryDeclarations declarations;

    public RegistryFixtures(RegistryDeclarations declarations) {
        this.declarations = declarations;
    }

    public CompanyBuilder aCompany() {
        return new CompanyBuilder(TestIds.siren(TestIds.next() * 7919));
    }

    public static Actor employerOf(String siren) {
        return new Actor(ActorKind.EMPLOYER, "employer-" + siren, "Employeur " + siren, Optional.of(new Siren(siren)),
                Optional.empty(), Optional.empty(), Optional.empty());
    }

    public final class CompanyBuilder {
        public final String siren;
        public final Actor employer;

        CompanyBuilder(String siren) {
            this.siren = siren;
            this.employer = employerOf(siren);
        }

        public EstablishmentBuilder anEstablishment() {
            return new EstablishmentBuilder(this, TestIds.siret(siren, TestIds.next()));
        }
    }

    public final class EstablishmentBuilder {
        public final CompanyBuilder company;
        public final String siret;
        private String domain = "MED";
        private String headEmail = "direction@example.fr";
        public Receipt receipt;

        EstablishmentBuilder(CompanyBuilder company, String siret) {
            this.company = company;
            this.siret = siret;
        }

        public EstablishmentBuilder inDomain(String code) {
            this.domain = code;
            return this;
        }

        public EstablishmentBuilder withoutHeadEmail() {
            this.headEmail = null;
            return this;
        }

        public EstablishmentDeclaration declaration() {
            return new EstablishmentDeclaration(siret, "Clinique " + company.siren, "Site " + siret, "1 rue de la Paix",
                    "75002", "Paris", "75102", "86.10Z", domain, false, "Martin", "Claire", headEmail);
        }

        public EstablishmentBuilder declare() {
            receipt = declarations.declareEstablishment(company.employer, declaration());
            return this;
        }

        public WorkerBuilder aWorker() {
            return new WorkerBuilder(this);
        }

        public Receipt designatePhysician(LocalDate from) {
            return declarations.declareDesignation(company.employer, new DesignationDeclaration(siret,
                    DesignationRole.OCCUPATIONAL_PHYSICIAN, "Durand", "Paul", "mdt@example.fr", null, "1000123456" + fr.gouv.travail.dosiportail.core.Luhn.checkDigit("1000123456"),
                    null, from));
        }
    }

    public final class WorkerBuilder {
        final EstablishmentBuilder establishment;
        public String nir;
        public String birthName = "Dupont";
        public String firstNames = "Jeanne Marie";
        public Sex sex = Sex.F;
        public LocalDate birthDate = LocalDate.of(1985, 4, 12);
        public LocalDate start = LocalDate.of(2024, 1, 1);
        private Classification classification;
        public UUID employmentId;

        WorkerBuilder(EstablishmentBuilder establishment) {
            this.establishment = establishment;
            this.nir = TestIds.nir(sex, 1985, 4, TestIds.next());
        }

        /** The employer of the worker's establishment. */
        public Actor employer() {
            return establishment.company.employer;
        }

        public WorkerBuilder withNir(String nir) {
            this.nir = nir;
            return this;
        }

        public WorkerBuilder named(String birthName, String firstNames) {
            this.birthName = birthName;
            this.firstNames = firstNames;
            return this;
        }

        public WorkerBuilder classifiedA() {
            this.classification = Classification.A;
            return this;
        }

        public WorkerDeclaration declaration() {
            return new WorkerDeclaration(establishment.siret, nir, birthName, null, firstNames, sex, birthDate, "75056");
        }

        public WorkerBuilder declare() {
            Actor employer = establishment.company.employer;
            declarations.declareWorker(employer, declaration());
            employmentId = declarations.declareEmployment(employer, new EmploymentDeclaration(nir, establishment.siret,
                    ContractType.CDI, new BigDecimal("100"), start, null)).subjectId();
            if (classification != null) {
                declarations.declareExposureProfile(employer, new ExposureProfileDeclaration(employmentId, start,
                        classification, null, false, false, "MED_CARDIO_INTERV", "CARDIO_INTERV",
                        Set.of(MonitoringType.EXTERNAL_WHOLE_BODY)));
            }
            return this;
        }
    }
}
