package fr.gouv.travail.dosiportail.platform;

import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * One bad field of a request, as listed in the {@code errors} array of a problem answer.
 *
 * @param field the JSON property (or CSV column) at fault, dotted for nested values
 * @param code stable code a client can test
 * @param message French message
 * @param messageEn English message
 */
public record FieldProblem(String field, String code, String message, @JsonProperty("message_en") String messageEn) {
}
