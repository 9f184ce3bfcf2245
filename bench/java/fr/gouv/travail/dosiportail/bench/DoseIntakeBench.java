package fr.gouv.travail.dosiportail.bench;

import fr.gouv.travail.dosiportail.DosiportailApplication;
import fr.gouv.travail.dosiportail.dosimetry.ItemOutcome;
import fr.gouv.travail.dosiportail.dosimetry.ItemResult;
import fr.gouv.travail.dosiportail.dosimetry.collection.ChunkTimings;
import fr.gouv.travail.dosiportail.dosimetry.collection.DoseCollection;
import fr.gouv.travail.dosiportail.identity.Actor;
import fr.gouv.travail.dosiportail.identity.ActorKind;
import fr.gouv.travail.dosiportail.journal.AccessJournal;
import fr.gouv.travail.dosiportail.journal.DataKind;
import fr.gouv.travail.dosiportail.journal.JournalAction;
import fr.gouv.travail.dosiportail.journal.JournalEntry;
import fr.gouv.travail.dosiportail.journal.Outcome;
import java.io.BufferedReader;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import javax.sql.DataSource;
import org.postgresql.PGConnection;
import org.springframework.boot.SpringApplication;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Dose intake through the real chunk path against raw COPY: {@code DoseIntakeBench [records] [chunk] [copy|unnest]}. Starts the
 * application on a fresh embedded PostgreSQL, loads a référentiel by COPY (not measured), writes a CSV file of dose
 * records, reads it on one thread while the main thread runs each chunk through {@code DoseCollection.collectChunk}
 * (validate, match, store, event, journal, commit); then dumps the stored rows, truncates the table and COPYs them
 * back raw into the same table (same indexes and constraints).
 */
public final class DoseIntakeBench {

    private static final List<DoseCollection.Item> END = List.of();

    private DoseIntakeBench() {
    }

    public static void main(String[] args) throws Exception {
        long records = args.length > 0 ? Long.parseLong(args[0]) : 1_000_000;
        int chunk = args.length > 1 ? Integer.parseInt(args[1]) : 5_000;
        Path dir = Files.createTempDirectory("dose-bench");
        String insert = args.length > 2 ? args[2] : "copy";
        String[] appArgs = {"--dosiportail.embedded-database.data-directory=" + dir.resolve("pg"), "--server.port=0",
                "--dosiportail.identity.local-idp.port=0", "--logging.level.root=WARN", "--spring.main.banner-mode=off",
                "--dosiportail.demo.enabled=false", "--dosiportail.dosimetry.collection.bulk-insert=" + insert};
        try (ConfigurableApplicationContext ctx = new SpringApplication(DosiportailApplication.class).run(appArgs)) {
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

            UUID submission = UUID.randomUUID();
            jdbc.update("""
                    insert into dosimetry.submission (id, originator, request_hash, channel, status, record_count,
                        accepted_count, quarantined_count, rejected_count, receipt_number, http_status, answer, submitted_by)
                    values (?, 'ACCREDITED_BODY:LAB-BENCH', 'bench', 'FILE', 'PROCESSED', ?, 0, 0, 0, 'DOS-BENCH-1', 0, '{}',
                        'lab-bench')""", submission, written);
            jdbc.execute("checkpoint");
            System.gc();
            Actor lab = new Actor(ActorKind.ACCREDITED_BODY, "lab-bench", "Laboratoire du banc", Optional.empty(),
                    Optional.empty(), Optional.of(DoseFile.LAB), Optional.empty(), Optional.empty(), List.of());
            var provenance = new DoseCollection.Provenance(submission, "DOS-BENCH-1", "FILE", Instant.now());
            DoseCollection collection = ctx.getBean(DoseCollection.class);
            TransactionTemplate tx = new TransactionTemplate(ctx.getBean(PlatformTransactionManager.class));
            Map<ItemOutcome, Long> outcomes = new EnumMap<>(ItemOutcome.class);
            long alreadyRecorded = 0;
            long[] readNanos = {0};
            long commitNanos = 0;
            long collectNanos = 0;
            BlockingQueue<List<DoseCollection.Item>> queue = new ArrayBlockingQueue<>(2);
            Thread reader = new Thread(() -> read(file, chunk, queue, readNanos), "csv-reader");
            t0 = System.nanoTime();
            reader.start();
            int index = 0;
            for (List<DoseCollection.Item> items = queue.take(); items != END; items = queue.take()) {
                int first = index;
                List<DoseCollection.Item> chunkItems = items;
                long c0 = System.nanoTime();
                long[] collected = {0};
                List<ItemResult> results = tx.execute(s -> {
                    List<ItemResult> r = collection.collectChunk(lab, provenance, chunkItems, first);
                    collected[0] = System.nanoTime();
                    return r;
                });
                collectNanos += collected[0] - c0;
                commitNanos += System.nanoTime() - collected[0];
                for (ItemResult r : results) {
                    outcomes.merge(r.outcome(), 1L, Long::sum);
                    alreadyRecorded += r.alreadyRecorded() ? 1 : 0;
                }
                index += items.size();
            }
            double pipeline = secs(t0);
            long stored = jdbc.queryForObject("select count(*) from dosimetry.dose_record", Long.class);
            System.out.printf("%n== chunk path (%,d records, chunks of %,d, insert by %s): %.1f s, %,.0f records/s, %,.0f stored rows/s%n",
                    index, chunk, insert, pipeline, index / pipeline, stored / pipeline);
            System.out.printf("outcomes %s (already recorded %,d); rows: dose_record %,d, quarantine %,d, journal %,d%n",
                    outcomes, alreadyRecorded, stored, count(jdbc, "dosimetry.quarantine"), count(jdbc, "journal.entry"));
            System.out.printf("phases (s): csv read+parse (reader thread) %.1f | collectChunk %.1f [", readNanos[0] / 1e9,
                    collectNanos / 1e9);
            ChunkTimings.snapshot().forEach((p, n) -> System.out.printf(" %s %.1f", p, n / 1e9));
            System.out.printf(" ] | journal append + commit %.1f%n", commitNanos / 1e9);

            journalCost(ctx, tx, lab, count(jdbc, "journal.entry"), (index + chunk - 1) / chunk);

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

    private static void read(Path file, int chunk, BlockingQueue<List<DoseCollection.Item>> queue, long[] nanos) {
        try (BufferedReader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            in.readLine(); // header
            List<DoseCollection.Item> items = new ArrayList<>(chunk);
            long t = System.nanoTime();
            for (String line = in.readLine(); line != null; line = in.readLine()) {
                items.add(DoseCsv.read(line));
                if (items.size() == chunk) {
                    nanos[0] += System.nanoTime() - t;
                    queue.put(items);
                    t = System.nanoTime();
                    items = new ArrayList<>(chunk);
                }
            }
            nanos[0] += System.nanoTime() - t;
            if (!items.isEmpty()) {
                queue.put(items);
            }
            queue.put(END);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
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
