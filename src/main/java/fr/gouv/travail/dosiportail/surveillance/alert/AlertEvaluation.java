package fr.gouv.travail.dosiportail.surveillance.alert;

import fr.gouv.travail.dosiportail.dosimetry.CountedDoses;
import fr.gouv.travail.dosiportail.surveillance.limits.CountedDose;
import fr.gouv.travail.dosiportail.surveillance.limits.Exceedance;
import fr.gouv.travail.dosiportail.surveillance.limits.LimitCatalogue;
import fr.gouv.travail.dosiportail.surveillance.limits.LimitQuantity;
import fr.gouv.travail.dosiportail.surveillance.limits.LimitsEngine;
import fr.gouv.travail.dosiportail.surveillance.limits.WorkerContext;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.stereotype.Service;

/**
 * Evaluates workers' limits and reconciles the result with their stored alerts, in the caller's transaction, the
 * workers locked for its duration (two evaluations of one worker never interleave). An exceedance whose window
 * overlaps an alert of the same worker, limit, site and emergency event is that alert: same figures, nothing; new
 * figures, an UPDATED step; withdrawn before, REOPENED. An alert whose exceedance is gone is WITHDRAWN_BY_CORRECTION.
 */
@Service
@EnableConfigurationProperties(AlertSettings.class)
public class AlertEvaluation {

    static final String SYSTEM = "SYSTEM";
    private static final ZoneId PARIS = ZoneId.of("Europe/Paris");

    private final CountedDoses counted;
    private final WorkerContexts contexts;
    private final LimitsEngine engine;
    private final AlertStore store;
    private final AlertFanOut fanOut;
    private final ConsistencyChecks checks;
    private final LimitCatalogue catalogue;
    private final Clock clock;

    AlertEvaluation(CountedDoses counted, WorkerContexts contexts, LimitsEngine engine, AlertStore store,
                    AlertFanOut fanOut, ConsistencyChecks checks, LimitCatalogue catalogue, ObjectProvider<Clock> clock) {
        this.catalogue = catalogue;
        this.counted = counted;
        this.contexts = contexts;
        this.engine = engine;
        this.store = store;
        this.fanOut = fanOut;
        this.checks = checks;
        this.clock = clock.getIfAvailable(() -> Clock.system(PARIS));
    }

    /** Loads, evaluates and reconciles; returns the notifications written (published by the caller's end). */
    public List<UUID> evaluate(Collection<UUID> workerIds) {
        if (workerIds.isEmpty()) {
            return List.of();
        }
        store.lockWorkers(workerIds);
        return evaluateLoaded(workerIds, counted.of(workerIds), true);
    }

    /**
     * Same, with doses already read and the workers locked by the caller (the national recomputation streams them);
     * {@code withChecks} adds the classification, constraint and significant-event checks.
     */
    List<UUID> evaluateLoaded(Collection<UUID> workerIds,
                              Map<UUID, List<fr.gouv.travail.dosiportail.dosimetry.CountedDose>> doses,
                              boolean withChecks) {
        LocalDate today = LocalDate.now(clock.withZone(PARIS));
        Instant at = clock.instant();
        Map<UUID, WorkerContext> ctx = contexts.of(workerIds);
        Map<UUID, List<AlertState>> alerts = store.currentOf(workerIds);
        List<UUID> issued = new ArrayList<>();
        for (UUID worker : workerIds) {
            List<fr.gouv.travail.dosiportail.dosimetry.CountedDose> raw = doses.getOrDefault(worker, List.of());
            List<CountedDose> mapped = raw.stream().map(AlertEvaluation::mapped).toList();
            Map<UUID, fr.gouv.travail.dosiportail.dosimetry.CountedDose> byId = new HashMap<>();
            raw.forEach(d -> byId.put(d.recordId(), d));
            List<Exceedance> found = engine.exceedances(ctx.get(worker), mapped, today);
            issued.addAll(reconcile(worker, found, alerts.getOrDefault(worker, List.of()), mapped, byId, today, at));
            if (withChecks && !raw.isEmpty()) {
                issued.addAll(checks.check(worker, ctx.get(worker), raw, mapped, today, at));
            }
        }
        return issued;
    }

    private List<UUID> reconcile(UUID worker, List<Exceedance> found, List<AlertState> existing,
                                 List<CountedDose> doses, Map<UUID, fr.gouv.travail.dosiportail.dosimetry.CountedDose> byId,
                                 LocalDate today, Instant at) {
        List<UUID> issued = new ArrayList<>();
        Set<UUID> matched = new HashSet<>();
        for (Exceedance e : found) {
            var figures = new AlertState.Figures(e.rule().article(), e.rule().limitMsv(), e.windowStart(),
                    e.windowEnd(), e.countedMsv(), e.fullMsv(), e.proRataMsv(), e.recordIds());
            AlertState a = existing.stream().filter(s -> !matched.contains(s.id()))
                    .filter(s -> s.sameCause(e.rule().code(), e.site(), e.emergencyEventId()))
                    .filter(s -> s.figures().overlaps(e.windowStart(), e.windowEnd())).findFirst().orElse(null);
            if (a == null) {
                UUID establishment = e.recordIds().stream().map(byId::get)
                        .max(java.util.Comparator.comparing(fr.gouv.travail.dosiportail.dosimetry.CountedDose::end))
                        .orElseThrow().establishmentId();
                AlertState created = store.insert(worker, e.rule().code(), e.site(), e.emergencyEventId(), establishment, at);
                AlertState raised = store.append(created, StepKind.RAISED, AlertStatus.RAISED, figures, null, null,
                        null, SYSTEM, SYSTEM, at);
                store.reinforcedFollowUp(raised, today);
                store.significantEvent(UUID.randomUUID(), "LIMIT_EXCEEDED", raised.id().toString(), worker,
                        establishment, raised.id(), raised.limitCode(), figures.article(), figures.windowStart(),
                        figures.windowEnd());
                issued.addAll(fanOut.alertStep(raised, StepKind.RAISED, today, at));
                continue;
            }
            matched.add(a.id());
            if (a.status() == AlertStatus.WITHDRAWN) {
                AlertState s = store.append(a, StepKind.REOPENED, AlertStatus.RAISED, figures, null, null, null,
                        SYSTEM, SYSTEM, at);
                issued.addAll(fanOut.alertStep(s, StepKind.REOPENED, today, at));
            } else if (!a.figures().sameAs(figures)) {
                AlertState s = store.append(a, StepKind.UPDATED, a.status(), figures, a.outcome(), a.retainedMsv(),
                        null, SYSTEM, SYSTEM, at);
                issued.addAll(fanOut.alertStep(s, StepKind.UPDATED, today, at));
            }
        }
        for (AlertState a : existing) {
            if (!matched.contains(a.id()) && a.status() != AlertStatus.WITHDRAWN) {
                AlertState s = store.append(a, StepKind.WITHDRAWN_BY_CORRECTION, AlertStatus.WITHDRAWN,
                        nowUnder(a, doses), a.outcome(), a.retainedMsv(), null, SYSTEM, SYSTEM, at);
                issued.addAll(fanOut.alertStep(s, StepKind.WITHDRAWN_BY_CORRECTION, today, at));
            }
        }
        return issued;
    }

    /** The alert's window summed again over the doses as they now stand (the step shows the lowered figure). */
    private AlertState.Figures nowUnder(AlertState a, List<CountedDose> doses) {
        var f = a.figures();
        java.math.BigDecimal full = java.math.BigDecimal.ZERO;
        List<UUID> ids = new ArrayList<>();
        for (CountedDose d : doses) {
            boolean sameQuantity = quantityOf(a.limitCode()).equals(d.quantity().name())
                    && (a.site().isEmpty() || a.site().equals(d.site()))
                    && (a.emergencyEventId() == null || a.emergencyEventId().equals(d.emergencyEventId()));
            if (sameQuantity && !d.start().isAfter(f.windowEnd()) && !d.end().isBefore(f.windowStart())) {
                full = full.add(d.valueMsv());
                ids.add(d.recordId());
            }
        }
        return new AlertState.Figures(f.article(), f.limitMsv(), f.windowStart(), f.windowEnd(), full, full, full, ids);
    }

    private String quantityOf(String limitCode) {
        return catalogue.rules().stream().filter(r -> r.code().equals(limitCode)).findFirst()
                .map(r -> r.quantity().name()).orElse("");
    }

    static CountedDose mapped(fr.gouv.travail.dosiportail.dosimetry.CountedDose d) {
        LimitQuantity q = switch (d.capped()) {
            case EFFECTIVE -> LimitQuantity.EFFECTIVE;
            case EXTREMITY_SKIN -> LimitQuantity.EXTREMITY_SKIN;
            case LENS -> LimitQuantity.LENS;
        };
        return new CountedDose(d.recordId(), d.start(), d.end(), q, d.site(), d.valueMsv(), d.external(),
                d.emergencyEventId());
    }
}
