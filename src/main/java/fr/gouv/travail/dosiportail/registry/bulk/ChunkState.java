package fr.gouv.travail.dosiportail.registry.bulk;

import fr.gouv.travail.dosiportail.registry.declaration.IdentityComparison.Identity;
import java.math.BigDecimal;
import java.sql.Array;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * What the registry already holds for the lines of one chunk, read in one query per table; then updated in memory
 * as the chunk's lines are decided, so that a later line of the chunk sees what an earlier one did. Earlier chunks
 * are already written (same transaction), so the database itself is the state across chunks.
 */
final class ChunkState {

    static final class Worker {
        final UUID id;
        final Identity identity;
        String usageName;

        Worker(UUID id, Identity identity, String usageName) {
            this.id = id;
            this.identity = identity;
            this.usageName = usageName;
        }
    }

    static final class Employment {
        final UUID id;
        String contractType;
        BigDecimal ratio;
        LocalDate end;

        Employment(UUID id, String contractType, BigDecimal ratio, LocalDate end) {
            this.id = id;
            this.contractType = contractType;
            this.ratio = ratio;
            this.end = end;
        }
    }

    /** The profile starting on the employment's start date (id null: none), and what surrounds it. */
    static final class Profile {
        UUID id;
        String classification;
        Integer emergencyGroup;
        boolean radon;
        boolean cosmicRadiation;
        String sectorCode;
        String occupationCode;
        Set<String> types;
        final LocalDate nextFrom;
        boolean earlierOpen;

        Profile(LocalDate nextFrom, boolean earlierOpen) {
            this.nextFrom = nextFrom;
            this.earlierOpen = earlierOpen;
        }
    }

    record EmploymentKey(UUID workerId, UUID establishmentId, LocalDate start) {
    }

    final Map<String, Worker> workers = new HashMap<>();
    final Map<EmploymentKey, Employment> employments = new HashMap<>();
    /** Employment id → its profile at its start date. */
    final Map<UUID, Profile> profiles = new HashMap<>();

    static ChunkState load(JdbcTemplate jdbc, List<BulkLine> lines) {
        ChunkState s = new ChunkState();
        Set<String> nirs = new LinkedHashSet<>();
        lines.forEach(l -> nirs.add(l.worker.nir()));
        if (nirs.isEmpty()) {
            return s;
        }
        jdbc.query("""
                        select id, nir, birth_name, usage_name, first_names, sex, birth_date, birth_place_code
                        from registry.worker where nir = any(cast(? as bpchar[]))""",
                ps -> Columns.bindTexts(ps, 1, nirs),
                rs -> {
                    s.workers.put(rs.getString(2), new Worker(rs.getObject(1, UUID.class), new Identity(rs.getString(3),
                            rs.getString(5), rs.getString(6), rs.getObject(7, LocalDate.class).toString(),
                            rs.getString(8)), rs.getString(4)));
                });
        Columns keys = new Columns(3);
        Set<EmploymentKey> asked = new LinkedHashSet<>();
        for (BulkLine l : lines) {
            Worker w = s.workers.get(l.worker.nir());
            if (w != null && asked.add(new EmploymentKey(w.id, l.establishment.id(), l.employment.startDate()))) {
                keys.row(w.id, l.establishment.id(), l.employment.startDate());
            }
        }
        if (keys.isEmpty()) {
            return s;
        }
        List<Object[]> starts = new ArrayList<>();
        jdbc.query("""
                        select m.id, m.worker_id, m.establishment_id, m.start_date, m.contract_type, m.working_time_ratio,
                               m.end_date
                        from %s join registry.employment m
                          on m.worker_id = t.w::uuid and m.establishment_id = t.e::uuid and m.start_date = t.s::date"""
                        .formatted(Columns.unnest("w", "e", "s")),
                ps -> keys.bind(ps, 1),
                rs -> {
                    UUID id = rs.getObject(1, UUID.class);
                    LocalDate start = rs.getObject(4, LocalDate.class);
                    s.employments.put(new EmploymentKey(rs.getObject(2, UUID.class), rs.getObject(3, UUID.class), start),
                            new Employment(id, rs.getString(5), rs.getBigDecimal(6), rs.getObject(7, LocalDate.class)));
                    starts.add(new Object[] {id, start});
                });
        if (!starts.isEmpty()) {
            s.loadProfiles(jdbc, starts);
        }
        return s;
    }

    private void loadProfiles(JdbcTemplate jdbc, List<Object[]> starts) {
        Columns keys = new Columns(2);
        starts.forEach(k -> keys.row(k[0], k[1]));
        jdbc.query("""
                        select t.m::uuid, p.id, p.classification, p.emergency_group, p.radon, p.cosmic_radiation,
                               p.sector_code, p.occupation_code, p.monitoring_types,
                               (select min(q.valid_from) from registry.exposure_profile q
                                 where q.employment_id = t.m::uuid and q.valid_from > t.s::date),
                               exists (select 1 from registry.exposure_profile q where q.employment_id = t.m::uuid
                                        and q.valid_from < t.s::date and (q.valid_to is null or q.valid_to >= t.s::date))
                        from %s left join registry.exposure_profile p
                          on p.employment_id = t.m::uuid and p.valid_from = t.s::date"""
                        .formatted(Columns.unnest("m", "s")),
                ps -> keys.bind(ps, 1),
                rs -> {
                    Profile p = new Profile(rs.getObject(10, LocalDate.class), rs.getBoolean(11));
                    p.id = rs.getObject(2, UUID.class);
                    if (p.id != null) {
                        p.classification = rs.getString(3);
                        Object g = rs.getObject(4);
                        p.emergencyGroup = g == null ? null : ((Number) g).intValue();
                        p.radon = rs.getBoolean(5);
                        p.cosmicRadiation = rs.getBoolean(6);
                        p.sectorCode = rs.getString(7);
                        p.occupationCode = rs.getString(8);
                        p.types = types(rs.getArray(9));
                    }
                    profiles.put(rs.getObject(1, UUID.class), p);
                });
    }

    private static Set<String> types(Array array) throws SQLException {
        return new TreeSet<>(Arrays.asList((String[]) array.getArray()));
    }

    /** The same comparison as the single profile declaration. */
    static boolean sameProfile(Profile p, BulkLine l, Set<String> declaredTypes) {
        return l.classification.name().equals(p.classification)
                && Objects.equals(l.emergencyGroup, p.emergencyGroup)
                && l.radon == p.radon && l.cosmicRadiation == p.cosmicRadiation
                && Objects.equals(l.sectorCode, p.sectorCode) && Objects.equals(l.occupationCode, p.occupationCode)
                && declaredTypes.equals(p.types);
    }
}
