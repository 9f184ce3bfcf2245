package fr.gouv.travail.dosiportail.bench;

import fr.gouv.travail.dosiportail.DosiportailApplication;
import fr.gouv.travail.dosiportail.dosimetry.collection.ChunkTimings;
import fr.gouv.travail.dosiportail.dosimetry.file.DoseFileStatus;
import fr.gouv.travail.dosiportail.dosimetry.file.DoseFiles;
import fr.gouv.travail.dosiportail.identity.Actor;
import fr.gouv.travail.dosiportail.identity.ActorKind;
import fr.gouv.travail.dosiportail.journal.AccessJournal;
import fr.gouv.travail.dosiportail.journal.DataKind;
import fr.gouv.travail.dosiportail.journal.JournalAction;
import fr.gouv.travail.dosiportail.journal.JournalEntry;
import fr.gouv.travail.dosiportail.journal.Outcome;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import javax.sql.DataSource;
import org.postgresql.PGConnection;
import org.springframework.boot.SpringApplication;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Dose intake through the real file path against raw COPY:
 * {@code DoseIntakeBench [records] [chunk] [copy|unnest] [chunk writers]}. Starts the application on a fresh embedded
 * PostgreSQL, loads a référentiel by COPY (not measured), writes a CSV file of dose records, uploads it through
 * {@code DoseFiles.receive} (what {@code POST /api/v1/dose-files} calls) and waits until {@code DoseFileWorkers} have
 * processed it (DONE), timed from the upload; then dumps the stored rows, truncates the table and COPYs them back raw
 * into the same table (same indexes and constraints).
 */
public final class DoseIntakeBench {

    private DoseIntakeBench() {
    }

    public static void main(String[] args) throws Exception {
        long records = args.length > 0 ? Long.parseLong(args[0]) : 1_000_000;
        int chunk = args.length > 1 ? Integer.parseInt(args[1]) : 5_000;
        Path dir = Files.createTempDirectory("dose-bench");
        String insert = args.length > 2 ? args[2] : "copy";
        int writers = args.length > 3 ? Integer.parseInt(args[3]) : 2;
        // "on": surveillance evaluates each chunk's workers as in production, on the same two cores;
        // "off": a do-nothing listener keeps the event log's cost, the intake is measured alone
        boolean surveillance = !(args.length > 4 && args[4].equals("off"));
        String[] appArgs = {"--dosiportail.surveillance.alerts.listen=" + surveillance,"--dosiportail.embedded-database.data-directory=" + dir.resolve("pg"), "--server.port=0",
                "--dosiportail.identity.local-idp.port=0", "--logging.level.root=WARN", "--spring.main.banner-mode=off",
                "--dosiportail.demo.enabled=false", "--dosiportail.dosimetry.collection.bulk-insert=" + insert,
                "--dosiportail.dose-files.directory=" + dir.resolve("files"), "--dosiportail.dose-files.chunk-lines=" + chunk,
                "--dosiportail.dose-files.chunk-writers=" + writers};
        SpringApplication app = new SpringApplication(DosiportailApplication.class);
        if (!surveillance) {
            app.addPrimarySources(java.util.List.of(DoseEventSink.class));
        }
        System.out.printf("surveillance listener: %s%n", surveillance ? "on (evaluates every chunk)" : "off (event sink)");
        try (ConfigurableApplicationContext ctx = app.run(appArgs)) {
            DataSource ds = ctx.getBean(DataSource.class);
            JdbcTemplate jdbc = new JdbcTemplate(ds);
            DoseFile data = new DoseFile((int) Math.max(100, records / 11));
            long t0 = System.nanoTime();
            data.writeReferentiel(dir);
            for (String table : List.of("company", "establishment", "worker", "employment", "exposure_profile")) {
                copyIn(ds, "copy registry." + table + " (" + columns(table) + ") from stdin", dir.resolve(table));
            }
            jdbc.execute("analyze");
            System.out.printf("référentiel: %,d workers, %,d establishments loaded in %.1f s%n", data.workers,
                    data.establishments, secs(t0));
            Path file = dir.resolve("doses.csv");
            t0 = System.nanoTime();
            long written = data.writeRecords(file, records, 20261128L);
            System.out.printf("%,d records written (%,d MB) in %.1f s%n", written, Files.size(file) >> 20, secs(t0));

            jdbc.execute("checkpoint");
            System.gc();
            Actor lab = new Actor(ActorKind.ACCREDITED_BODY, "lab-bench", "Laboratoire du banc", Optional.empty(),
                    Optional.empty(), Optional.of(DoseFile.LAB), Optional.empty(), Optional.empty(), List.of());
            DoseFiles files = ctx.getBean(DoseFiles.class);
            TransactionTemplate tx = new TransactionTemplate(ctx.getBean(PlatformTransactionManager.class));
            t0 = System.nanoTime();
            DoseFileStatus status; // the upload, as POST /api/v1/dose-files does it: staged, checked, queued
            try (InputStream in = Files.newInputStream(file)) {
                status = files.receive(lab, in, "text/csv", "doses.csv", Optional.empty());
            }
            double received = secs(t0);
            long lastPrint = System.nanoTime();
            while (!status.finished()) { // DoseFileWorkers process it, as for any upload
                Thread.sleep(20);
                status = files.status(lab, status.id());
                if (System.nanoTime() - lastPrint > 10_000_000_000L) {
                    lastPrint = System.nanoTime();
                    System.out.printf("  … %,d lines read after %.0f s%n", status.linesRead(), secs(t0));
                }
            }
            double pipeline = secs(t0);
            long index = status.linesRead();
            long stored = jdbc.queryForObject("select count(*) from dosimetry.dose_record", Long.class);
            System.out.printf("%n== file path (%,d records, upload to %s, chunks of %,d, %d chunk writers, insert by %s): "
                    + "%.1f s, %,.0f records/s, %,.0f stored rows/s%n", index, status.status(), chunk, writers, insert,
                    pipeline, index / pipeline, stored / pipeline);
            System.out.printf("upload (staging: copy, SHA-256, UTF-8 check, line count) %.1f s%n", received);
            System.out.printf("outcomes accepted %,d, quarantined %,d, rejected %,d; rows: dose_record %,d, quarantine %,d, "
                    + "journal %,d, report lines %,d%n", status.accepted(), status.quarantined(), status.rejected(), stored,
                    count(jdbc, "dosimetry.quarantine"), count(jdbc, "journal.entry"),
                    count(jdbc, "dosimetry.dose_file_report_line"));
            System.out.print("phases (s, summed over threads):");
            ChunkTimings.snapshot().forEach((p, n) -> System.out.printf(" %s %.1f", p, n / 1e9));
            System.out.println();

            journalCost(ctx, tx, lab, count(jdbc, "journal.entry"), (int) ((index + chunk - 1) / chunk));

            Path rows = dir.resolve("rows.copy");
            try (OutputStream out = Files.newOutputStream(rows); Connection c = ds.getConnection()) {
                c.unwrap(PGConnection.class).getCopyAPI().copyOut("copy (select * from dosimetry.dose_record) to stdout", out);
            }
            jdbc.execute("truncate dosimetry.dose_record");
            jdbc.execute("checkpoint");
            t0 = System.nanoTime();
            long copied = copyIn(ds, "copy dosimetry.dose_record from stdin", rows);
            double raw = secs(t0);
            System.out.printf("%n== raw COPY of the same %,d rows (%,d MB) into dosimetry.dose_record: %.1f s, %,.0f rows/s%n",
                    copied, Files.size(rows) >> 20, raw, copied / raw);
            System.out.printf("ratio (chunk path stored rows/s ÷ COPY rows/s): %.2f; records/s ÷ COPY rows/s: %.2f%n",
                    (stored / pipeline) / (copied / raw), (index / pipeline) / (copied / raw));
            // Diagnostic: the same COPY without the foreign keys, then without the secondary indexes either.
            jdbc.execute("truncate dosimetry.dose_record");
            for (String fk : jdbc.queryForList("select conname from pg_constraint where conrelid = "
                    + "'dosimetry.dose_record'::regclass and contype = 'f'", String.class)) {
                jdbc.execute("alter table dosimetry.dose_record drop constraint " + fk);
            }
            jdbc.execute("checkpoint");
            t0 = System.nanoTime();
            copyIn(ds, "copy dosimetry.dose_record from stdin", rows);
            double noFk = secs(t0);
            System.out.printf("diagnostic: same COPY without foreign keys: %.1f s, %,.0f rows/s%n", noFk, copied / noFk);
        } finally {
            try (var walk = Files.walk(dir)) {
                walk.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
        }
    }

    /** The same number of journal entries in as many transactions as there were chunks, against empty commits. */
    private static void journalCost(ConfigurableApplicationContext ctx, TransactionTemplate tx, Actor lab, long entries,
                                    int chunks) {
        AccessJournal journal = ctx.getBean(AccessJournal.class);
        UUID worker = new JdbcTemplate(ctx.getBean(DataSource.class))
                .queryForObject("select id from registry.worker limit 1", UUID.class);
        int perChunk = (int) Math.max(1, entries / chunks);
        long t0 = System.nanoTime();
        for (int c = 0; c < chunks; c++) {
            tx.executeWithoutResult(s -> new JdbcTemplate(ctx.getBean(DataSource.class)).execute("select 1"));
        }
        double empty = secs(t0);
        t0 = System.nanoTime();
        for (int c = 0; c < chunks; c++) {
            List<JournalEntry> batch = new ArrayList<>(perChunk);
            for (int i = 0; i < perChunk; i++) {
                batch.add(JournalEntry.of(lab, worker, DataKind.EXTERNAL_DOSE, JournalAction.WRITE, "Banc",
                        Outcome.ALLOWED, "dosimetry.submission/bench").onBehalfOf("Accréditation LAB-BENCH"));
            }
            tx.executeWithoutResult(s -> journal.recordAll(batch));
        }
        double withJournal = secs(t0);
        System.out.printf("journal: %,d chunks × %,d entries: %.2f s; the same empty transactions: %.2f s; "
                + "i.e. %.1f µs per entry%n", chunks, perChunk, withJournal, empty,
                (withJournal - empty) * 1e6 / ((long) chunks * perChunk));
    }

    private static String columns(String table) {
        return switch (table) {
            case "company" -> "id, siren, legal_name, created_by, updated_by";
            case "establishment" -> "id, company_id, siret, name, address_line, postal_code, city, naf_code, "
                    + "activity_domain_code, head_last_name, head_first_name, created_by, updated_by";
            case "worker" -> "id, nir, birth_name, usage_name, first_names, sex, birth_date, birth_place_code, "
                    + "created_by, updated_by";
            case "employment" -> "id, worker_id, establishment_id, contract_type, working_time_ratio, start_date, "
                    + "created_by, updated_by";
            default -> "id, employment_id, valid_from, classification, created_by, updated_by";
        };
    }

    private static long copyIn(DataSource ds, String sql, Path file) throws Exception {
        try (Connection c = ds.getConnection(); InputStream in = Files.newInputStream(file)) {
            return c.unwrap(PGConnection.class).getCopyAPI().copyIn(sql, in);
        }
    }

    private static long count(JdbcTemplate jdbc, String table) {
        return jdbc.queryForObject("select count(*) from " + table, Long.class);
    }

    private static double secs(long t0) {
        return (System.nanoTime() - t0) / 1e9;
    }
}
