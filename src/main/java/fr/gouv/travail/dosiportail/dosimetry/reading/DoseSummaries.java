package fr.gouv.travail.dosiportail.dosimetry.reading;

import fr.gouv.travail.dosiportail.access.SqlFilter;
import fr.gouv.travail.dosiportail.identity.Actor;
import fr.gouv.travail.dosiportail.journal.DataKind;
import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * A worker's dose summary at a date, in one statement over {@code dosimetry.dose_component} and the SQL rule
 * {@code dosimetry.counts_in_effective_dose} (V63), the very definition the limits engine uses. Records are those the
 * caller may read as EFFECTIVE_DOSE over their wearing period; each request is journaled once.
 */
@Service
@EnableConfigurationProperties(EffectiveDoseSettings.class)
public class DoseSummaries {

    /** Components of the effective dose, in the order answers list them. */
    public static final List<String> COMPONENTS = List.of("EXTERNAL", "OPERATIONAL", "INTERNAL", "RADON", "COSMIC",
            "EMERGENCY");
    /**
     * The worker's records up to {@code :at} that the caller may sum, each with the view's derived columns computed
     * once: referenced directly by the 45 aggregates below, the view's expressions (and the operational-fallback
     * subquery over every partition) were expanded into each of them, ≈75 ms per summary (docs/benchmarks.md).
     */
    private static final String ROWS = """
            with rows as materialized (
                select r.id, r.period_start, r.period_end, r.quantity, r.dosimeter_id, r.originator_id, r.component,
                       r.counts, r.counted_msv, r.upper_msv, r.below_threshold, r.missing_result,
                       r.counts and dosimetry.counts_in_effective_dose(r.component, r.operational_fallback,
                                                                       :count_operational) as effective
                from dosimetry.dose_component r
                where r.worker_id = :worker and r.period_start <= :at and %s)
            """;
    private static final String EFFECTIVE = "r.effective";
    private static final String MISSING = "filter (where r.missing_result)";

    private final JdbcClient jdbc;
    private final ReadingAccess access;
    private final TransactionTemplate tx;
    private final EffectiveDoseSettings settings;

    DoseSummaries(JdbcClient jdbc, ReadingAccess access, TransactionTemplate tx, EffectiveDoseSettings settings) {
        this.jdbc = jdbc;
        this.access = access;
        this.tx = tx;
        this.settings = settings;
    }

    /** Rolling 12 months ending at {@code at}, calendar year of {@code at} up to it, career up to it. */
    public Optional<DoseSummary> at(DoseHistory.Reader reader, UUID workerId, LocalDate at) {
        Actor actor = reader.actor();
        return tx.execute(s -> {
            boolean[] may = access.open(jdbc, actor, workerId, DataKind.EFFECTIVE_DOSE, DataKind.INTERNAL_DOSE);
            if (!may[0]) {
                access.journalRefusal(actor, workerId, DataKind.EFFECTIVE_DOSE, reader.purpose(), reader.resource());
                return Optional.<DoseSummary>empty();
            }
            boolean internalShown = may[1];
            SqlFilter f = access.sums(actor);
            Map<String, Object> p = new HashMap<>(f.params());
            p.put("worker", workerId);
            p.put("at", at);
            p.put("r_from", at.minusMonths(12).plusDays(1));
            p.put("y_from", at.withDayOfYear(1));
            p.put("count_operational", settings.countOperational());
            DoseSummary[] out = new DoseSummary[1];
            jdbc.sql(statement(f.sql())).params(p).query(rs -> {
                out[0] = new DoseSummary(workerId, at, settings.countOperational(), internalShown,
                        read(rs, "r", at.minusMonths(12).plusDays(1), at, internalShown),
                        read(rs, "y", at.withDayOfYear(1), at, internalShown),
                        read(rs, "c", null, at, internalShown), missing(rs));
            });
            access.journalRead(actor, workerId, DataKind.EFFECTIVE_DOSE, reader.purpose(), reader.resource());
            return Optional.of(out[0]);
        });
    }

    /** The whole statement: the three windows' aggregates and the absences of result, newest first, in one row. */
    static String statement(String accessClause) {
        String order = " order by r.period_start desc, r.id) " + MISSING;
        return ROWS.formatted(accessClause) + "select " + window("r", ":r_from") + ", " + window("y", ":y_from") + ", "
                + window("c", null) + ", array_agg(r.id" + order + " as missing_ids, array_agg(r.period_start" + order
                + " as missing_starts, array_agg(r.period_end" + order + " as missing_ends, array_agg(r.quantity"
                + order + " as missing_quantities, array_agg(r.dosimeter_id" + order + " as missing_dosimeters,"
                + " array_agg(r.originator_id" + order + " as missing_originators from rows r";
    }

    private static List<DoseSummary.MissingResult> missing(ResultSet rs) throws SQLException {
        Object[] ids = array(rs, "missing_ids");
        Object[] starts = array(rs, "missing_starts");
        Object[] ends = array(rs, "missing_ends");
        Object[] quantities = array(rs, "missing_quantities");
        Object[] dosimeters = array(rs, "missing_dosimeters");
        Object[] originators = array(rs, "missing_originators");
        List<DoseSummary.MissingResult> out = new java.util.ArrayList<>(ids.length);
        for (int i = 0; i < ids.length; i++) {
            out.add(new DoseSummary.MissingResult((UUID) ids[i], ((java.sql.Date) starts[i]).toLocalDate(),
                    ((java.sql.Date) ends[i]).toLocalDate(), (String) quantities[i], (String) dosimeters[i],
                    (String) originators[i]));
        }
        return out;
    }

    private static Object[] array(ResultSet rs, String column) throws SQLException {
        java.sql.Array a = rs.getArray(column);
        return a == null ? new Object[0] : (Object[]) a.getArray();
    }

    /** The aggregates of one window [from, :at] (from null: no lower bound), columns prefixed {@code x_}. */
    static String window(String x, String from) {
        String in = from == null ? "true" : "r.period_end >= " + from;
        String start = from == null ? "r.period_start" : "greatest(r.period_start, " + from + ")";
        String straddles = from == null ? "r.period_end > :at" : "(r.period_start < " + from + " or r.period_end > :at)";
        String eff = "(" + in + " and " + EFFECTIVE + ")";
        StringBuilder sql = new StringBuilder();
        sql.append("coalesce(sum(r.counted_msv) filter (where ").append(eff).append("), 0) as ").append(x).append("_effective, ");
        sql.append("coalesce(sum(r.upper_msv) filter (where ").append(eff).append("), 0) as ").append(x).append("_upper, ");
        sql.append("round(coalesce(sum(r.counted_msv * (least(r.period_end, :at) - ").append(start)
                .append(" + 1)::numeric / (r.period_end - r.period_start + 1)) filter (where ").append(eff)
                .append("), 0), 3) as ").append(x).append("_prorata, ");
        for (String c : COMPONENTS) {
            sql.append("coalesce(sum(r.counted_msv) filter (where ").append(eff).append(" and r.component = '")
                    .append(c).append("'), 0) as ").append(x).append("_").append(c.toLowerCase()).append(", ");
        }
        String equivalent = "(" + in + " and r.counts and r.component in ('SKIN_EXTREMITIES', 'LENS'))";
        sql.append("coalesce(sum(r.counted_msv) filter (where ").append(in)
                .append(" and r.counts and r.component = 'SKIN_EXTREMITIES'), 0) as ").append(x).append("_hp007, ");
        sql.append("coalesce(sum(r.counted_msv) filter (where ").append(in)
                .append(" and r.counts and r.component = 'LENS'), 0) as ").append(x).append("_hp3, ");
        String counted = "(" + eff + " or " + equivalent + ")";
        sql.append("count(*) filter (where ").append(counted).append(") as ").append(x).append("_records, ");
        sql.append("count(*) filter (where ").append(counted).append(" and r.below_threshold) as ").append(x).append("_m, ");
        sql.append("count(*) filter (where ").append(counted).append(" and ").append(straddles).append(") as ")
                .append(x).append("_straddling, ");
        sql.append("count(*) filter (where ").append(in).append(" and r.missing_result) as ").append(x).append("_missing");
        return sql.toString();
    }

    private static DoseSummary.Window read(ResultSet rs, String x, LocalDate from, LocalDate to, boolean internalShown)
            throws SQLException {
        Map<String, BigDecimal> components = new LinkedHashMap<>();
        for (String c : COMPONENTS) {
            components.put(c, c.equals("INTERNAL") && !internalShown ? null : msv(rs, x + "_" + c.toLowerCase()));
        }
        return new DoseSummary.Window(from, to, msv(rs, x + "_effective"), msv(rs, x + "_upper"),
                msv(rs, x + "_prorata"), components, msv(rs, x + "_hp007"), msv(rs, x + "_hp3"),
                rs.getLong(x + "_records"), rs.getLong(x + "_m"), rs.getLong(x + "_straddling"),
                rs.getLong(x + "_missing"));
    }

    private static BigDecimal msv(ResultSet rs, String column) throws SQLException {
        BigDecimal v = rs.getBigDecimal(column);
        return v.setScale(3, java.math.RoundingMode.HALF_UP);
    }
}
