package fr.gouv.travail.dosiportail.surveillance.limits;

import java.time.LocalDate;
import java.util.List;

/**
 * What the limits depend on besides the doses.
 *
 * @param birthDate null when unknown (then young-worker limits cannot be evaluated and none is assumed)
 * @param pregnancies declaration of pregnancy (recorded by the MDT) to delivery; an open end means still pregnant
 * @param exceptionalAuthorisations periods of an authorised exceptional exposure (R.4451-89 to -93)
 */
public record WorkerContext(LocalDate birthDate, List<Period> pregnancies, List<Period> exceptionalAuthorisations) {

    public WorkerContext {
        pregnancies = pregnancies == null ? List.of() : List.copyOf(pregnancies);
        exceptionalAuthorisations = exceptionalAuthorisations == null ? List.of()
                : List.copyOf(exceptionalAuthorisations);
    }

    public static WorkerContext bornOn(LocalDate birthDate) {
        return new WorkerContext(birthDate, List.of(), List.of());
    }

    /** A dated period; {@code end} null while it lasts. */
    public record Period(LocalDate start, LocalDate end) {

        LocalDate endOr(LocalDate asOf) {
            return end == null || end.isAfter(asOf) ? asOf : end;
        }

        boolean contains(LocalDate day) {
            return !day.isBefore(start) && (end == null || !day.isAfter(end));
        }
    }
}
