package fr.gouv.travail.dosiportail.access;

import fr.gouv.travail.dosiportail.journal.DataKind;
import java.time.LocalDate;
import java.util.UUID;

/** The policy's answer for one worker, one kind of data, one date (or the first day of a period). */
public record Decision(boolean allowed, UUID workerId, DataKind dataKind, LocalDate date, Action action) {
}
