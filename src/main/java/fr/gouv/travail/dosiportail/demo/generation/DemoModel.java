package fr.gouv.travail.dosiportail.demo.generation;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/** What the generator produces: plain records, loaded through the référentiel's own declarations. */
public final class DemoModel {

    private DemoModel() {
    }

    /**
     * A company, its establishments, and the earlier employments of its workers at establishments of companies
     * listed before it (one person, several employers over a career).
     */
    public record Company(String siren, String legalName, List<Establishment> establishments,
                          List<EmploymentElsewhere> employmentsElsewhere) {
    }

    public record EmploymentElsewhere(String siret, Employment employment) {
    }

    public record Establishment(String siret, String name, String addressLine, String postalCode, String city,
                                String cityInseeCode, String nafCode, String domainCode, boolean defence,
                                String headLastName, String headFirstName, String headEmail,
                                List<Designation> designations, List<Employment> employments) {
    }

    public record Designation(String role, String lastName, String firstName, String email, String rpps,
                              String organisationSiret, LocalDate validFrom) {
    }

    public record Person(String nir, String birthName, String usageName, String firstNames, String sex,
                         LocalDate birthDate, String birthPlace) {
    }

    public record Employment(Person person, String contractType, BigDecimal workingTimeRatio, LocalDate start,
                             LocalDate end, String classification, Integer emergencyGroup, boolean radon,
                             boolean cosmicRadiation, String sector, String occupation, List<String> monitoringTypes) {
    }
}
