package fr.gouv.travail.dosiportail.surveillance.limits;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * One regulatory limit or reference level, as configured ({@code dosiportail.surveillance.limits}): exceeding means
 * strictly above {@code limitMsv}.
 *
 * @param code stable identifier (alerts and their deduplication refer to it)
 * @param article the article it comes from, shown with every alert
 * @param appliesFrom first day of a window end the rule applies to (null: always)
 * @param appliesUntil last day of a window end the rule applies to (null: still in force)
 * @param externalOnly only doses from external exposure count (the 500 mSv emergency level, R.4451-11 II)
 * @param reachingIsExceeding the text says "below" the value ("inférieure à 1 mSv", R.4451-7): reaching it is a
 *     breach too
 */
public record LimitRule(String code, String article, LimitQuantity quantity, Population population, WindowKind window,
                        BigDecimal limitMsv, LocalDate appliesFrom, LocalDate appliesUntil, boolean externalOnly,
                        boolean reachingIsExceeding) {

    public boolean inForceOn(LocalDate day) {
        return (appliesFrom == null || !day.isBefore(appliesFrom)) && (appliesUntil == null || !day.isAfter(appliesUntil));
    }

    public boolean exceededBy(BigDecimal doseMsv) {
        int c = doseMsv.compareTo(limitMsv);
        return c > 0 || reachingIsExceeding && c == 0;
    }
}
