package fr.gouv.travail.dosiportail.dosimetry.collection;

import fr.gouv.travail.dosiportail.core.Nir;
import fr.gouv.travail.dosiportail.core.Siret;
import fr.gouv.travail.dosiportail.dosimetry.DoseRecordSubmission;
import fr.gouv.travail.dosiportail.dosimetry.MonitoringKind;
import fr.gouv.travail.dosiportail.dosimetry.QuantityCode;
import fr.gouv.travail.dosiportail.dosimetry.QuarantineReason;
import java.text.Normalizer;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Finds the worker (NIR, then name), the establishment (SIRET), an employment there during the period and a
 * classification that allows the record. Reads the référentiel tables in SQL, as the access module does.
 */
@Component
class WorkerMatching {

    /** From 2024 a dose of a non-classified worker may not be recorded (outside radon and emergencies). */
    static final LocalDate CLASSIFICATION_REQUIRED_FROM = LocalDate.of(2024, 1, 1);

    private final JdbcClient jdbc;

    WorkerMatching(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The worker and establishment, or why the record cannot be matched. */
    record Match(UUID workerId, UUID establishmentId, QuarantineReason failure) {
        boolean matched() {
            return failure == null;
        }
    }

    record WorkerRow(UUID id, String birthName, String usageName, String firstNames) {
    }

    Match match(DoseRecordSubmission r) {
        Optional<WorkerRow> worker = jdbc.sql("""
                        select id, birth_name, usage_name, first_names from registry.worker where nir = ?""")
                .param(new Nir(r.nir()).value())
                .query((rs, n) -> new WorkerRow(rs.getObject(1, UUID.class), rs.getString(2), rs.getString(3),
                        rs.getString(4))).optional();
        if (worker.isEmpty()) {
            return failed(QuarantineReason.UNKNOWN_NIR);
        }
        if (!sameName(r.lastName(), r.firstName(), worker.get())) {
            return failed(QuarantineReason.NIR_NAME_MISMATCH);
        }
        Optional<UUID> establishment = jdbc.sql("select id from registry.establishment where siret = ?")
                .param(new Siret(r.siret()).value()).query(UUID.class).optional();
        if (establishment.isEmpty()) {
            return failed(QuarantineReason.UNKNOWN_SIRET);
        }
        UUID workerId = worker.get().id();
        Optional<UUID> employment = jdbc.sql("""
                        select id from registry.employment
                        where worker_id = :worker and establishment_id = :establishment
                          and start_date <= :end and (end_date is null or end_date >= :start)
                        order by start_date desc limit 1""")
                .param("worker", workerId).param("establishment", establishment.get())
                .param("start", r.periodStart()).param("end", r.periodEnd()).query(UUID.class).optional();
        if (employment.isEmpty()) {
            return failed(QuarantineReason.NO_EMPLOYMENT_AT_DATE);
        }
        if (needsClassification(r) && !classified(employment.get(), r)) {
            return failed(QuarantineReason.WORKER_NOT_CLASSIFIED);
        }
        return new Match(workerId, establishment.get(), null);
    }

    private static boolean needsClassification(DoseRecordSubmission r) {
        boolean radon = r.quantity() == QuantityCode.RADON || r.monitoringKind() == MonitoringKind.RADON;
        boolean emergency = r.emergencyEventId() != null
                || r.monitoringKind() == MonitoringKind.EMERGENCY_EXTRAPOLATED;
        return !radon && !emergency && !r.periodEnd().isBefore(CLASSIFICATION_REQUIRED_FROM);
    }

    private boolean classified(UUID employment, DoseRecordSubmission r) {
        return jdbc.sql("""
                        select exists (select 1 from registry.exposure_profile
                        where employment_id = :employment and classification in ('A', 'B')
                          and valid_from <= :end and (valid_to is null or valid_to >= :start))""")
                .param("employment", employment).param("start", r.periodStart()).param("end", r.periodEnd())
                .query(Boolean.class).single();
    }

    /**
     * The last name is the birth or the usage name; the first name is one or more consecutive first names
     * ("Marie-Thérèse" among "Hélène Marie-Thérèse"). Case, accents, hyphens and apostrophes aside.
     */
    static boolean sameName(String lastName, String firstName, WorkerRow worker) {
        String last = fold(lastName);
        boolean lastMatches = last.equals(fold(worker.birthName()))
                || worker.usageName() != null && last.equals(fold(worker.usageName()));
        String first = fold(firstName);
        String firstNames = fold(worker.firstNames());
        boolean firstMatches = !first.isEmpty() && (" " + firstNames + " ").contains(" " + first + " ");
        return lastMatches && firstMatches;
    }

    /** Upper case, no accents, hyphens, apostrophes and commas as single spaces. */
    static String fold(String s) {
        if (s == null) {
            return "";
        }
        String noAccents = Normalizer.normalize(s, Normalizer.Form.NFD).replaceAll("\\p{M}", "");
        return noAccents.toUpperCase(Locale.ROOT).replaceAll("[-'’,\\s]+", " ").strip();
    }

    private static Match failed(QuarantineReason reason) {
        return new Match(null, null, reason);
    }
}
