package fr.gouv.travail.dosiportail.dosimetry.file;

import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * One line of an execution report: a rejected line (one entry per fault) or a quarantined one (its reason).
 *
 * @param outcome REJECTED or QUARANTINED
 * @param field the column or JSON property at fault; empty for a fault of the whole line or a quarantine
 */
public record ReportLine(long line, String outcome, String field, String code, String message,
                         @JsonProperty("message_en") String messageEn) {
}
