package fr.gouv.travail.dosiportail.surveillance.alert;

import fr.gouv.travail.dosiportail.surveillance.limits.CountedDose;
import fr.gouv.travail.dosiportail.surveillance.limits.LimitCatalogue;
import fr.gouv.travail.dosiportail.surveillance.limits.LimitQuantity;
import fr.gouv.travail.dosiportail.surveillance.limits.LimitRule;
import fr.gouv.travail.dosiportail.surveillance.limits.Population;
import fr.gouv.travail.dosiportail.surveillance.limits.WindowKind;
import fr.gouv.travail.dosiportail.surveillance.limits.WorkerContext;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Besides the limits: classification consistency (R.4451-57), the CRP's dose constraints (pre-alerts) and the
 * significant events of one record above a quarter of an annual limit (R.4451-74). Each raised once per cause.
 */
@Component
class ConsistencyChecks {

    private final JdbcClient jdbc;
    private final AlertSettings settings;
    private final LimitCatalogue catalogue;
    private final AlertStore store;
    private final FactsReader facts;
    private final HealthPayloads health;
    private final EmployerPayloads employer;
    private final NotificationWriter writer;

    ConsistencyChecks(JdbcClient jdbc, AlertSettings settings, LimitCatalogue catalogue, AlertStore store,
                      FactsReader facts, HealthPayloads health, EmployerPayloads employer, NotificationWriter writer) {
        this.jdbc = jdbc;
        this.settings = settings;
        this.catalogue = catalogue;
        this.store = store;
        this.facts = facts;
        this.health = health;
        this.employer = employer;
        this.writer = writer;
    }

    List<UUID> check(UUID worker, WorkerContext ctx, List<fr.gouv.travail.dosiportail.dosimetry.CountedDose> raw,
                     List<CountedDose> doses, LocalDate today, Instant at) {
        List<UUID> issued = new ArrayList<>();
        Map<LimitQuantity, BigDecimal> categoryA = Map.of(LimitQuantity.EFFECTIVE, settings.categoryAEffectiveMsv(),
                LimitQuantity.LENS, settings.categoryALensMsv(), LimitQuantity.EXTREMITY_SKIN,
                settings.categoryAExtremityMsv());
        List<Object[]> constraints = constraintsOf(worker);
        for (var q : LimitQuantity.values()) {
            PeakSums.Peak peak = PeakSums.of(doses, q, today);
            if (peak.sumMsv().compareTo(categoryA.get(q)) > 0) {
                issued.addAll(categoryB(worker, q, peak, categoryA.get(q), today));
            }
            if (!constraints.isEmpty() && peak.sumMsv().signum() > 0) {
                issued.addAll(constraints(worker, q, peak, constraints, today));
            }
        }
        issued.addAll(notClassified(worker, raw, today));
        issued.addAll(quarters(worker, ctx, raw, today));
        return issued;
    }

    private List<UUID> categoryB(UUID worker, LimitQuantity q, PeakSums.Peak peak, BigDecimal threshold,
                                 LocalDate today) {
        List<UUID> issued = new ArrayList<>();
        var rows = jdbc.sql("""
                select p.id, m.establishment_id from registry.employment m
                join registry.exposure_profile p on p.employment_id = m.id
                where m.worker_id = ? and p.classification = 'B' and p.valid_from <= ?
                  and (p.valid_to is null or p.valid_to >= ?)""").params(worker, peak.end(), peak.end())
                .query((rs, n) -> new UUID[]{rs.getObject(1, UUID.class), rs.getObject(2, UUID.class)}).list();
        for (UUID[] r : rows) {
            issued.addAll(notice("CATEGORY_B_ABOVE_A_THRESHOLD", r[0] + "|" + q, worker, r[1], q.name(),
                    "R.4451-57", peak, threshold, today));
        }
        return issued;
    }

    private List<UUID> notClassified(UUID worker, List<fr.gouv.travail.dosiportail.dosimetry.CountedDose> raw,
                                     LocalDate today) {
        var rows = jdbc.sql("""
                select t.est, min(t.d), max(t.d) from unnest(?::uuid[], ?::date[]) t(est, d)
                where not exists (select 1 from registry.employment m
                                  join registry.exposure_profile p on p.employment_id = m.id
                                  where m.worker_id = ? and m.establishment_id = t.est and p.classification in ('A', 'B')
                                    and p.valid_from <= t.d and (p.valid_to is null or p.valid_to >= t.d))
                group by t.est""")
                .params(raw.stream().map(d -> d.establishmentId().toString()).toArray(String[]::new),
                        raw.stream().map(d -> d.end().toString()).toArray(String[]::new), worker)
                .query((rs, n) -> new Object[]{rs.getObject(1, UUID.class), rs.getObject(2, LocalDate.class),
                        rs.getObject(3, LocalDate.class)}).list();
        List<UUID> issued = new ArrayList<>();
        for (Object[] r : rows) {
            var peak = new PeakSums.Peak((LocalDate) r[1], (LocalDate) r[2], BigDecimal.ZERO);
            issued.addAll(notice("NOT_CLASSIFIED_WITH_RESULTS", worker + "|" + r[0], worker, (UUID) r[0], "EFFECTIVE",
                    "R.4451-57, R.4451-64", peak, null, today));
        }
        return issued;
    }

    private List<UUID> notice(String kind, String cause, UUID worker, UUID establishment, String quantity,
                              String article, PeakSums.Peak peak, BigDecimal threshold, LocalDate today) {
        UUID id = UUID.randomUUID();
        int n = jdbc.sql("""
                insert into surveillance.classification_notice (id, kind, cause_key, worker_id, establishment_id,
                    quantity, window_start, window_end, sum_msv, threshold_msv, created_at)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, now()) on conflict (kind, cause_key) do nothing""")
                .params(id, kind, cause, worker, establishment, quantity, peak.start(), peak.end(), peak.sumMsv(),
                        threshold).update();
        if (n == 0) {
            return List.of();
        }
        var f = facts.read(worker, establishment, peak.start(), peak.end(), today);
        var notice = new Notice("CLASSIFICATION_NOTICE", id, kind, quantity, article, peak.start(), peak.end(),
                peak.sumMsv(), threshold, f);
        List<Content> contents = new ArrayList<>(employer.notice(notice));
        contents.addAll(health.notice(notice, true, false));
        return writer.write("CLASSIFICATION_NOTICE", id, contents, Instant.now());
    }

    /**
     * The constraints of the establishments where the worker is or was employed, with their dates; a work post's
     * constraint when the worker's profile there has (or had) that post.
     */
    private List<Object[]> constraintsOf(UUID worker) {
        return jdbc.sql("""
                select c.id, c.establishment_id, c.value_msv, c.pre_alert_fraction, c.quantity, c.valid_from,
                       m.start_date, coalesce(m.end_date, date '9999-12-31')
                from surveillance.dose_constraint c
                join registry.employment m on m.establishment_id = c.establishment_id and m.worker_id = ?
                where c.occupation_code is null or exists (select 1 from registry.exposure_profile p
                      where p.employment_id = m.id and p.occupation_code = c.occupation_code)""")
                .param(worker)
                .query((rs, n) -> new Object[]{rs.getObject(1, UUID.class), rs.getObject(2, UUID.class),
                        rs.getBigDecimal(3), rs.getBigDecimal(4), rs.getString(5), rs.getObject(6, LocalDate.class),
                        rs.getObject(7, LocalDate.class), rs.getObject(8, LocalDate.class)}).list();
    }

    private List<UUID> constraints(UUID worker, LimitQuantity q, PeakSums.Peak peak, List<Object[]> all,
                                   LocalDate today) {
        // in force at the peak's end, and the worker employed there during the peak window
        List<Object[]> rows = all.stream().filter(r -> q.name().equals(r[4])
                && !((LocalDate) r[5]).isAfter(peak.end()) && !((LocalDate) r[6]).isAfter(peak.end())
                && !((LocalDate) r[7]).isBefore(peak.start())).toList();
        List<UUID> issued = new ArrayList<>();
        for (Object[] r : rows) {
            BigDecimal value = (BigDecimal) r[2];
            if (peak.sumMsv().compareTo(value.multiply((BigDecimal) r[3])) < 0) {
                continue;
            }
            UUID id = UUID.randomUUID();
            if (jdbc.sql("""
                    insert into surveillance.constraint_pre_alert (id, constraint_id, worker_id, window_start,
                        window_end, sum_msv, created_at) values (?, ?, ?, ?, ?, ?, now())
                    on conflict (constraint_id, worker_id) do nothing""")
                    .params(id, r[0], worker, peak.start(), peak.end(), peak.sumMsv()).update() == 0) {
                continue;
            }
            var f = facts.read(worker, (UUID) r[1], peak.start(), peak.end(), today);
            var notice = new Notice("CONSTRAINT_PRE_ALERT", id, "CONSTRAINT_PRE_ALERT", q.name(), "R.4451-33",
                    peak.start(), peak.end(), peak.sumMsv(), value, f);
            issued.addAll(writer.write("CONSTRAINT_PRE_ALERT", id, health.notice(notice, false, true), Instant.now()));
        }
        return issued;
    }

    /** R.4451-74: one record above a quarter of the annual limit that applies to the worker on its last day. */
    private List<UUID> quarters(UUID worker, WorkerContext ctx, List<fr.gouv.travail.dosiportail.dosimetry.CountedDose> raw,
                                LocalDate today) {
        List<UUID> issued = new ArrayList<>();
        for (var d : raw) {
            LimitQuantity q = AlertEvaluation.mapped(d).quantity();
            boolean young = ctx.birthDate() != null && d.end().isBefore(ctx.birthDate().plusYears(18));
            LimitRule rule = catalogue.rules().stream().filter(r -> r.quantity() == q && r.inForceOn(d.end())
                    && r.window() == WindowKind.ROLLING_12_MONTHS
                    && r.population() == (young ? Population.YOUNG_WORKERS : Population.ALL_WORKERS))
                    .findFirst().orElse(null);
            if (rule == null || d.valueMsv().compareTo(rule.limitMsv().multiply(settings.significantFraction())) <= 0) {
                continue;
            }
            UUID id = UUID.randomUUID();
            if (!store.significantEvent(id, "QUARTER_OF_ANNUAL_LIMIT", d.seriesKey(), worker, d.establishmentId(),
                    null, rule.code(), rule.article(), d.start(), d.end())) {
                continue;
            }
            var f = facts.read(worker, d.establishmentId(), d.start(), d.end(), today);
            var notice = new Notice("SIGNIFICANT_EVENT", id, "QUARTER_OF_ANNUAL_LIMIT", q.name(), rule.article(),
                    d.start(), d.end(), d.valueMsv(), rule.limitMsv(), f);
            List<Content> contents = new ArrayList<>(employer.notice(notice));
            contents.addAll(health.notice(notice, true, false));
            issued.addAll(writer.write("SIGNIFICANT_EVENT", id, contents, Instant.now()));
        }
        return issued;
    }
}
