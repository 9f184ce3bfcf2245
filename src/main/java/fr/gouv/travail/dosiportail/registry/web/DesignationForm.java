package fr.gouv.travail.dosiportail.registry.web;

import fr.gouv.travail.dosiportail.registry.DesignationDeclaration;
import fr.gouv.travail.dosiportail.registry.DesignationRole;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import org.springframework.format.annotation.DateTimeFormat;

/** Designation of an occupational physician, a radiation protection adviser or a correspondent. */
class DesignationForm {

    @NotNull(message = "{registry.form.error.choose}")
    private DesignationRole role;
    @NotBlank(message = "{registry.form.error.required}") @Size(max = 100, message = "{registry.form.error.length}")
    private String lastName;
    @NotBlank(message = "{registry.form.error.required}") @Size(max = 100, message = "{registry.form.error.length}")
    private String firstName;
    @Email(message = "{registry.form.error.email}") @Size(max = 200, message = "{registry.form.error.length}")
    private String email;
    @Size(max = 30, message = "{registry.form.error.length}")
    private String phone;
    @Pattern(regexp = "(\\d{11})?", message = "{registry.form.error.rpps}")
    private String rpps;
    @Pattern(regexp = "(\\d{14})?", message = "{registry.form.error.siret}")
    private String organisationSiret;
    @NotNull(message = "{registry.form.error.date}")
    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private LocalDate validFrom;

    DesignationDeclaration declaration(String siret) {
        return new DesignationDeclaration(siret, role, lastName, firstName, Text.blankToNull(email),
                Text.blankToNull(phone), Text.blankToNull(rpps), Text.blankToNull(organisationSiret), validFrom);
    }

    public DesignationRole getRole() { return role; }
    public void setRole(DesignationRole v) { role = v; }
    public String getLastName() { return lastName; }
    public void setLastName(String v) { lastName = Text.trim(v); }
    public String getFirstName() { return firstName; }
    public void setFirstName(String v) { firstName = Text.trim(v); }
    public String getEmail() { return email; }
    public void setEmail(String v) { email = Text.trim(v); }
    public String getPhone() { return phone; }
    public void setPhone(String v) { phone = Text.trim(v); }
    public String getRpps() { return rpps; }
    public void setRpps(String v) { rpps = Text.digits(v); }
    public String getOrganisationSiret() { return organisationSiret; }
    public void setOrganisationSiret(String v) { organisationSiret = Text.digits(v); }
    public LocalDate getValidFrom() { return validFrom; }
    public void setValidFrom(LocalDate v) { validFrom = v; }
}
