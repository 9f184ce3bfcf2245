package fr.gouv.travail.dosiportail.registry;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

/**
 * The récépissé de déclaration (arrêté du 26 juin 2019): number, what the declaration did, and what is missing.
 * An UNCHANGED answer repeats the number of the receipt that recorded the content (null if none was issued).
 */
public record Receipt(String number, Outcome outcome, String subject, UUID subjectId, List<MissingItem> missing,
                      OffsetDateTime issuedAt) {
}
