package fr.gouv.travail.dosiportail.bench;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import javax.sql.DataSource;

/**
 * Loads a national-size dose set by SQL alone: 1,000 companies, 10,000 establishments each with an MDT, 390,000
 * workers each employed since 1986, and exactly {@code records} dose records spread over 1986–2026 (monthly passive
 * results, one career window of 51–52 months per worker; one worker, the one the benchmark reads, has exactly 500
 * records over 40 years). Fast path: foreign-key triggers off for the loading session (session_replication_role =
 * replica), the dose_record constraints and indexes dropped, INSERT … SELECT generate_series, then indexes rebuilt.
 */
final class DoseLoad {

    static final int WORKERS = 390_000;
    static final int ESTABLISHMENTS = 10_000;
    /** The worker the benchmark reads (its RPPS-designated MDT is that of establishment 1). */
    static final String READ_NIR = "199999999999999";

    private DoseLoad() {
    }

    /** Returns the id of the worker with 500 records. */
    static UUID load(DataSource ds, long records) throws Exception {
        try (Connection c = ds.getConnection(); Statement s = c.createStatement()) {
            c.setAutoCommit(true);
            for (String set : List.of("session_replication_role = replica", "synchronous_commit = off",
                    "maintenance_work_mem = '1GB'", "work_mem = '256MB'", "max_parallel_maintenance_workers = 1")) {
                s.execute("set " + set);
            }
            s.execute("alter system set max_wal_size = '16GB'");
            s.execute("alter system set checkpoint_timeout = '30min'");
            s.execute("select pg_reload_conf()");
            long t0 = System.nanoTime();
            s.execute("""
                    insert into registry.company (id, siren, legal_name, created_by, updated_by)
                    select gen_random_uuid(), lpad(g::text, 9, '0'), 'Société ' || g, 'bench', 'bench'
                    from generate_series(1, 1000) g""");
            s.execute("""
                    insert into registry.establishment (id, company_id, siret, name, address_line, postal_code, city,
                        city_insee_code, naf_code, activity_domain_code, head_last_name, head_first_name, created_by,
                        updated_by)
                    select gen_random_uuid(), c.id, c.siren || lpad(e::text, 5, '0'), 'Site ' || e, '1 rue de la Paix',
                        '69003', 'Lyon', '69383', '86.10Z', 'MED', 'Martin', 'Claire', 'bench', 'bench'
                    from registry.company c cross join generate_series(1, 10) e""");
            s.execute("create temp table bench_est as select row_number() over (order by siret) as n, id"
                    + " from registry.establishment");
            s.execute("""
                    insert into registry.designation (id, establishment_id, role, last_name, first_name, rpps,
                        valid_from, created_by, updated_by)
                    select gen_random_uuid(), id, 'OCCUPATIONAL_PHYSICIAN', 'Médecin', 'Paul',
                        lpad((10000000000 + n)::text, 11, '0'), date '1986-01-01', 'bench', 'bench' from bench_est""");
            s.execute("""
                    create temp table bench_worker as
                    select g as k, case when g = 0 then '%s' else '1' || lpad(g::text, 14, '0') end as nir,
                        gen_random_uuid() as id, e.id as est
                    from generate_series(0, %d) g join bench_est e on e.n = 1 + g %% %d""".formatted(READ_NIR,
                    WORKERS - 1, ESTABLISHMENTS));
            s.execute("""
                    insert into registry.worker (id, nir, birth_name, first_names, sex, birth_date, birth_place_code,
                        created_by, updated_by)
                    select id, nir, 'Nom' || k, 'Camille', 'F', date '1960-01-01', '75056', 'bench', 'bench'
                    from bench_worker""");
            s.execute("""
                    insert into registry.employment (id, worker_id, establishment_id, contract_type, working_time_ratio,
                        start_date, created_by, updated_by)
                    select gen_random_uuid(), id, est, 'CDI', 100, date '1986-01-01', 'bench', 'bench' from bench_worker""");
            UUID submission = UUID.randomUUID();
            s.execute(("insert into dosimetry.submission (id, originator, request_hash, channel, status, record_count,"
                    + " accepted_count, quarantined_count, rejected_count, receipt_number, http_status, answer,"
                    + " submitted_by) values ('%s', 'bench', 'h', 'FILE', 'PROCESSED', 0, 0, 0, 0, 'BENCH', 200, '{}',"
                    + " 'bench')").formatted(submission));
            System.out.printf("référentiel (%,d workers, %,d establishments) in %.1f s%n", WORKERS, ESTABLISHMENTS,
                    secs(t0));

            List<String> rebuild = dropConstraintsAndIndexes(s);
            t0 = System.nanoTime();
            long others = records - 500;
            long perWorker = others / (WORKERS - 1);
            long extra = others % (WORKERS - 1);
            // worker k (1..389,999): 51 or 52 consecutive months from a start spread over 1986-01..2026-11
            s.execute("""
                    insert into dosimetry.dose_record (id, worker_id, establishment_id, originator_kind, originator_id,
                        monitoring_kind, dosimeter_id, body_location, radiation_type, period_start, period_end, quantity,
                        value_msv, below_threshold, threshold_msv, status, channel, submission_id, received_at,
                        receipt_number)
                    select gen_random_uuid(), w.id, w.est, 'ACCREDITED_BODY', 'LAB-' || (w.k %% 12), 'EXTERNAL_PASSIVE',
                        'D' || w.k, 'WHOLE_BODY', 'PHOTONS', p.s, (p.s + interval '1 month' - interval '1 day')::date,
                        'HP10', case when (w.k + m) %% 4 = 0 then 0 else ((w.k * 7 + m) %% 400) / 1000.0 end,
                        (w.k + m) %% 4 = 0, case when (w.k + m) %% 4 = 0 then 0.05 end, 'RESULT', 'FILE', '%s',
                        p.s + interval '40 days', 'DOS-' || extract(year from p.s) || '-' || lpad((w.k %% 100000)::text, 8, '0')
                    from bench_worker w
                    cross join lateral generate_series(0, %d + case when w.k <= %d then 1 else 0 end - 1) m
                    cross join lateral (select (date '1986-01-01' + make_interval(months => ((w.k * 37) %% 440)::int + m))::date as s) p
                    where w.k > 0""".formatted(submission, perWorker, extra));
            // the read worker: 480 monthly Hp(10) 1986-2025 and 20 quarterly Hp(0.07) 2021-2025 = 500
            s.execute("""
                    insert into dosimetry.dose_record (id, worker_id, establishment_id, originator_kind, originator_id,
                        monitoring_kind, dosimeter_id, body_location, radiation_type, period_start, period_end, quantity,
                        value_msv, below_threshold, threshold_msv, status, channel, submission_id, received_at,
                        receipt_number)
                    select gen_random_uuid(), w.id, w.est, 'ACCREDITED_BODY', 'LAB-1', 'EXTERNAL_PASSIVE',
                        case when q.quantity = 'HP10' then 'D0' else 'R0' end, q.location, 'PHOTONS', q.s, q.e,
                        q.quantity, 0.120, false, null, 'RESULT', 'FILE', '%s', q.e + 20, 'DOS-READ'
                    from bench_worker w, (
                        select 'HP10' as quantity, 'WHOLE_BODY' as location, s::date as s,
                               (s + interval '1 month' - interval '1 day')::date as e
                        from generate_series(date '1986-01-01', date '2025-12-01', interval '1 month') s
                        union all
                        select 'HP007', 'EXTREMITY', s::date, (s + interval '3 months' - interval '1 day')::date
                        from generate_series(date '2021-01-01', date '2025-10-01', interval '3 months') s) q
                    where w.k = 0""".formatted(submission));
            System.out.printf("%,d dose records inserted in %.1f s%n", records, secs(t0));
            t0 = System.nanoTime();
            for (String ddl : rebuild) {
                long t1 = System.nanoTime();
                s.execute(ddl);
                System.out.printf("  %.1f s  %s%n", secs(t1), ddl.length() > 110 ? ddl.substring(0, 110) + "…" : ddl);
            }
            System.out.printf("constraints and indexes rebuilt in %.1f s%n", secs(t0));
            t0 = System.nanoTime();
            s.execute("vacuum (analyze) dosimetry.dose_record");
            s.execute("analyze registry.worker");
            s.execute("analyze registry.employment");
            s.execute("analyze registry.designation");
            s.execute("analyze registry.establishment");
            System.out.printf("vacuum analyze in %.1f s%n", secs(t0));
            s.execute("set session_replication_role = origin");
            try (ResultSet rs = s.executeQuery("select id from registry.worker where nir = '" + READ_NIR + "'")) {
                rs.next();
                return rs.getObject(1, UUID.class);
            }
        }
    }

    /** Drops the primary key, unique key and indexes of dose_record; returns the DDL that recreates them. */
    private static List<String> dropConstraintsAndIndexes(Statement s) throws Exception {
        List<String> rebuild = new ArrayList<>();
        List<String> drop = new ArrayList<>();
        try (ResultSet rs = s.executeQuery("""
                select conname, pg_get_constraintdef(oid) from pg_constraint
                where conrelid = 'dosimetry.dose_record'::regclass and contype in ('p', 'u')""")) {
            while (rs.next()) {
                drop.add("alter table dosimetry.dose_record drop constraint " + rs.getString(1));
                rebuild.add("alter table dosimetry.dose_record add constraint " + rs.getString(1) + " " + rs.getString(2));
            }
        }
        try (ResultSet rs = s.executeQuery("""
                select indexrelid::regclass::text, pg_get_indexdef(indexrelid) from pg_index
                where indrelid = 'dosimetry.dose_record'::regclass
                  and indexrelid not in (select conindid from pg_constraint
                                         where conrelid = 'dosimetry.dose_record'::regclass)""")) {
            while (rs.next()) {
                drop.add("drop index " + rs.getString(1));
                // pg_get_indexdef says "ON ONLY" for a partitioned index: that would not build the partitions' ones
                rebuild.add(rs.getString(2).replace(" ON ONLY ", " ON "));
            }
        }
        for (String ddl : drop) {
            s.execute(ddl);
        }
        return rebuild;
    }

    static double secs(long t0) {
        return (System.nanoTime() - t0) / 1e9;
    }
}
