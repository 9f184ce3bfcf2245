package fr.gouv.travail.dosiportail.bench;

import fr.gouv.travail.dosiportail.DosiportailApplication;
import fr.gouv.travail.dosiportail.core.Luhn;
import fr.gouv.travail.dosiportail.core.Rpps;
import fr.gouv.travail.dosiportail.dosimetry.reading.DoseHistory;
import fr.gouv.travail.dosiportail.dosimetry.reading.DoseSummaries;
import fr.gouv.travail.dosiportail.dosimetry.reading.HistoryPage;
import fr.gouv.travail.dosiportail.identity.Actor;
import fr.gouv.travail.dosiportail.identity.ActorKind;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.Callable;
import javax.sql.DataSource;
import org.springframework.boot.SpringApplication;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Reading one worker's 40-year history (500 records) at national volume: {@code DoseHistoryReadBench [records=20000000]
 * [reads=200]}. Starts the application on a fresh embedded PostgreSQL (temp directory), loads the set by SQL
 * ({@link DoseLoad}), then times the read through the reading service (as the worker's MDT: access filter in SQL,
 * journal entry) and through the HTTP endpoint (operator token from the local IdP), prints p50/p95/p99, the query
 * plan, the disk size, and the cost of the indexes to the write side (10,000 inserted records).
 */
public final class DoseHistoryReadBench {

    private DoseHistoryReadBench() {
    }

    public static void main(String[] args) throws Exception {
        long records = args.length > 0 ? Long.parseLong(args[0]) : 20_000_000L;
        int reads = args.length > 1 ? Integer.parseInt(args[1]) : 200;
        // optional third argument, to run (or profile) some phases only: service,summary,http,diag,explain (default all)
        List<String> phases = List.of((args.length > 2 ? args[2] : "service,summary,http,diag,explain").split(","));
        Path dir = Files.createTempDirectory("read-bench");
        String[] appArgs = {"--dosiportail.embedded-database.data-directory=" + dir.resolve("pg"), "--server.port=0",
                "--dosiportail.identity.local-idp.port=0", "--logging.level.root=WARN", "--spring.main.banner-mode=off",
                "--dosiportail.demo.enabled=false", "--dosiportail.rate-limit.api.per-minute=1000000",
                "--dosiportail.rate-limit.api.burst=100000"};
        long t0 = System.nanoTime();
        try (ConfigurableApplicationContext ctx = new SpringApplication(DosiportailApplication.class).run(appArgs)) {
            System.out.printf("application started in %.1f s%n", DoseLoad.secs(t0));
            DataSource ds = ctx.getBean(DataSource.class);
            JdbcTemplate jdbc = new JdbcTemplate(ds);
            t0 = System.nanoTime();
            UUID worker = DoseLoad.load(ds, records);
            System.out.printf("load total %.1f s%n", DoseLoad.secs(t0));
            System.out.println(jdbc.queryForObject("""
                    select format('dose records %s, on disk: table %s + indexes %s; database %s',
                        (select count(*) from dosimetry.dose_record),
                        pg_size_pretty(sum(pg_table_size(inhrelid))), pg_size_pretty(sum(pg_indexes_size(inhrelid))),
                        pg_size_pretty(pg_database_size(current_database())))
                    from pg_inherits where inhparent = 'dosimetry.dose_record'::regclass""", String.class));
            System.out.println(jdbc.queryForObject("""
                    select format('partitions holding data: %s (from %s to %s)', count(distinct tableoid),
                        min(period_start), max(period_start)) from dosimetry.dose_record where worker_id = ?""",
                    String.class, worker));

            String rpps = "1000000000" + Luhn.checkDigit("1000000000");
            jdbc.update("""
                    update registry.designation set rpps = ? where establishment_id =
                        (select establishment_id from registry.employment where worker_id = ?)""", rpps, worker);
            Actor mdt = new Actor(ActorKind.OCCUPATIONAL_PHYSICIAN, "bench-mdt", "MDT", Optional.empty(),
                    Optional.of(new Rpps(rpps)), Optional.empty(), Optional.empty());
            DoseHistory.Reader asMdt = new DoseHistory.Reader(mdt, "Banc d'essai", "bench");
            DoseHistory.Reader asOperator = new DoseHistory.Reader(new Actor(ActorKind.OPERATOR, "bench-operator",
                    "Exploitation", Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty()),
                    "Banc d'essai", "bench");
            DoseHistory history = ctx.getBean(DoseHistory.class);
            if (phases.contains("service")) {
                time("service, MDT, page of 500", reads, () -> page(history, asMdt, worker, 500));
                time("service, operator, page of 500", reads, () -> page(history, asOperator, worker, 500));
            }
            if (phases.contains("summary")) {
                DoseSummaries summaries = ctx.getBean(DoseSummaries.class);
                time("service, MDT, summary (3 windows)", reads,
                        () -> summaries.at(asMdt, worker, LocalDate.of(2025, 12, 31)).orElseThrow());
            }
            if (phases.contains("http")) {
                http(ctx, worker, reads);
            }
            if (phases.contains("diag")) {
                var mapper = ctx.getBean(tools.jackson.databind.json.JsonMapper.class);
                HistoryPage page = history.page(asOperator, worker, null, null, 0, 500).orElseThrow();
                time("JSON of the page of 500, in memory (application's mapper)", reads,
                        () -> mapper.writeValueAsBytes(page).length);
                time("service, operator, page of 1", reads, () -> page(history, asOperator, worker, 1));
            }
            if (!phases.contains("explain")) {
                return;
            }
            explainSummary(jdbc, worker);
            explain(jdbc, worker, "operator (no filter)", "true");
            String physician = "exists (select 1 from registry.employment acc_m where acc_m.worker_id = r.worker_id and"
                    + " acc_m.start_date <= current_date and (acc_m.end_date is null or acc_m.end_date >= current_date)"
                    + " and exists (select 1 from registry.designation acc_d where acc_d.establishment_id ="
                    + " acc_m.establishment_id and acc_d.role = 'OCCUPATIONAL_PHYSICIAN' and acc_d.rpps = '" + rpps + "'))";
            explain(jdbc, worker, "MDT (access clause inlined)", physician);
            writeSide(jdbc);
        } finally {
            try (var walk = Files.walk(dir)) {
                walk.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
        }
    }

    private static int page(DoseHistory history, DoseHistory.Reader reader, UUID worker, int size) {
        int n = history.page(reader, worker, null, null, 0, size).orElseThrow().content().size();
        if (n != size) {
            throw new IllegalStateException(n + " records");
        }
        return n;
    }

    /**
     * The same read over HTTP with an operator token: through {@link HttpClient} (HTTP/1.1, kept-alive connection,
     * body read in full; its selector and executor threads hand each answer over, which on a busy 2-core machine
     * costs several ms per request), then through a plain blocking socket ({@link RawHttp}: what the server and the
     * loopback cost), each for a page of 500 and a page of 1 (what the HTTP layer costs without the records).
     */
    private static void http(ConfigurableApplicationContext ctx, UUID worker, int reads) throws Exception {
        int port = Integer.parseInt(ctx.getEnvironment().getProperty("local.server.port"));
        String token = BulkDeclarationBench.token(ctx.getEnvironment().getProperty("dosiportail.identity.local-idp.issuer"));
        String path = "/api/v1/workers/" + worker + "/dose-records?size=";
        HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
        for (int size : new int[] {500, 1}) {
            HttpRequest get = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path + size))
                    .header("Authorization", "Bearer " + token).header("X-Purpose", "Banc d'essai").GET().build();
            time("HTTP (java.net.http.HttpClient), operator, page of " + size + " (JSON)", reads,
                    () -> {
                        HttpResponse<String> r = client.send(get, HttpResponse.BodyHandlers.ofString());
                        return checked(size, r.statusCode(), r.body());
                    });
        }
        try (RawHttp raw = new RawHttp("127.0.0.1", port)) {
            String[] headers = {"Authorization: Bearer " + token, "X-Purpose: Banc d'essai"};
            for (int size : new int[] {500, 1}) {
                time("HTTP (plain socket client), operator, page of " + size + " (JSON)", reads, () -> {
                    RawHttp.Answer a = raw.get(path + size, headers);
                    return checked(size, a.status(), a.body());
                });
            }
        }
    }

    private static int checked(int size, int status, String body) {
        if (status != 200 || !body.contains("\"size\":" + size + ",") || !body.contains("\"totalElements\":500")) {
            throw new IllegalStateException(status + " " + body.substring(0, Math.min(300, body.length())));
        }
        return body.length();
    }

    private static void time(String label, int reads, Callable<?> read) throws Exception {
        for (int i = 0; i < 20; i++) {
            read.call();
        }
        double[] ms = new double[reads];
        for (int i = 0; i < reads; i++) {
            long t = System.nanoTime();
            read.call();
            ms[i] = (System.nanoTime() - t) / 1e6;
        }
        Arrays.sort(ms);
        System.out.printf("%n== %s: %d reads after 20 warm-up: p50 %.2f ms, p95 %.2f ms, p99 %.2f ms, max %.2f ms%n",
                label, reads, pct(ms, 50), pct(ms, 95), pct(ms, 99), ms[ms.length - 1]);
    }

    private static double pct(double[] sorted, int p) {
        return sorted[Math.min(sorted.length - 1, (int) Math.ceil(p / 100.0 * sorted.length) - 1)];
    }

    private static void explain(JdbcTemplate jdbc, UUID worker, String label, String filter) {
        System.out.printf("%n== EXPLAIN (ANALYZE, BUFFERS), %s%n", label);
        jdbc.execute("set max_parallel_workers_per_gather = 0");
        jdbc.query("explain (analyze, buffers) select r.id, r.version, r.corrected, r.cancelled, r.period_start,"
                + " r.period_end, r.quantity, r.value_msv, r.below_threshold, r.threshold_msv, r.status, r.component,"
                + " r.originator_id, r.receipt_number, r.received_at, count(*) over () as total"
                + " from dosimetry.dose_component r where r.worker_id = ? and " + filter
                + " order by r.period_start desc, r.period_end desc, r.quantity, r.id limit 500",
                rs -> {
                    System.out.println(rs.getString(1));
                }, worker);
    }

    /** The summary's aggregate statement as an operator would run it (no access clause), dates inlined. */
    private static void explainSummary(JdbcTemplate jdbc, UUID worker) throws Exception {
        var statement = DoseSummaries.class.getDeclaredMethod("statement", String.class);
        statement.setAccessible(true);
        String sql = ((String) statement.invoke(null, "true")).replace(":count_operational", "false")
                .replace(":worker", "?").replace(":at", "date '2025-12-31'").replace(":r_from", "date '2025-01-01'")
                .replace(":y_from", "date '2025-01-01'");
        System.out.printf("%n== EXPLAIN (ANALYZE, BUFFERS), summary statement, operator%n");
        jdbc.execute("set max_parallel_workers_per_gather = 0");
        jdbc.query("explain (analyze, buffers) " + sql, rs -> {
            System.out.println(rs.getString(1));
        }, worker);
    }

    /** 10,000 new records in batches of 1,000 with the indexes in place: what they cost to the write side. */
    private static void writeSide(JdbcTemplate jdbc) {
        UUID submission = jdbc.queryForObject("select id from dosimetry.submission limit 1", UUID.class);
        List<Object[]> workers = jdbc.query("""
                select w.id, e.establishment_id from registry.worker w join registry.employment e on e.worker_id = w.id
                order by w.id limit 10000""", (rs, n) -> new Object[] {rs.getObject(1), rs.getObject(2)});
        LocalDate start = LocalDate.of(2026, 10, 1);
        long t0 = System.nanoTime();
        for (int from = 0; from < workers.size(); from += 1000) {
            List<Object[]> batch = new ArrayList<>();
            for (Object[] w : workers.subList(from, Math.min(workers.size(), from + 1000))) {
                batch.add(new Object[] {UUID.randomUUID(), w[0], w[1], "W-" + w[0], start, start.plusDays(30),
                        submission, Timestamp.from(Instant.now())});
            }
            jdbc.batchUpdate("""
                    insert into dosimetry.dose_record (id, worker_id, establishment_id, originator_kind, originator_id,
                        monitoring_kind, dosimeter_id, body_location, radiation_type, period_start, period_end, quantity,
                        value_msv, status, channel, submission_id, received_at, receipt_number)
                    values (?, ?, ?, 'ACCREDITED_BODY', 'LAB-W', 'EXTERNAL_PASSIVE', ?, 'WHOLE_BODY', 'PHOTONS', ?, ?,
                        'HP10', 0.1, 'RESULT', 'API', ?, ?, 'DOS-W')""", batch);
        }
        double s = DoseLoad.secs(t0);
        System.out.printf("%n== write side: %,d records inserted (JDBC batches of 1,000, FK checks on) in %.2f s,"
                + " %,.0f records/s, with indexes: %s%n", workers.size(), s, workers.size() / s,
                String.join(", ", jdbc.queryForList("select indexname from pg_indexes where schemaname = 'dosimetry'"
                        + " and tablename = 'dose_record'", String.class)));
    }
}
