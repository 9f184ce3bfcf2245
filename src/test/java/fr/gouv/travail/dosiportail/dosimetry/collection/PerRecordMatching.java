package fr.gouv.travail.dosiportail.dosimetry.collection;

import fr.gouv.travail.dosiportail.core.Nir;
import fr.gouv.travail.dosiportail.core.Siret;
import fr.gouv.travail.dosiportail.dosimetry.DoseRecordSubmission;
import fr.gouv.travail.dosiportail.dosimetry.QuarantineReason;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The former matching, one record at a time (four queries per record), kept as the reference the set-based
 * {@link WorkerMatching} is checked against.
 */
final class PerRecordMatching {

    private final JdbcClient jdbc;

    PerRecordMatching(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    WorkerMatching.Match match(DoseRecordSubmission r) {
        Optional<WorkerMatching.WorkerRow> worker = jdbc.sql("""
                        select id, birth_name, usage_name, first_names from registry.worker where nir = ?""")
                .param(new Nir(r.nir()).value())
                .query((rs, n) -> new WorkerMatching.WorkerRow(rs.getObject(1, UUID.class), rs.getString(2),
                        rs.getString(3), rs.getString(4))).optional();
        if (worker.isEmpty()) {
            return failed(QuarantineReason.UNKNOWN_NIR);
        }
        if (!WorkerMatching.sameName(r.lastName(), r.firstName(), worker.get())) {
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
        if (WorkerMatching.needsClassification(r) && !classified(employment.get(), r)) {
            return failed(QuarantineReason.WORKER_NOT_CLASSIFIED);
        }
        return new WorkerMatching.Match(workerId, establishment.get(), null);
    }

    private boolean classified(UUID employment, DoseRecordSubmission r) {
        return jdbc.sql("""
                        select exists (select 1 from registry.exposure_profile
                        where employment_id = :employment and classification in ('A', 'B')
                          and valid_from <= :end and (valid_to is null or valid_to >= :start))""")
                .param("employment", employment).param("start", r.periodStart()).param("end", r.periodEnd())
                .query(Boolean.class).single();
    }

    private static WorkerMatching.Match failed(QuarantineReason reason) {
        return new WorkerMatching.Match(null, null, reason);
    }
}
