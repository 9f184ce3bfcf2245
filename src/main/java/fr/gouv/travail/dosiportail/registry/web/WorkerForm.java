package fr.gouv.travail.dosiportail.registry.web;

import fr.gouv.travail.dosiportail.registry.ContractType;
import fr.gouv.travail.dosiportail.registry.EmploymentDeclaration;
import fr.gouv.travail.dosiportail.core.Sex;
import fr.gouv.travail.dosiportail.registry.WorkerDeclaration;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Past;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.LocalDate;
import org.springframework.format.annotation.DateTimeFormat;

/**
 * What an HR clerk types for a new worker: identity, contract and first exposure profile, in one form.
 * The exposure profile part is inherited (it starts on the contract's first day).
 */
class WorkerForm extends ProfileFields {

    @NotBlank(message = "{registry.form.error.choose}")
    private String siret;
    @NotBlank(message = "{registry.form.error.required}")
    @Pattern(regexp = "([12378]\\d{4}(\\d{2}|2[AB])\\d{8})?", message = "{registry.form.error.nir}")
    private String nir;
    @NotBlank(message = "{registry.form.error.required}") @Size(max = 100, message = "{registry.form.error.length}")
    private String birthName;
    @Size(max = 100, message = "{registry.form.error.length}")
    private String usageName;
    @NotBlank(message = "{registry.form.error.required}") @Size(max = 200, message = "{registry.form.error.length}")
    private String firstNames;
    @NotNull(message = "{registry.form.error.choose}")
    private Sex sex;
    @NotNull(message = "{registry.form.error.date}") @Past(message = "{registry.form.error.past}")
    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private LocalDate birthDate;
    @NotBlank(message = "{registry.form.error.required}")
    @Pattern(regexp = "(\\d{5}|2[AB]\\d{3}|99\\d{3})?", message = "{registry.form.error.birthPlace}")
    private String birthPlaceCode;
    @NotNull(message = "{registry.form.error.choose}")
    private ContractType contractType = ContractType.CDI;
    @NotNull(message = "{registry.form.error.required}")
    @DecimalMin(value = "0", inclusive = false, message = "{registry.form.error.ratio}")
    @DecimalMax(value = "100", message = "{registry.form.error.ratio}")
    private BigDecimal workingTimeRatio = new BigDecimal("100");
    @NotNull(message = "{registry.form.error.date}")
    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private LocalDate startDate;
    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private LocalDate endDate;

    WorkerDeclaration worker() {
        return new WorkerDeclaration(siret, nir, birthName, Text.blankToNull(usageName), firstNames, sex, birthDate,
                birthPlaceCode);
    }

    EmploymentDeclaration employment() {
        return new EmploymentDeclaration(nir, siret, contractType, workingTimeRatio, startDate, endDate);
    }

    public String getSiret() { return siret; }
    public void setSiret(String v) { siret = Text.digits(v); }
    public String getNir() { return nir; }
    public void setNir(String v) { nir = Text.upper(Text.digits(v)); }
    public String getBirthName() { return birthName; }
    public void setBirthName(String v) { birthName = Text.trim(v); }
    public String getUsageName() { return usageName; }
    public void setUsageName(String v) { usageName = Text.trim(v); }
    public String getFirstNames() { return firstNames; }
    public void setFirstNames(String v) { firstNames = Text.trim(v); }
    public Sex getSex() { return sex; }
    public void setSex(Sex v) { sex = v; }
    public LocalDate getBirthDate() { return birthDate; }
    public void setBirthDate(LocalDate v) { birthDate = v; }
    public String getBirthPlaceCode() { return birthPlaceCode; }
    public void setBirthPlaceCode(String v) { birthPlaceCode = Text.upper(v); }
    public ContractType getContractType() { return contractType; }
    public void setContractType(ContractType v) { contractType = v; }
    public BigDecimal getWorkingTimeRatio() { return workingTimeRatio; }
    public void setWorkingTimeRatio(BigDecimal v) { workingTimeRatio = v; }
    public LocalDate getStartDate() { return startDate; }
    public void setStartDate(LocalDate v) { startDate = v; }
    public LocalDate getEndDate() { return endDate; }
    public void setEndDate(LocalDate v) { endDate = v; }
}
