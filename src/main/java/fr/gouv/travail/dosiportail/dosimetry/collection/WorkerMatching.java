package fr.gouv.travail.dosiportail.dosimetry.collection;

import fr.gouv.travail.dosiportail.core.Nir;
import fr.gouv.travail.dosiportail.core.Siret;
import fr.gouv.travail.dosiportail.dosimetry.DoseRecordSubmission;
import fr.gouv.travail.dosiportail.dosimetry.MonitoringKind;
import fr.gouv.travail.dosiportail.dosimetry.QuantityCode;
import fr.gouv.travail.dosiportail.dosimetry.QuarantineReason;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.text.Normalizer;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Pattern;
import javax.sql.DataSource;
import org.springframework.jdbc.core.ConnectionCallback;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Finds, for a whole chunk in one query, the worker (NIR, then name), the establishment (SIRET), the latest
 * employment there during the period and whether a classification A or B covers it. Reads the référentiel tables in
 * SQL, as the access module does. {@code PerRecordMatching} (tests) is the former one-record-at-a-time reference.
 */
@Component
class WorkerMatching {

    /** From 2024 a dose of a non-classified worker may not be recorded (outside radon and emergencies). */
    static final LocalDate CLASSIFICATION_REQUIRED_FROM = LocalDate.of(2024, 1, 1);

    /** One row per distinct (NIR, SIRET, period); the employment is the latest overlapping one, as before. */
    private static final String LOOKUP = """
            select t.i, w.id, w.birth_name, w.usage_name, w.first_names, e.id, m.id is not null,
                   m.id is not null and exists (select 1 from registry.exposure_profile p
                       where p.employment_id = m.id and p.classification in ('A', 'B')
                         and p.valid_from <= t.pe and (p.valid_to is null or p.valid_to >= t.ps))
            from unnest(?::int[], ?::bpchar[], ?::bpchar[], ?::date[], ?::date[]) as t(i, nir, siret, ps, pe)
            left join registry.worker w on w.nir = t.nir
            left join registry.establishment e on e.siret = t.siret
            left join lateral (select id from registry.employment m
                               where m.worker_id = w.id and m.establishment_id = e.id
                                 and m.start_date <= t.pe and (m.end_date is null or m.end_date >= t.ps)
                               order by m.start_date desc limit 1) m on true""";

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

    private record Key(String nir, String siret, LocalDate start, LocalDate end) {
    }

    /** The match of each record (all of them checked: NIR, SIRET and period valid), in order. */
    Match[] matchAll(List<DoseRecordSubmission> records) {
        Map<Key, Integer> keys = new HashMap<>();
        int[] keyOf = new int[records.size()];
        for (int i = 0; i < records.size(); i++) {
            DoseRecordSubmission r = records.get(i);
            Key key = new Key(new Nir(r.nir()).value(), new Siret(r.siret()).value(), r.periodStart(), r.periodEnd());
            keyOf[i] = keys.computeIfAbsent(key, k -> keys.size());
        }
        Found[] found = lookUp(keys);
        Map<UUID, String[]> folded = new HashMap<>();
        Match[] matches = new Match[records.size()];
        for (int i = 0; i < records.size(); i++) {
            matches[i] = decide(records.get(i), found[keyOf[i]], folded);
        }
        return matches;
    }

    private Found[] lookUp(Map<Key, Integer> keys) {
        int n = keys.size();
        Integer[] index = new Integer[n];
        String[] nirs = new String[n];
        String[] sirets = new String[n];
        Date[] starts = new Date[n];
        Date[] ends = new Date[n];
        keys.forEach((k, i) -> {
            index[i] = i;
            nirs[i] = k.nir();
            sirets[i] = k.siret();
            starts[i] = Date.valueOf(k.start());
            ends[i] = Date.valueOf(k.end());
        });
        Found[] found = new Found[n];
        jdbc.execute((ConnectionCallback<Void>) c -> {
            try (PreparedStatement ps = c.prepareStatement(LOOKUP)) {
                ps.setArray(1, c.createArrayOf("int4", index));
                ps.setArray(2, c.createArrayOf("bpchar", nirs));
                ps.setArray(3, c.createArrayOf("bpchar", sirets));
                ps.setArray(4, c.createArrayOf("date", starts));
                ps.setArray(5, c.createArrayOf("date", ends));
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        UUID worker = rs.getObject(2, UUID.class);
                        found[rs.getInt(1)] = new Found(worker == null ? null
                                : new WorkerRow(worker, rs.getString(3), rs.getString(4), rs.getString(5)),
                                rs.getObject(6, UUID.class), rs.getBoolean(7), rs.getBoolean(8));
                    }
                }
            }
            return null;
        });
        return found;
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
        return new String[] {fold(w.birthName()), w.usageName() == null ? null : fold(w.usageName()),
                " " + fold(w.firstNames()) + " "};
    }

    private static boolean sameName(String lastName, String firstName, String[] worker) {
        String last = fold(lastName);
        boolean lastMatches = last.equals(worker[0]) || worker[1] != null && last.equals(worker[1]);
        String first = fold(firstName);
        return lastMatches && !first.isEmpty() && worker[2].contains(" " + first + " ");
    }

    private static final Pattern MARKS = Pattern.compile("\\p{M}");
    private static final Pattern SEPARATORS = Pattern.compile("[-'’,\\s]+");

    /** Upper case, no accents, hyphens, apostrophes and commas as single spaces. */
    static String fold(String s) {
        if (s == null) {
            return "";
        }
        if (plainUpperCase(s)) {
            return s; // the usual case in lab files: nothing to fold
        }
        String noAccents = MARKS.matcher(Normalizer.normalize(s, Normalizer.Form.NFD)).replaceAll("");
        return SEPARATORS.matcher(noAccents.toUpperCase(Locale.ROOT)).replaceAll(" ").strip();
    }

    /** A-Z words separated by single spaces, nothing at either end. */
    private static boolean plainUpperCase(String s) {
        int n = s.length();
        if (n == 0 || s.charAt(0) == ' ' || s.charAt(n - 1) == ' ') {
            return n == 0;
        }
        for (int i = 0; i < n; i++) {
            char c = s.charAt(i);
            if (c == ' ' ? s.charAt(i - 1) == ' ' : c < 'A' || c > 'Z') {
                return false;
            }
        }
        return true;
    }
}
