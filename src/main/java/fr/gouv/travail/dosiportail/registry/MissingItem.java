package fr.gouv.travail.dosiportail.registry;

import com.fasterxml.jackson.annotation.JsonProperty;

/** Something the employer still has to declare (code stable; messages in French and English). */
public record MissingItem(String code, String message, @JsonProperty("message_en") String messageEn) {
}
