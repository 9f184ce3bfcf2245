package fr.gouv.travail.dosiportail.registry.web;

import fr.gouv.travail.dosiportail.registry.EstablishmentDeclaration;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** What the establishment form holds, as typed (spaces in numbers are tolerated). */
class EstablishmentForm {

    @NotBlank(message = "{registry.form.error.required}")
    @Pattern(regexp = "(\\d{14})?", message = "{registry.form.error.siret}")
    private String siret;
    @NotBlank(message = "{registry.form.error.required}") @Size(max = 200, message = "{registry.form.error.length}")
    private String companyName;
    @NotBlank(message = "{registry.form.error.required}") @Size(max = 200, message = "{registry.form.error.length}")
    private String name;
    @NotBlank(message = "{registry.form.error.required}") @Size(max = 300, message = "{registry.form.error.length}")
    private String addressLine;
    @NotBlank(message = "{registry.form.error.required}")
    @Pattern(regexp = "(\\d{5})?", message = "{registry.form.error.postalCode}")
    private String postalCode;
    @NotBlank(message = "{registry.form.error.required}") @Size(max = 100, message = "{registry.form.error.length}")
    private String city;
    @Pattern(regexp = "(\\d{5}|2[AB]\\d{3})?", message = "{registry.form.error.inseeCode}")
    private String cityInseeCode;
    @NotBlank(message = "{registry.form.error.required}")
    @Pattern(regexp = "(\\d{2}\\.?\\d{2}[A-Z])?", message = "{registry.form.error.naf}")
    private String nafCode;
    @NotBlank(message = "{registry.form.error.choose}")
    private String activityDomain;
    private boolean defence;
    @NotBlank(message = "{registry.form.error.required}") @Size(max = 100, message = "{registry.form.error.length}")
    private String headLastName;
    @NotBlank(message = "{registry.form.error.required}") @Size(max = 100, message = "{registry.form.error.length}")
    private String headFirstName;
    @Email(message = "{registry.form.error.email}") @Size(max = 200, message = "{registry.form.error.length}")
    private String headEmail;

    EstablishmentDeclaration declaration() {
        return new EstablishmentDeclaration(siret, companyName, name, addressLine, postalCode, city,
                Text.blankToNull(cityInseeCode), nafCode, activityDomain, defence, headLastName, headFirstName,
                Text.blankToNull(headEmail));
    }

    public String getSiret() { return siret; }
    public void setSiret(String v) { siret = Text.digits(v); }
    public String getCompanyName() { return companyName; }
    public void setCompanyName(String v) { companyName = Text.trim(v); }
    public String getName() { return name; }
    public void setName(String v) { name = Text.trim(v); }
    public String getAddressLine() { return addressLine; }
    public void setAddressLine(String v) { addressLine = Text.trim(v); }
    public String getPostalCode() { return postalCode; }
    public void setPostalCode(String v) { postalCode = Text.digits(v); }
    public String getCity() { return city; }
    public void setCity(String v) { city = Text.trim(v); }
    public String getCityInseeCode() { return cityInseeCode; }
    public void setCityInseeCode(String v) { cityInseeCode = Text.upper(v); }
    public String getNafCode() { return nafCode; }
    public void setNafCode(String v) { nafCode = Text.upper(v); }
    public String getActivityDomain() { return activityDomain; }
    public void setActivityDomain(String v) { activityDomain = v; }
    public boolean isDefence() { return defence; }
    public void setDefence(boolean v) { defence = v; }
    public String getHeadLastName() { return headLastName; }
    public void setHeadLastName(String v) { headLastName = Text.trim(v); }
    public String getHeadFirstName() { return headFirstName; }
    public void setHeadFirstName(String v) { headFirstName = Text.trim(v); }
    public String getHeadEmail() { return headEmail; }
    public void setHeadEmail(String v) { headEmail = Text.trim(v); }
}
