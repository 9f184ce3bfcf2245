package fr.gouv.travail.dosiportail.dosimetry.collection;

import static org.assertj.core.api.Assertions.assertThat;

import fr.gouv.travail.dosiportail.dosimetry.BodyLocation;
import fr.gouv.travail.dosiportail.dosimetry.DoseRecordSubmission;
import fr.gouv.travail.dosiportail.dosimetry.MonitoringKind;
import fr.gouv.travail.dosiportail.dosimetry.OriginatorKind;
import fr.gouv.travail.dosiportail.dosimetry.QuantityCode;
import fr.gouv.travail.dosiportail.dosimetry.RadiationType;
import fr.gouv.travail.dosiportail.dosimetry.RecordStatus;
import fr.gouv.travail.dosiportail.platform.FieldProblem;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The constraints written out in {@link ItemValidation} give exactly what Bean Validation gave on
 * {@link DoseRecordSubmission} (field and code, sorted by field): 3,000 records from seed 61, each text field null,
 * empty, blank (spaces, tab, no-break or em space), at, or over its size limit, each enum or date present or not.
 */
class ItemValidationTest {

    private static final long SEED = 61L;
    private static final Validator VALIDATOR = Validation.buildDefaultValidatorFactory().getValidator();

    static Stream<DoseRecordSubmission> records() {
        Random rnd = new Random(SEED);
        return Stream.generate(() -> new DoseRecordSubmission(text(rnd, 15), text(rnd, 100), text(rnd, 100),
                text(rnd, 14), pick(rnd, OriginatorKind.values()), text(rnd, 40), pick(rnd, MonitoringKind.values()),
                text(rnd, 60), pick(rnd, BodyLocation.values()), pick(rnd, RadiationType.values()),
                rnd.nextInt(6) == 0 ? null : LocalDate.of(2025, 1, 1), rnd.nextInt(6) == 0 ? null : LocalDate.of(2025, 1, 31),
                pick(rnd, QuantityCode.values()), rnd.nextBoolean() ? null : BigDecimal.ONE, rnd.nextBoolean(), null,
                pick(rnd, RecordStatus.values()), null, text(rnd, 500))).limit(3_000);
    }

    private static String text(Random rnd, int limit) {
        return switch (rnd.nextInt(9)) {
            case 0 -> null;
            case 1 -> "";
            case 2 -> " \t";
            case 3 -> "\u00a0\u2003"; // not whitespace for String.isBlank: a value
            case 4 -> "x".repeat(limit);
            case 5 -> "y".repeat(limit + 1);
            case 6 -> " ".repeat(limit + 1 + rnd.nextInt(3));
            default -> "A" + rnd.nextInt(1000);
        };
    }

    private static <T> T pick(Random rnd, T[] values) {
        return rnd.nextInt(6) == 0 ? null : values[rnd.nextInt(values.length)];
    }

    @ParameterizedTest
    @MethodSource("records")
    void theWrittenOutConstraintsGiveWhatBeanValidationGave(DoseRecordSubmission r) {
        List<FieldProblem> expected = VALIDATOR.validate(r).stream().map(v -> {
            String constraint = v.getConstraintDescriptor().getAnnotation().annotationType().getSimpleName();
            return new FieldProblem(v.getPropertyPath().toString(), constraint.equals("Size") ? "TOO_LONG" : "REQUIRED",
                    "", "");
        }).toList();
        List<FieldProblem> actual = ItemValidation.constraints(r);
        Comparator<FieldProblem> byFieldAndCode = Comparator.comparing(FieldProblem::field)
                .thenComparing(FieldProblem::code);
        assertThat(actual.stream().map(p -> p.field() + ":" + p.code()).sorted().toList())
                .isEqualTo(expected.stream().sorted(byFieldAndCode).map(p -> p.field() + ":" + p.code()).toList());
        assertThat(actual).isSortedAccordingTo(Comparator.comparing(FieldProblem::field));
    }
}
