package fr.gouv.travail.dosiportail.dosimetry;

import fr.gouv.travail.dosiportail.platform.FieldProblem;
import java.util.List;
import java.util.UUID;

/**
 * The answer for one record of a submission.
 *
 * @param index position in the submitted array (0 for a single record)
 * @param recordId the stored dose record, when accepted
 * @param quarantineId the quarantine entry, when quarantined
 * @param reason why it is quarantined
 * @param alreadyRecorded true when the very same record was stored before: nothing was added
 * @param reviewRequired true when the value (over 10 Sv) awaits the operator's review
 */
public record ItemResult(int index, ItemOutcome outcome, UUID recordId, UUID quarantineId, QuarantineReason reason,
                         boolean alreadyRecorded, boolean reviewRequired, List<FieldProblem> errors) {

    public ItemResult {
        errors = errors == null ? List.of() : List.copyOf(errors);
    }

    public static ItemResult accepted(int index, UUID recordId, boolean alreadyRecorded, boolean reviewRequired) {
        return new ItemResult(index, ItemOutcome.ACCEPTED, recordId, null, null, alreadyRecorded, reviewRequired,
                List.of());
    }

    public static ItemResult quarantined(int index, UUID quarantineId, QuarantineReason reason) {
        return new ItemResult(index, ItemOutcome.QUARANTINED, null, quarantineId, reason, false, false, List.of());
    }

    public static ItemResult rejected(int index, List<FieldProblem> errors) {
        return new ItemResult(index, ItemOutcome.REJECTED, null, null, null, false, false, errors);
    }
}
