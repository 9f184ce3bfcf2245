package fr.gouv.travail.dosiportail.surveillance.limits;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * {@code dosiportail.surveillance.*}: the limits with their articles (surveillance-limits.yml) and the readings the
 * texts leave open, each documented in docs/rules/limits.md.
 *
 * @param straddling how a record whose wearing period crosses a window's edge counts against the limit
 * @param emergencyDosesInWorkerLimits whether emergency doses also count in the ordinary 12-month limits
 */
@ConfigurationProperties("dosiportail.surveillance")
public record SurveillanceSettings(List<Limit> limits, Straddling straddling, Boolean emergencyDosesInWorkerLimits) {

    public SurveillanceSettings {
        limits = limits == null ? List.of() : List.copyOf(limits);
        straddling = straddling == null ? Straddling.FULL_IF_OVERLAPPING : straddling;
        emergencyDosesInWorkerLimits = emergencyDosesInWorkerLimits == null || emergencyDosesInWorkerLimits;
    }

    /** Conservative by default: the regulation is silent (reference §1.2); the pro-rata figure is shown beside. */
    public enum Straddling {
        FULL_IF_OVERLAPPING,
        PRO_RATA
    }

    /** One configured limit, as written in YAML. */
    public record Limit(String code, String article, LimitQuantity quantity, Population population, WindowKind window,
                        BigDecimal limitMsv, LocalDate appliesFrom, LocalDate appliesUntil, Boolean externalOnly,
                        Boolean reachingIsExceeding) {

        LimitRule toRule() {
            return new LimitRule(code, article, quantity, population, window, limitMsv, appliesFrom, appliesUntil,
                    Boolean.TRUE.equals(externalOnly), Boolean.TRUE.equals(reachingIsExceeding));
        }
    }
}
