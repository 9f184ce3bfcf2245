package fr.gouv.travail.dosiportail.dosimetry.collection;

import fr.gouv.travail.dosiportail.dosimetry.DoseRecordSubmission;
import fr.gouv.travail.dosiportail.dosimetry.ItemResult;
import fr.gouv.travail.dosiportail.dosimetry.RecordStatus;
import fr.gouv.travail.dosiportail.platform.FieldProblem;
import java.math.BigDecimal;
import java.util.List;
import java.util.Objects;
import java.util.UUID;

/**
 * Nothing lost, nothing doubled: what an incoming record becomes given the current version of its natural key
 * (the highest version, DOSIMETRY.md §1) and an earlier line of the same chunk with the same key.
 */
final class Decisions {

    static final String LATE_REASON = "Résultat tardif remplaçant l'absence de résultat";

    private Decisions() {
    }

    /** Against the current version of the natural key. */
    enum Existing {
        /** No record yet: match and store it. */
        NONE,
        /** The same values: nothing stored, answered as already recorded. */
        SAME,
        /** A result after an absence of result: a new version. */
        LATE_RESULT,
        /** Other values (or an absence of result after a result): a correction is needed. */
        OTHER_VALUES,
        /** The current version is a cancellation. */
        CANCELLED,
        /** Other values for a key this very submission already stored (in an earlier chunk). */
        EARLIER_IN_SUBMISSION
    }

    static Existing against(ChunkStore.Current c, DoseRecordSubmission r, UUID submissionId) {
        if (c == null) {
            return Existing.NONE;
        }
        if (c.cancelled()) {
            return Existing.CANCELLED;
        }
        if (sameValues(c.valueMsv(), c.belowThreshold(), c.thresholdMsv(), c.status(), r)) {
            return Existing.SAME;
        }
        if (c.submissionId().equals(submissionId)) {
            return Existing.EARLIER_IN_SUBMISSION;
        }
        if (c.status() == RecordStatus.NO_RESULT && r.resultStatus() != RecordStatus.NO_RESULT) {
            return Existing.LATE_RESULT;
        }
        return Existing.OTHER_VALUES;
    }

    /** A result and a late result with the same values are the same result (a late result sent twice). */
    static boolean sameValues(BigDecimal value, boolean below, BigDecimal threshold, RecordStatus status,
                              DoseRecordSubmission r) {
        return same(value, r.valueMsv()) && below == r.belowThreshold() && same(threshold, r.thresholdMsv())
                && (status == RecordStatus.NO_RESULT) == (r.resultStatus() == RecordStatus.NO_RESULT);
    }

    static FieldProblem problem(Existing decision) {
        return switch (decision) {
            case CANCELLED -> new FieldProblem("dosimeterId", "ALREADY_RECORDED",
                    "Le résultat enregistré pour ce dosimètre, cette période et cette grandeur a été annulé.",
                    "The result recorded for this dosimeter, period and quantity was cancelled.");
            case EARLIER_IN_SUBMISSION -> new FieldProblem("dosimeterId", "DUPLICATE_IN_SUBMISSION",
                    "Cet envoi contient déjà un autre résultat pour ce dosimètre, cette période et cette grandeur.",
                    "This submission already holds another result for this dosimeter, period and quantity.");
            default -> new FieldProblem("dosimeterId", "ALREADY_RECORDED",
                    "Un autre résultat est déjà enregistré pour ce dosimètre, cette période et cette grandeur : "
                            + "envoyez une correction.",
                    "Another result is already recorded for this dosimeter, period and quantity: send a correction.");
        };
    }

    /**
     * A later line of the chunk with the natural key of line {@code firstIndex}: the very same record gets the first
     * one's outcome (accepted as already recorded, the same quarantine entry, the same refusal); another is refused.
     */
    static ItemResult duplicate(DoseRecordSubmission r, DoseRecordSubmission first, ItemResult firstResult, int index,
                                int firstIndex) {
        if (!identical(r, first)) {
            return ItemResult.rejected(index, List.of(new FieldProblem("dosimeterId", "DUPLICATE_IN_SUBMISSION",
                    "La ligne " + firstIndex + " de cet envoi porte déjà un autre résultat pour ce dosimètre, cette "
                            + "période et cette grandeur.",
                    "Line " + firstIndex + " of this submission already holds another result for this dosimeter, "
                            + "period and quantity.")));
        }
        return switch (firstResult.outcome()) {
            case ACCEPTED -> ItemResult.accepted(index, firstResult.recordId(), true, firstResult.reviewRequired());
            case QUARANTINED -> ItemResult.quarantined(index, firstResult.quarantineId(), firstResult.reason());
            case REJECTED -> ItemResult.rejected(index, firstResult.errors());
        };
    }

    static boolean identical(DoseRecordSubmission a, DoseRecordSubmission b) {
        return a.nir().equals(b.nir()) && a.lastName().equals(b.lastName()) && a.firstName().equals(b.firstName())
                && a.siret().equals(b.siret()) && a.monitoringKind() == b.monitoringKind()
                && a.bodyLocation() == b.bodyLocation() && a.radiationType() == b.radiationType()
                && Objects.equals(a.emergencyEventId(), b.emergencyEventId()) && a.resultStatus() == b.resultStatus()
                && same(a.valueMsv(), b.valueMsv()) && a.belowThreshold() == b.belowThreshold()
                && same(a.thresholdMsv(), b.thresholdMsv());
    }

    private static boolean same(BigDecimal a, BigDecimal b) {
        return a == null ? b == null : b != null && a.compareTo(b) == 0;
    }
}
