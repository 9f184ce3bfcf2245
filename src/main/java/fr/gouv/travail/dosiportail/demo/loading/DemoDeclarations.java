package fr.gouv.travail.dosiportail.demo.loading;

import static fr.gouv.travail.dosiportail.demo.loading.DemoDataLoader.LOADER;

import fr.gouv.travail.dosiportail.demo.generation.DemoModel.Company;
import fr.gouv.travail.dosiportail.demo.generation.DemoModel.Designation;
import fr.gouv.travail.dosiportail.demo.generation.DemoModel.Employment;
import fr.gouv.travail.dosiportail.demo.generation.DemoModel.Establishment;
import fr.gouv.travail.dosiportail.registry.Classification;
import fr.gouv.travail.dosiportail.registry.ContractType;
import fr.gouv.travail.dosiportail.registry.DesignationDeclaration;
import fr.gouv.travail.dosiportail.registry.DesignationRole;
import fr.gouv.travail.dosiportail.registry.EmploymentDeclaration;
import fr.gouv.travail.dosiportail.registry.EstablishmentDeclaration;
import fr.gouv.travail.dosiportail.registry.ExposureProfileDeclaration;
import fr.gouv.travail.dosiportail.registry.MonitoringType;
import fr.gouv.travail.dosiportail.registry.Receipt;
import fr.gouv.travail.dosiportail.registry.RegistryDeclarations;
import fr.gouv.travail.dosiportail.core.Sex;
import fr.gouv.travail.dosiportail.registry.WorkerDeclaration;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;

/** Turns demo records into the référentiel's declarations, made by the demo loader acting as operator. */
@Component
class DemoDeclarations {

    private final RegistryDeclarations registry;

    DemoDeclarations(RegistryDeclarations registry) {
        this.registry = registry;
    }

    void showcase(LocalDate today) {
        Showcase.accreditedBodies(today.minusYears(5)).forEach(body -> registry.declareAccreditedBody(LOADER, body));
        Showcase.establishments().forEach(e -> registry.declareEstablishment(LOADER, e));
        Showcase.designations(today.minusYears(3)).forEach(d -> registry.declareDesignation(LOADER, d));
        for (Showcase.Worker w : Showcase.workers(today)) {
            registry.declareWorker(LOADER, new WorkerDeclaration(w.siret(), w.nir(), w.birthName(), w.usageName(),
                    w.firstNames(), w.sex(), w.birthDate(), w.birthPlace()));
            Receipt employment = registry.declareEmployment(LOADER, new EmploymentDeclaration(w.nir(), w.siret(),
                    w.contract(), new BigDecimal("100"), w.start(), null));
            registry.declareExposureProfile(LOADER, new ExposureProfileDeclaration(employment.subjectId(), w.start(),
                    w.classification(), null, false, false, w.sector(), w.occupation(), w.monitoring()));
        }
    }

    /** Declares a generated company; answers how many employments it declared. */
    int company(Company company) {
        for (Establishment e : company.establishments()) {
            registry.declareEstablishment(LOADER, new EstablishmentDeclaration(e.siret(), company.legalName(), e.name(),
                    e.addressLine(), e.postalCode(), e.city(), e.cityInseeCode(), e.nafCode(), e.domainCode(), e.defence(),
                    e.headLastName(), e.headFirstName(), e.headEmail()));
            for (Designation d : e.designations()) {
                registry.declareDesignation(LOADER, new DesignationDeclaration(e.siret(), DesignationRole.valueOf(d.role()),
                        d.lastName(), d.firstName(), d.email(), null, d.rpps(), d.organisationSiret(), d.validFrom()));
            }
        }
        company.employmentsElsewhere().forEach(elsewhere -> employment(elsewhere.siret(), elsewhere.employment()));
        int count = company.employmentsElsewhere().size();
        for (Establishment e : company.establishments()) {
            e.employments().forEach(employment -> employment(e.siret(), employment));
            count += e.employments().size();
        }
        return count;
    }

    private void employment(String siret, Employment e) {
        var p = e.person();
        registry.declareWorker(LOADER, new WorkerDeclaration(siret, p.nir(), p.birthName(), p.usageName(), p.firstNames(),
                Sex.valueOf(p.sex()), p.birthDate(), p.birthPlace()));
        Receipt employment = registry.declareEmployment(LOADER, new EmploymentDeclaration(p.nir(), siret,
                ContractType.valueOf(e.contractType()), e.workingTimeRatio(), e.start(), e.end()));
        Set<MonitoringType> monitoring = e.monitoringTypes().stream().map(MonitoringType::valueOf).collect(Collectors.toSet());
        registry.declareExposureProfile(LOADER, new ExposureProfileDeclaration(employment.subjectId(), e.start(),
                Classification.valueOf(e.classification()), e.emergencyGroup(), e.radon(), e.cosmicRadiation(),
                e.sector(), e.occupation(), monitoring));
    }
}
