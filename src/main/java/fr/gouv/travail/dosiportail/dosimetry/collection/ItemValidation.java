package fr.gouv.travail.dosiportail.dosimetry.collection;

import fr.gouv.travail.dosiportail.platform.FieldProblem;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.springframework.stereotype.Component;

/** Every fault of one record: reading errors, Bean Validation, then the value checks. */
@Component
class ItemValidation {

    private final Validator validator;

    ItemValidation(Validator validator) {
        this.validator = validator;
    }

    List<FieldProblem> errors(DoseCollection.Item item, LocalDate today) {
        if (item.record() == null) {
            return item.readErrors();
        }
        List<FieldProblem> errors = new ArrayList<>();
        validator.validate(item.record()).stream()
                .sorted(Comparator.comparing(v -> v.getPropertyPath().toString()))
                .forEach(v -> errors.add(problem(v)));
        if (!errors.isEmpty()) {
            return errors; // the value checks need the required fields
        }
        return RecordChecks.check(item.record(), today);
    }

    private static FieldProblem problem(ConstraintViolation<?> v) {
        String constraint = v.getConstraintDescriptor().getAnnotation().annotationType().getSimpleName();
        String field = v.getPropertyPath().toString();
        return switch (constraint) {
            case "Size" -> new FieldProblem(field, "TOO_LONG", "La valeur est trop longue.", "The value is too long.");
            case "NotNull", "NotBlank" -> new FieldProblem(field, "REQUIRED", "Valeur obligatoire.", "Required value.");
            default -> new FieldProblem(field, constraint.toUpperCase(java.util.Locale.ROOT), v.getMessage(),
                    v.getMessage());
        };
    }
}
