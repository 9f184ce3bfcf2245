package fr.gouv.travail.dosiportail.dosimetry.collection;

import fr.gouv.travail.dosiportail.dosimetry.DoseRecordSubmission;
import fr.gouv.travail.dosiportail.platform.FieldProblem;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;

/**
 * Every fault of one record: reading errors, the constraints of {@link DoseRecordSubmission} (written out here:
 * Bean Validation's reflection cost a few microseconds per record, a large share of a million-record file), then
 * the value checks. Same fields, codes and order as Bean Validation sorted by field ({@code ItemValidationTest}).
 */
@Component
class ItemValidation {

    private static final Comparator<FieldProblem> BY_FIELD = Comparator.comparing(FieldProblem::field);

    /** The faults of each item, in order (an empty list for a valid one). */
    List<List<FieldProblem>> errors(List<DoseCollection.Item> items, LocalDate today) {
        Map<String, List<FieldProblem>> identifiers = new HashMap<>();
        List<List<FieldProblem>> errors = new ArrayList<>(items.size());
        for (DoseCollection.Item item : items) {
            errors.add(errors(item, today, identifiers));
        }
        return errors;
    }

    private static List<FieldProblem> errors(DoseCollection.Item item, LocalDate today,
                                             Map<String, List<FieldProblem>> identifiers) {
        if (item.record() == null) {
            return item.readErrors();
        }
        List<FieldProblem> errors = constraints(item.record());
        if (!errors.isEmpty()) {
            return errors; // the value checks need the required fields
        }
        return RecordChecks.check(item.record(), today, identifiers);
    }

    /** The annotations of {@link DoseRecordSubmission}: {@code @NotBlank}, {@code @Size(max)}, {@code @NotNull}. */
    static List<FieldProblem> constraints(DoseRecordSubmission r) {
        List<FieldProblem> errors = new ArrayList<>(0);
        text(errors, "nir", r.nir(), 0);
        text(errors, "lastName", r.lastName(), 100);
        text(errors, "firstName", r.firstName(), 100);
        text(errors, "siret", r.siret(), 0);
        present(errors, "originatorKind", r.originatorKind());
        text(errors, "originatorId", r.originatorId(), 40);
        present(errors, "monitoringKind", r.monitoringKind());
        text(errors, "dosimeterId", r.dosimeterId(), 60);
        present(errors, "periodStart", r.periodStart());
        present(errors, "periodEnd", r.periodEnd());
        present(errors, "quantity", r.quantity());
        present(errors, "resultStatus", r.resultStatus());
        if (r.sourceNote() != null && r.sourceNote().length() > DoseRecordSubmission.SOURCE_NOTE_MAX) {
            errors.add(new FieldProblem("sourceNote", "TOO_LONG", "La valeur est trop longue.", "The value is too long."));
        }
        if (errors.size() > 1) {
            errors.sort(BY_FIELD); // stable: REQUIRED before TOO_LONG for the same field
        }
        return errors;
    }

    private static void text(List<FieldProblem> errors, String field, String value, int max) {
        if (value == null || value.isBlank()) {
            errors.add(required(field));
        }
        if (max > 0 && value != null && value.length() > max) {
            errors.add(new FieldProblem(field, "TOO_LONG", "La valeur est trop longue.", "The value is too long."));
        }
    }

    private static void present(List<FieldProblem> errors, String field, Object value) {
        if (value == null) {
            errors.add(required(field));
        }
    }

    private static FieldProblem required(String field) {
        return new FieldProblem(field, "REQUIRED", "Valeur obligatoire.", "Required value.");
    }
}
