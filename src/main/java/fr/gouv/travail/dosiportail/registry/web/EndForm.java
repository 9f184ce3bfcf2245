package fr.gouv.travail.dosiportail.registry.web;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import org.springframework.format.annotation.DateTimeFormat;

/** The end of an employment (date and reason) or of a designation (date only). */
class EndForm {

    @NotNull(message = "{registry.form.error.date}")
    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private LocalDate endDate;
    @Size(max = 300, message = "{registry.form.error.length}")
    private String reason;

    public LocalDate getEndDate() { return endDate; }
    public void setEndDate(LocalDate v) { endDate = v; }
    public String getReason() { return reason; }
    public void setReason(String v) { reason = Text.trim(v); }
}
