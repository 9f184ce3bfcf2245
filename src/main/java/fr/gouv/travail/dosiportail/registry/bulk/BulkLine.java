package fr.gouv.travail.dosiportail.registry.bulk;

import fr.gouv.travail.dosiportail.registry.BulkReport.LineError;
import fr.gouv.travail.dosiportail.registry.Classification;
import fr.gouv.travail.dosiportail.registry.EmploymentDeclaration;
import fr.gouv.travail.dosiportail.registry.ExposureProfileDeclaration;
import fr.gouv.travail.dosiportail.registry.MonitoringType;
import fr.gouv.travail.dosiportail.registry.WorkerDeclaration;
import fr.gouv.travail.dosiportail.registry.declaration.Guard;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/** One line of the file once read: what it declares, its errors, and (after writing) whether it changed anything. */
final class BulkLine {

    final long number;
    final WorkerDeclaration worker;
    final EmploymentDeclaration employment;
    final Classification classification;
    final Integer emergencyGroup;
    final boolean radon;
    final boolean cosmicRadiation;
    final String sectorCode;
    final String occupationCode;
    final Set<MonitoringType> monitoringTypes;
    final List<LineError> errors = new ArrayList<>();
    Guard.Establishment establishment;
    /** Set by the chunk writer: a row was created or updated for this line. */
    boolean changed;
    /** Set by the chunk writer: the identity discrepancy this line asked to record, if any. */
    UUID discrepancyId;
    /** The worker the line declared or matched, once written: what the journal names. */
    UUID workerId;

    BulkLine(long number, WorkerDeclaration worker, EmploymentDeclaration employment, Classification classification,
             Integer emergencyGroup, boolean radon, boolean cosmicRadiation, String sectorCode, String occupationCode,
             Set<MonitoringType> monitoringTypes) {
        this.number = number;
        this.worker = worker;
        this.employment = employment;
        this.classification = classification;
        this.emergencyGroup = emergencyGroup;
        this.radon = radon;
        this.cosmicRadiation = cosmicRadiation;
        this.sectorCode = sectorCode;
        this.occupationCode = occupationCode;
        this.monitoringTypes = monitoringTypes;
    }

    boolean valid() {
        return errors.isEmpty();
    }

    /** The profile this line declares (classification given), for the employment once known. */
    ExposureProfileDeclaration profile(UUID employmentId) {
        return new ExposureProfileDeclaration(employmentId, employment.startDate(), classification, emergencyGroup,
                radon, cosmicRadiation, sectorCode, occupationCode, monitoringTypes);
    }
}
