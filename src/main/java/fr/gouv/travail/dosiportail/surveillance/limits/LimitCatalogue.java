package fr.gouv.travail.dosiportail.surveillance.limits;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.stereotype.Component;

/**
 * The configured limits, checked when the application starts: a limit without its article, with a zero or negative
 * value, with two values in force at once for the same population and window, or a missing limit that the Code du
 * travail sets today stops the start-up with a message naming the rule.
 */
@Component
@EnableConfigurationProperties(SurveillanceSettings.class)
public class LimitCatalogue {

    private static final Pattern CODE = Pattern.compile("[A-Z0-9_]{3,60}");
    private static final Pattern ARTICLE = Pattern.compile("R\\.\\s?\\d{4}-\\d+.*");

    private final List<LimitRule> rules;

    LimitCatalogue(SurveillanceSettings settings) {
        this.rules = validated(settings.limits().stream().map(SurveillanceSettings.Limit::toRule).toList(),
                LocalDate.now());
    }

    public List<LimitRule> rules() {
        return rules;
    }

    /** Whether an exceptional-exposure limit of the same quantity and window takes this rule's place on that day. */
    boolean replacedDuringExceptionalExposure(LimitRule rule, LocalDate day) {
        return rules.stream().anyMatch(r -> r.population() == Population.AUTHORISED_EXCEPTIONAL
                && r.quantity() == rule.quantity() && r.window() == rule.window() && r.inForceOn(day));
    }

    static List<LimitRule> validated(List<LimitRule> rules, LocalDate today) {
        List<String> faults = new ArrayList<>();
        Set<String> codes = new HashSet<>();
        for (LimitRule r : rules) {
            String name = "limit " + r.code();
            if (r.code() == null || !CODE.matcher(r.code()).matches()) {
                faults.add("a limit has an invalid code (A-Z, 0-9, _): " + r.code());
            } else if (!codes.add(r.code())) {
                faults.add(name + " is configured twice");
            }
            if (r.article() == null || !ARTICLE.matcher(r.article()).matches()) {
                faults.add(name + " must name its article (R.4451-…): " + r.article());
            }
            if (r.quantity() == null || r.population() == null || r.window() == null) {
                faults.add(name + " needs a quantity, a population and a window");
                continue;
            }
            if (r.limitMsv() == null || r.limitMsv().signum() <= 0 || r.limitMsv().stripTrailingZeros().scale() > 3) {
                faults.add(name + " needs a positive value in mSv with at most 3 decimals: " + r.limitMsv());
            }
            if (r.appliesFrom() != null && r.appliesUntil() != null && r.appliesUntil().isBefore(r.appliesFrom())) {
                faults.add(name + " ends before it starts");
            }
            if (r.window() == WindowKind.WHOLE_PERIOD && (r.appliesFrom() == null || r.appliesUntil() == null)) {
                faults.add(name + " sums a whole period: it needs applies-from and applies-until");
            }
            if (!coherent(r.population(), r.window())) {
                faults.add(name + ": population " + r.population() + " cannot use window " + r.window());
            }
        }
        for (int i = 0; i < rules.size(); i++) {
            for (int j = i + 1; j < rules.size(); j++) {
                if (clash(rules.get(i), rules.get(j))) {
                    faults.add("limits " + rules.get(i).code() + " and " + rules.get(j).code()
                            + " are both in force for the same quantity, population and window");
                }
            }
        }
        required(rules, today, faults, LimitQuantity.EFFECTIVE, Population.ALL_WORKERS, "R.4451-6 1°");
        required(rules, today, faults, LimitQuantity.EXTREMITY_SKIN, Population.ALL_WORKERS, "R.4451-6 2° a");
        required(rules, today, faults, LimitQuantity.LENS, Population.ALL_WORKERS, "R.4451-6 2° b");
        required(rules, today, faults, LimitQuantity.EFFECTIVE, Population.YOUNG_WORKERS, "R.4451-8 1°");
        required(rules, today, faults, LimitQuantity.EFFECTIVE, Population.UNBORN_CHILD, "R.4451-7");
        if (!faults.isEmpty()) {
            throw new IllegalStateException("dosiportail.surveillance.limits: " + String.join("; ", faults));
        }
        return List.copyOf(rules);
    }

    private static boolean coherent(Population p, WindowKind w) {
        return switch (p) {
            case ALL_WORKERS, YOUNG_WORKERS -> w == WindowKind.ROLLING_12_MONTHS || w == WindowKind.WHOLE_PERIOD;
            case AUTHORISED_EXCEPTIONAL -> w == WindowKind.ROLLING_12_MONTHS || w == WindowKind.ROLLING_5_YEARS;
            case UNBORN_CHILD -> w == WindowKind.PREGNANCY;
            case EMERGENCY_RESPONDERS -> w == WindowKind.EMERGENCY_EVENT;
        };
    }

    private static boolean clash(LimitRule a, LimitRule b) {
        if (a.quantity() != b.quantity() || a.population() != b.population() || a.window() != b.window()
                || a.externalOnly() != b.externalOnly() || a.window() == WindowKind.EMERGENCY_EVENT) {
            return false; // emergency levels are graded (100 then 500 mSv): both apply
        }
        LocalDate aFrom = a.appliesFrom() == null ? LocalDate.MIN : a.appliesFrom();
        LocalDate aTo = a.appliesUntil() == null ? LocalDate.MAX : a.appliesUntil();
        LocalDate bFrom = b.appliesFrom() == null ? LocalDate.MIN : b.appliesFrom();
        LocalDate bTo = b.appliesUntil() == null ? LocalDate.MAX : b.appliesUntil();
        return !aFrom.isAfter(bTo) && !bFrom.isAfter(aTo);
    }

    private static void required(List<LimitRule> rules, LocalDate today, List<String> faults, LimitQuantity q,
                                 Population p, String article) {
        if (rules.stream().noneMatch(r -> r.quantity() == q && r.population() == p && r.inForceOn(today))) {
            faults.add("no limit in force for " + q + " / " + p + " (" + article + ")");
        }
    }
}
