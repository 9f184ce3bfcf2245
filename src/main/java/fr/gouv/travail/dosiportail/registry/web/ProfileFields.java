package fr.gouv.travail.dosiportail.registry.web;

import fr.gouv.travail.dosiportail.registry.Classification;
import fr.gouv.travail.dosiportail.registry.ExposureProfileDeclaration;
import fr.gouv.travail.dosiportail.registry.MonitoringType;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Set;
import java.util.UUID;

/** The exposure profile fields, shared by the worker form and the reclassification form. */
class ProfileFields {

    @NotNull(message = "{registry.form.error.choose}")
    private Classification classification;
    private String sectorCode;
    private String occupationCode;
    private Set<MonitoringType> monitoringTypes = EnumSet.noneOf(MonitoringType.class);
    @Min(value = 1, message = "{registry.form.error.choose}") @Max(value = 2, message = "{registry.form.error.choose}")
    private Integer emergencyGroup;
    private boolean radon;
    private boolean cosmicRadiation;

    ExposureProfileDeclaration profile(UUID employmentId, LocalDate from) {
        return new ExposureProfileDeclaration(employmentId, from, classification, emergencyGroup, radon, cosmicRadiation,
                Text.blankToNull(sectorCode), Text.blankToNull(occupationCode), monitoringTypes);
    }

    public Classification getClassification() { return classification; }
    public void setClassification(Classification v) { classification = v; }
    public String getSectorCode() { return sectorCode; }
    public void setSectorCode(String v) { sectorCode = v; }
    public String getOccupationCode() { return occupationCode; }
    public void setOccupationCode(String v) { occupationCode = v; }
    public Set<MonitoringType> getMonitoringTypes() { return monitoringTypes; }
    public void setMonitoringTypes(Set<MonitoringType> v) { monitoringTypes = v == null ? EnumSet.noneOf(MonitoringType.class) : v; }
    public Integer getEmergencyGroup() { return emergencyGroup; }
    public void setEmergencyGroup(Integer v) { emergencyGroup = v; }
    public boolean isRadon() { return radon; }
    public void setRadon(boolean v) { radon = v; }
    public boolean isCosmicRadiation() { return cosmicRadiation; }
    public void setCosmicRadiation(boolean v) { cosmicRadiation = v; }
}
