package fr.gouv.travail.dosiportail.dosimetry.collection;

import fr.gouv.travail.dosiportail.dosimetry.DoseRecordSubmission;
import fr.gouv.travail.dosiportail.dosimetry.OriginatorKind;
import fr.gouv.travail.dosiportail.dosimetry.QuantityCode;
import java.time.LocalDate;

/** What identifies a dose record across sends and versions (DOSIMETRY.md §1). */
record NaturalKey(OriginatorKind originatorKind, String originatorId, String dosimeterId, LocalDate periodStart,
                  LocalDate periodEnd, QuantityCode quantity) {

    static NaturalKey of(DoseRecordSubmission r) {
        return new NaturalKey(r.originatorKind(), r.originatorId(), r.dosimeterId(), r.periodStart(), r.periodEnd(),
                r.quantity());
    }
}
