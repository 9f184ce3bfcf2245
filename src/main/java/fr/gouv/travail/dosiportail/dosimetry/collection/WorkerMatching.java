package fr.gouv.travail.dosiportail.dosimetry.collection;

import fr.gouv.travail.dosiportail.core.PersonNames;

import fr.gouv.travail.dosiportail.core.Nir;
import fr.gouv.travail.dosiportail.core.Siret;
import fr.gouv.travail.dosiportail.dosimetry.DoseRecordSubmission;
import fr.gouv.travail.dosiportail.dosimetry.MonitoringKind;
import fr.gouv.travail.dosiportail.dosimetry.QuantityCode;
import fr.gouv.travail.dosiportail.dosimetry.QuarantineReason;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.Set;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import javax.sql.DataSource;
import org.springframework.jdbc.core.ConnectionCallback;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Finds, for a whole chunk in three queries (workers by NIR, establishments by SIRET, the employments of the
 * pairs found with their A/B classifications), the worker (NIR, then name), the establishment (SIRET), the latest
 * employment there during the period and whether a classification A or B covers it. Reads the référentiel tables in
 * SQL, as the access module does. {@code PerRecordMatching} (tests) is the former one-record-at-a-time reference.
 */
@Component
class WorkerMatching {

    /** From 2024 a dose of a non-classified worker may not be recorded (outside radon and emergencies). */
    static final LocalDate CLASSIFICATION_REQUIRED_FROM = LocalDate.of(2024, 1, 1);

    private static final String WORKERS = """
            select nir, id, birth_name, usage_name, first_names from registry.worker where nir = any(?::bpchar[])""";
    private static final String ESTABLISHMENTS = """
            select siret, id from registry.establishment where siret = any(?::bpchar[])""";
    /** Every employment of these (worker, establishment) pairs, with its A or B classifications. */
    private static final String EMPLOYMENTS = """
            select m.worker_id, m.establishment_id, m.id, m.start_date, m.end_date, p.valid_from, p.valid_to
            from unnest(?::uuid[], ?::uuid[]) as t(worker, establishment)
            join registry.employment m on m.worker_id = t.worker and m.establishment_id = t.establishment
            left join registry.exposure_profile p on p.employment_id = m.id and p.classification in ('A', 'B')""";

    private final JdbcTemplate jdbc;

    WorkerMatching(DataSource dataSource) {
        this.jdbc = new JdbcTemplate(dataSource);
    }

    /** The worker and establishment, or why the record cannot be matched. */
    record Match(UUID workerId, UUID establishmentId, QuarantineReason failure) {
        boolean matched() {
            return failure == null;
        }
    }

    record WorkerRow(UUID id, String birthName, String usageName, String firstNames) {
    }

    /** What the référentiel says about one (NIR, SIRET, period). */
    record Found(WorkerRow worker, UUID establishmentId, boolean employed, boolean classified) {
    }

    /** An employment and the periods during which it is classified A or B. */
    private record Employment(LocalDate start, LocalDate end, List<LocalDate[]> classified) {
        boolean overlaps(LocalDate from, LocalDate to) {
            return !start.isAfter(to) && (end == null || !end.isBefore(from));
        }
    }

    private record Pair(UUID worker, UUID establishment) {
    }

    /** The match of each record (all of them checked: NIR, SIRET and period valid), in order. */
    Match[] matchAll(List<DoseRecordSubmission> records) {
        Match[] matches = new Match[records.size()];
        if (records.isEmpty()) {
            return matches;
        }
        String[] nirs = new String[records.size()];
        String[] sirets = new String[records.size()];
        Map<String, String> canonicalNir = new HashMap<>(); // a worker's records share the NIR: read once
        Map<String, String> canonicalSiret = new HashMap<>();
        for (int i = 0; i < nirs.length; i++) {
            nirs[i] = canonicalNir.computeIfAbsent(records.get(i).nir(), n -> new Nir(n).value());
            sirets[i] = canonicalSiret.computeIfAbsent(records.get(i).siret(), n -> new Siret(n).value());
        }
        Map<String, WorkerRow> workers = new HashMap<>();
        Map<String, UUID> establishments = new HashMap<>();
        Map<Pair, Map<UUID, Employment>> employments = new HashMap<>();
        long t = System.nanoTime();
        jdbc.execute((ConnectionCallback<Void>) c -> {
            try (PreparedStatement ps = c.prepareStatement(WORKERS)) {
                ps.setArray(1, c.createArrayOf("bpchar", distinct(nirs)));
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        workers.put(rs.getString(1), new WorkerRow(rs.getObject(2, UUID.class), rs.getString(3),
                                rs.getString(4), rs.getString(5)));
                    }
                }
            }
            try (PreparedStatement ps = c.prepareStatement(ESTABLISHMENTS)) {
                ps.setArray(1, c.createArrayOf("bpchar", distinct(sirets)));
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        establishments.put(rs.getString(1), rs.getObject(2, UUID.class));
                    }
                }
            }
            Set<Pair> pairs = new HashSet<>();
            for (int i = 0; i < nirs.length; i++) {
                WorkerRow w = workers.get(nirs[i]);
                UUID e = establishments.get(sirets[i]);
                if (w != null && e != null) {
                    pairs.add(new Pair(w.id(), e));
                }
            }
            if (pairs.isEmpty()) {
                return null;
            }
            try (PreparedStatement ps = c.prepareStatement(EMPLOYMENTS)) {
                ps.setArray(1, c.createArrayOf("uuid", pairs.stream().map(Pair::worker).toArray()));
                ps.setArray(2, c.createArrayOf("uuid", pairs.stream().map(Pair::establishment).toArray()));
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        Map<UUID, Employment> ofPair = employments.computeIfAbsent(new Pair(
                                rs.getObject(1, UUID.class), rs.getObject(2, UUID.class)), p -> new HashMap<>());
                        UUID id = rs.getObject(3, UUID.class);
                        Employment m = ofPair.get(id);
                        if (m == null) {
                            m = new Employment(date(rs, 4), date(rs, 5), new ArrayList<>(1));
                            ofPair.put(id, m);
                        }
                        if (rs.getDate(6) != null) {
                            m.classified().add(new LocalDate[] {date(rs, 6), date(rs, 7)});
                        }
                    }
                }
            }
            return null;
        });
        ChunkTimings.lap(ChunkTimings.Phase.MATCH_SQL, t);
        Map<UUID, String[]> folded = new HashMap<>();
        for (int i = 0; i < matches.length; i++) {
            DoseRecordSubmission r = records.get(i);
            WorkerRow w = workers.get(nirs[i]);
            UUID e = establishments.get(sirets[i]);
            Employment latest = w == null || e == null ? null : latest(employments.get(new Pair(w.id(), e)), r);
            boolean classified = latest != null && latest.classified().stream()
                    .anyMatch(p -> !p[0].isAfter(r.periodEnd()) && (p[1] == null || !p[1].isBefore(r.periodStart())));
            matches[i] = decide(r, new Found(w, e, latest != null, classified), folded);
        }
        return matches;
    }

    /** The employment with the latest start among those overlapping the period (as {@code order by … limit 1}). */
    private static Employment latest(Map<UUID, Employment> employments, DoseRecordSubmission r) {
        if (employments == null) {
            return null;
        }
        Employment latest = null;
        for (Employment m : employments.values()) {
            if (m.overlaps(r.periodStart(), r.periodEnd()) && (latest == null || m.start().isAfter(latest.start()))) {
                latest = m;
            }
        }
        return latest;
    }

    private static LocalDate date(ResultSet rs, int column) throws java.sql.SQLException {
        java.sql.Date d = rs.getDate(column);
        return d == null ? null : d.toLocalDate();
    }

    private static String[] distinct(String[] values) {
        return new HashSet<>(Arrays.asList(values)).toArray(String[]::new);
    }

    /** The same decisions, in the same order, as the former per-record matching. */
    static Match decide(DoseRecordSubmission r, Found f, Map<UUID, String[]> folded) {
        if (f.worker() == null) {
            return failed(QuarantineReason.UNKNOWN_NIR);
        }
        WorkerRow w = f.worker();
        if (!sameName(r.lastName(), r.firstName(), folded.computeIfAbsent(w.id(), id -> folded(w)))) {
            return failed(QuarantineReason.NIR_NAME_MISMATCH);
        }
        if (f.establishmentId() == null) {
            return failed(QuarantineReason.UNKNOWN_SIRET);
        }
        if (!f.employed()) {
            return failed(QuarantineReason.NO_EMPLOYMENT_AT_DATE);
        }
        if (needsClassification(r) && !f.classified()) {
            return failed(QuarantineReason.WORKER_NOT_CLASSIFIED);
        }
        return new Match(w.id(), f.establishmentId(), null);
    }

    private static Match failed(QuarantineReason reason) {
        return new Match(null, null, reason);
    }

    static boolean needsClassification(DoseRecordSubmission r) {
        boolean radon = r.quantity() == QuantityCode.RADON || r.monitoringKind() == MonitoringKind.RADON;
        boolean emergency = r.emergencyEventId() != null
                || r.monitoringKind() == MonitoringKind.EMERGENCY_EXTRAPOLATED;
        return !radon && !emergency && !r.periodEnd().isBefore(CLASSIFICATION_REQUIRED_FROM);
    }

    /**
     * The last name is the birth or the usage name; the first name is one or more consecutive first names
     * ("Marie-Thérèse" among "Hélène Marie-Thérèse"). Case, accents, hyphens and apostrophes aside.
     */
    static boolean sameName(String lastName, String firstName, WorkerRow worker) {
        return sameName(lastName, firstName, folded(worker));
    }

    private static String[] folded(WorkerRow w) {
        return new String[] {PersonNames.fold(w.birthName()), w.usageName() == null ? null : PersonNames.fold(w.usageName()),
                " " + PersonNames.fold(w.firstNames()) + " "};
    }

    private static boolean sameName(String lastName, String firstName, String[] worker) {
        String last = PersonNames.fold(lastName);
        boolean lastMatches = last.equals(worker[0]) || worker[1] != null && last.equals(worker[1]);
        String first = PersonNames.fold(firstName);
        return lastMatches && !first.isEmpty() && worker[2].contains(" " + first + " ");
    }
}
