package fr.gouv.travail.dosiportail.surveillance.limits;

import fr.gouv.travail.dosiportail.surveillance.limits.SurveillanceSettings.Straddling;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeSet;
import java.util.UUID;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;

/**
 * Evaluates a worker's doses against every configured limit (R.4451-6 to -8, -11, -89 to -93, -104). Pure: the
 * caller gives the doses that count (current, non-cancelled versions) and the worker's context.
 *
 * <p>Rolling windows: with records counted in full when they overlap a window, a window's sum only grows when its end
 * reaches a record's start, so the peak of every episode is found among windows ending on a record's start; with
 * pro-rata counting the sum is piecewise linear and its peaks lie on record starts, ends and those shifted by the
 * window's length.
 */
@Component
public class LimitsEngine {

    private final LimitCatalogue catalogue;
    private final SurveillanceSettings settings;

    LimitsEngine(LimitCatalogue catalogue, SurveillanceSettings settings) {
        this.catalogue = catalogue;
        this.settings = settings;
    }

    /** Every exceedance episode in the worker's history up to {@code asOf}, each at its peak window. */
    public List<Exceedance> exceedances(WorkerContext ctx, List<CountedDose> unordered, LocalDate asOf) {
        List<CountedDose> doses = ordered(unordered);
        List<Exceedance> found = new ArrayList<>();
        for (LimitRule rule : catalogue.rules()) {
            for (Map.Entry<String, List<CountedDose>> site : bySite(rule, doses).entrySet()) {
                List<WindowSum> exceeded = switch (rule.window()) {
                    case ROLLING_12_MONTHS, ROLLING_5_YEARS -> rolling(rule, ctx, site.getValue(), asOf);
                    case WHOLE_PERIOD -> wholePeriod(rule, site.getValue(), asOf);
                    case PREGNANCY -> pregnancies(rule, ctx, site.getValue(), asOf);
                    case EMERGENCY_EVENT -> List.of();
                };
                for (WindowSum peak : peaksOfEpisodes(exceeded)) {
                    found.add(exceedance(rule, site.getKey(), peak, null));
                }
            }
            if (rule.window() == WindowKind.EMERGENCY_EVENT) {
                found.addAll(emergencies(rule, doses));
            }
        }
        return found;
    }

    /** The windows ending on {@code day} (12 months, 5 years, the pregnancy, the transitional period), per rule. */
    public List<WindowStatus> statusAt(WorkerContext ctx, List<CountedDose> unordered, LocalDate day) {
        List<CountedDose> doses = ordered(unordered);
        List<WindowStatus> status = new ArrayList<>();
        for (LimitRule rule : catalogue.rules()) {
            if (!rule.inForceOn(day)) {
                continue;
            }
            for (Map.Entry<String, List<CountedDose>> site : bySite(rule, doses).entrySet()) {
                for (Window w : windowsEndingOn(rule, ctx, day)) {
                    WindowSum sum = WindowSum.of(site.getValue(), w);
                    status.add(new WindowStatus(rule, site.getKey(), w.start(), w.end(),
                            sum.counted(settings.straddling()), sum.fullMsv(), sum.proRataMsv(),
                            rule.exceededBy(sum.counted(settings.straddling()))));
                }
            }
        }
        return status;
    }

    private List<Window> windowsEndingOn(LimitRule rule, WorkerContext ctx, LocalDate day) {
        return switch (rule.window()) {
            case ROLLING_12_MONTHS, ROLLING_5_YEARS -> applicable(rule, ctx, day, window(rule, day))
                    .map(List::of).orElse(List.of());
            case WHOLE_PERIOD -> List.of(new Window(rule.appliesFrom(), day));
            case PREGNANCY -> ctx.pregnancies().stream().filter(p -> p.contains(day))
                    .map(p -> new Window(p.start(), day)).toList();
            case EMERGENCY_EVENT -> List.of();
        };
    }

    private List<WindowSum> rolling(LimitRule rule, WorkerContext ctx, List<CountedDose> doses, LocalDate asOf) {
        TreeSet<LocalDate> ends = new TreeSet<>();
        for (CountedDose d : doses) {
            ends.add(d.start());
            if (settings.straddling() == Straddling.PRO_RATA) {
                LocalDate shiftedStart = window(rule, d.start()).start();
                ends.add(d.end());
                ends.add(d.start().plusDays(d.start().toEpochDay() - shiftedStart.toEpochDay()));
                ends.add(d.end().plusDays(d.start().toEpochDay() - shiftedStart.toEpochDay()));
            }
        }
        List<WindowSum> exceeded = new ArrayList<>();
        for (LocalDate end : ends.headSet(asOf, true)) {
            if (!rule.inForceOn(end)) {
                continue;
            }
            var w = applicable(rule, ctx, end, window(rule, end));
            if (w.isEmpty()) {
                continue;
            }
            if (settings.straddling() == Straddling.FULL_IF_OVERLAPPING
                    && !rule.exceededBy(java.math.BigDecimal.valueOf(WindowSum.fullOnly(doses, w.get()), 3))) {
                continue; // cheap screening: most windows of most workers are far below
            }
            WindowSum sum = WindowSum.of(doses, w.get());
            if (rule.exceededBy(sum.counted(settings.straddling()))) {
                exceeded.add(sum);
            }
        }
        return exceeded;
    }

    /**
     * The part of the window the rule applies to: all of it for every worker (unless an authorised exceptional
     * exposure replaces the limit at that date), the days between the 16th and 18th birthdays for young workers, and
     * only windows holding a day of an authorisation for the exceptional limits.
     */
    private java.util.Optional<Window> applicable(LimitRule rule, WorkerContext ctx, LocalDate end, Window w) {
        // the authorised limit covers every window that holds a day of the authorised period
        boolean authorised = ctx.exceptionalAuthorisations().stream()
                .anyMatch(p -> !p.start().isAfter(w.end()) && (p.end() == null || !p.end().isBefore(w.start())));
        return switch (rule.population()) {
            case ALL_WORKERS -> authorised && catalogue.replacedDuringExceptionalExposure(rule, end)
                    ? java.util.Optional.empty() : java.util.Optional.of(w);
            case AUTHORISED_EXCEPTIONAL -> authorised ? java.util.Optional.of(w) : java.util.Optional.empty();
            case YOUNG_WORKERS -> {
                if (ctx.birthDate() == null) {
                    yield java.util.Optional.empty();
                }
                LocalDate from = max(w.start(), ctx.birthDate().plusYears(16));
                LocalDate to = min(w.end(), ctx.birthDate().plusYears(18).minusDays(1));
                yield from.isAfter(to) ? java.util.Optional.empty() : java.util.Optional.of(new Window(from, to));
            }
            case UNBORN_CHILD, EMERGENCY_RESPONDERS -> java.util.Optional.empty();
        };
    }

    private List<WindowSum> wholePeriod(LimitRule rule, List<CountedDose> doses, LocalDate asOf) {
        if (asOf.isBefore(rule.appliesFrom())) {
            return List.of();
        }
        WindowSum sum = WindowSum.of(doses, new Window(rule.appliesFrom(), min(rule.appliesUntil(), asOf)));
        return rule.exceededBy(sum.counted(settings.straddling())) ? List.of(sum) : List.of();
    }

    private List<WindowSum> pregnancies(LimitRule rule, WorkerContext ctx, List<CountedDose> doses, LocalDate asOf) {
        List<WindowSum> exceeded = new ArrayList<>();
        for (WorkerContext.Period p : ctx.pregnancies()) {
            if (p.start().isAfter(asOf) || !rule.inForceOn(p.endOr(asOf))) {
                continue;
            }
            WindowSum sum = WindowSum.of(doses, new Window(p.start(), p.endOr(asOf)));
            if (rule.exceededBy(sum.counted(settings.straddling()))) {
                exceeded.add(sum);
            }
        }
        return exceeded;
    }

    private List<Exceedance> emergencies(LimitRule rule, List<CountedDose> doses) {
        Map<UUID, List<CountedDose>> byEvent = doses.stream()
                .filter(d -> d.emergencyEventId() != null && d.quantity() == rule.quantity())
                .filter(d -> !rule.externalOnly() || d.external())
                .collect(Collectors.groupingBy(CountedDose::emergencyEventId, LinkedHashMap::new, Collectors.toList()));
        List<Exceedance> found = new ArrayList<>();
        byEvent.forEach((event, ds) -> {
            LocalDate from = ds.stream().map(CountedDose::start).min(LocalDate::compareTo).orElseThrow();
            LocalDate to = ds.stream().map(CountedDose::end).max(LocalDate::compareTo).orElseThrow();
            WindowSum sum = WindowSum.of(ds, new Window(from, to));
            if (rule.inForceOn(to) && rule.exceededBy(sum.fullMsv())) {
                found.add(exceedance(rule, null, sum, event));
            }
        });
        return found;
    }

    /** Doses of the rule's quantity, per measurement site for equivalent doses (each site is capped on its own). */
    private Map<String, List<CountedDose>> bySite(LimitRule rule, List<CountedDose> doses) {
        boolean emergencyToo = settings.emergencyDosesInWorkerLimits();
        Map<String, List<CountedDose>> sites = new LinkedHashMap<>();
        for (CountedDose d : doses) {
            if (d.quantity() != rule.quantity() || (!emergencyToo && d.emergencyEventId() != null)
                    || (rule.externalOnly() && !d.external())) {
                continue;
            }
            String site = rule.quantity() == LimitQuantity.EFFECTIVE ? "" : Objects.toString(d.site(), "");
            sites.computeIfAbsent(site, k -> new ArrayList<>()).add(d);
        }
        return sites;
    }

    /** Exceeded windows that overlap each other form one episode; each episode is reported at its peak. */
    private List<WindowSum> peaksOfEpisodes(List<WindowSum> exceeded) {
        List<WindowSum> peaks = new ArrayList<>();
        Window episode = null;
        WindowSum peak = null;
        for (WindowSum s : exceeded) {
            if (episode != null && s.window().start().isAfter(episode.end())) {
                peaks.add(peak);
                episode = null;
            }
            if (episode == null) {
                episode = s.window();
                peak = s;
            } else {
                episode = new Window(episode.start(), max(episode.end(), s.window().end()));
                if (s.counted(settings.straddling()).compareTo(peak.counted(settings.straddling())) > 0) {
                    peak = s;
                }
            }
        }
        if (peak != null) {
            peaks.add(peak);
        }
        return peaks;
    }

    private Exceedance exceedance(LimitRule rule, String site, WindowSum sum, UUID event) {
        return new Exceedance(rule, site == null || site.isEmpty() ? null : site, sum.window().start(),
                sum.window().end(), sum.counted(settings.straddling()), sum.fullMsv(), sum.proRataMsv(),
                sum.recordIds(), event);
    }

    /** Records arrive in any order: the result must not depend on it. */
    private static List<CountedDose> ordered(List<CountedDose> doses) {
        return doses.stream().sorted(java.util.Comparator.comparing(CountedDose::start)
                .thenComparing(CountedDose::end).thenComparing(CountedDose::recordId)).toList();
    }

    private static Window window(LimitRule rule, LocalDate end) {
        return rule.window() == WindowKind.ROLLING_5_YEARS ? Window.fiveYearsEndingOn(end)
                : Window.twelveMonthsEndingOn(end);
    }

    private static LocalDate max(LocalDate a, LocalDate b) {
        return a.isAfter(b) ? a : b;
    }

    private static LocalDate min(LocalDate a, LocalDate b) {
        return a.isBefore(b) ? a : b;
    }
}
