package fr.gouv.travail.dosiportail.registry.web;

import jakarta.validation.constraints.NotNull;
import java.time.LocalDate;
import org.springframework.format.annotation.DateTimeFormat;

/** A new exposure profile (reclassification) of an employment, from a date. */
class ProfileForm extends ProfileFields {

    @NotNull(message = "{registry.form.error.date}")
    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private LocalDate validFrom;

    public LocalDate getValidFrom() { return validFrom; }
    public void setValidFrom(LocalDate v) { validFrom = v; }
}
