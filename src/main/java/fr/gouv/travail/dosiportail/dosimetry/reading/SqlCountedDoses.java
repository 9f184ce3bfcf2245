package fr.gouv.travail.dosiportail.dosimetry.reading;

import fr.gouv.travail.dosiportail.dosimetry.CountedDose;
import fr.gouv.travail.dosiportail.dosimetry.CountedDoses;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Consumer;
import javax.sql.DataSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DataSourceUtils;
import org.springframework.stereotype.Component;

/**
 * {@link CountedDoses} over the view of V63: the counting rows whose component adds to E
 * ({@code counts_in_effective_dose}, with the operational setting), or to the skin/extremities or lens doses.
 */
@Component
class SqlCountedDoses implements CountedDoses {

    private static final String SELECT = """
            select c.id, c.worker_id, c.establishment_id,
                   concat_ws('|', c.originator_kind, c.originator_id, c.dosimeter_id, c.period_start, c.period_end,
                             c.quantity) as series_key,
                   c.period_start, c.period_end, c.component, coalesce(c.body_location, 'WHOLE_BODY') as site,
                   c.counted_msv, c.quantity, c.emergency_event_id, c.received_at
            from dosimetry.dose_component c
            where c.counts and (c.component in ('SKIN_EXTREMITIES', 'LENS')
                                or dosimetry.counts_in_effective_dose(c.component, c.operational_fallback, ?))
            """;

    private final JdbcClient jdbc;
    private final DataSource dataSource;
    private final EffectiveDoseSettings settings;

    SqlCountedDoses(JdbcClient jdbc, DataSource dataSource, EffectiveDoseSettings settings) {
        this.jdbc = jdbc;
        this.dataSource = dataSource;
        this.settings = settings;
    }

    @Override
    public Map<UUID, List<CountedDose>> of(Collection<UUID> workerIds) {
        Map<UUID, List<CountedDose>> byWorker = new HashMap<>();
        if (workerIds.isEmpty()) {
            return byWorker;
        }
        jdbc.sql(SELECT + " and c.worker_id = any(?::uuid[])")
                .param(settings.countOperational())
                .param(workerIds.stream().map(UUID::toString).toArray(String[]::new))
                .query((rs, n) -> row(rs)).list()
                .forEach(d -> byWorker.computeIfAbsent(d.workerId(), k -> new ArrayList<>()).add(d));
        return byWorker;
    }

    @Override
    public void streamAll(int fetchSize, Consumer<List<CountedDose>> perWorker) {
        Connection c = DataSourceUtils.getConnection(dataSource);
        try {
            boolean auto = c.getAutoCommit();
            c.setAutoCommit(false); // pgjdbc streams with a cursor only inside a transaction
            try (PreparedStatement ps = c.prepareStatement(SELECT + " order by c.worker_id")) {
                ps.setFetchSize(fetchSize);
                ps.setBoolean(1, settings.countOperational());
                try (ResultSet rs = ps.executeQuery()) {
                    List<CountedDose> current = new ArrayList<>();
                    while (rs.next()) {
                        CountedDose d = row(rs);
                        if (!current.isEmpty() && !current.get(0).workerId().equals(d.workerId())) {
                            perWorker.accept(current);
                            current = new ArrayList<>();
                        }
                        current.add(d);
                    }
                    if (!current.isEmpty()) {
                        perWorker.accept(current);
                    }
                }
            } finally {
                c.commit();
                c.setAutoCommit(auto);
            }
        } catch (SQLException e) {
            throw new IllegalStateException("streaming the counted doses failed", e);
        } finally {
            DataSourceUtils.releaseConnection(c, dataSource);
        }
    }

    private static CountedDose row(ResultSet rs) throws SQLException {
        String component = rs.getString("component");
        CountedDose.Capped capped = switch (component) {
            case "SKIN_EXTREMITIES" -> CountedDose.Capped.EXTREMITY_SKIN;
            case "LENS" -> CountedDose.Capped.LENS;
            default -> CountedDose.Capped.EFFECTIVE;
        };
        String quantity = rs.getString("quantity");
        boolean external = capped != CountedDose.Capped.EFFECTIVE || component.equals("EXTERNAL")
                || component.equals("OPERATIONAL")
                || component.equals("EMERGENCY") && (quantity.equals("HP10") || quantity.equals("HP10_NEUTRON"));
        var received = rs.getTimestamp("received_at");
        return new CountedDose(rs.getObject("id", UUID.class), rs.getObject("worker_id", UUID.class),
                rs.getObject("establishment_id", UUID.class), rs.getString("series_key"),
                rs.getObject("period_start", java.time.LocalDate.class),
                rs.getObject("period_end", java.time.LocalDate.class), capped,
                capped == CountedDose.Capped.EFFECTIVE ? null : rs.getString("site"), rs.getBigDecimal("counted_msv"),
                external, rs.getObject("emergency_event_id", UUID.class),
                received == null ? null : received.toInstant());
    }
}
