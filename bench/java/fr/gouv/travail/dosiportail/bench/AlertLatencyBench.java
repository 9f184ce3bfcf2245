package fr.gouv.travail.dosiportail.bench;

import fr.gouv.travail.dosiportail.DosiportailApplication;
import fr.gouv.travail.dosiportail.registry.DesignationDeclaration;
import fr.gouv.travail.dosiportail.registry.DesignationRole;
import fr.gouv.travail.dosiportail.registry.RegistryDeclarations;
import fr.gouv.travail.dosiportail.registry.RegistryFixtures;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springframework.boot.SpringApplication;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Latency from a record's acceptance ({@code dose_record.received_at}) to its alert's notification rows
 * ({@code notification.created_at}): {@code AlertLatencyBench [alerts=200]}. Starts the application on a fresh
 * embedded PostgreSQL, declares one establishment with an MDT and a CRP and N workers, then sends through
 * {@code POST /api/v1/dose-records} (lab token from the local IdP) one 20.5 mSv record per worker, one after the other,
 * with Modulith's normal asynchronous listener; prints p50/p95/p99/max.
 */
public final class AlertLatencyBench {

    private AlertLatencyBench() {
    }

    public static void main(String[] args) throws Exception {
        int n = args.length > 0 ? Integer.parseInt(args[0]) : 200;
        Path dir = Files.createTempDirectory("alert-bench");
        String[] appArgs = {"--dosiportail.embedded-database.data-directory=" + dir.resolve("pg"), "--server.port=0",
                "--dosiportail.identity.local-idp.port=0", "--logging.level.root=WARN", "--spring.main.banner-mode=off",
                "--dosiportail.demo.enabled=false", "--dosiportail.rate-limit.api.per-minute=1000000",
                "--dosiportail.rate-limit.api.burst=100000"};
        try (ConfigurableApplicationContext ctx = new SpringApplication(DosiportailApplication.class).run(appArgs)) {
            JdbcTemplate jdbc = ctx.getBean(JdbcTemplate.class);
            RegistryDeclarations declarations = ctx.getBean(RegistryDeclarations.class);
            var site = new RegistryFixtures(declarations).aCompany().anEstablishment().declare();
            site.designatePhysician(LocalDate.of(2020, 1, 1));
            declarations.declareDesignation(site.company.employer, new DesignationDeclaration(site.siret,
                    DesignationRole.RADIATION_PROTECTION_ADVISER, "Lefèvre", "Anne", "crp@example.fr", null, null, null,
                    LocalDate.of(2020, 1, 1)));
            List<RegistryFixtures.WorkerBuilder> workers = new ArrayList<>();
            int warm = 20;
            for (int i = 0; i < n + warm; i++) {
                var w = site.aWorker();
                w.start = LocalDate.of(2020, 1, 1);
                workers.add(w.classifiedA().declare());
            }
            String base = "http://127.0.0.1:" + ctx.getEnvironment().getProperty("local.server.port");
            String token = token(ctx.getEnvironment().getProperty("dosiportail.identity.local-idp.issuer"));
            HttpClient client = HttpClient.newHttpClient();
            for (int i = n; i < n + warm; i++) { // warm-up: the same path, alerts of other workers, not measured
                send(client, base, token, workers.get(i), site.siret, "W" + i, "20.5", "2025-03-01", "2025-03-31");
            }
            Thread.sleep(3000);
            jdbc.update("create table bench_warm as select id from surveillance.alert");
            long t0 = System.nanoTime();
            for (int i = 0; i < n; i++) {
                send(client, base, token, workers.get(i), site.siret, "A" + i, "20.5", "2025-03-01", "2025-03-31");
            }
            double sendSecs = (System.nanoTime() - t0) / 1e9;
            long deadline = System.nanoTime() + 120_000_000_000L;
            Integer alerts = 0;
            while (System.nanoTime() < deadline
                    && (alerts = jdbc.queryForObject("select count(*) from surveillance.alert"
                    + " where id not in (select id from bench_warm)", Integer.class)) < n) {
                Thread.sleep(50);
            }
            Thread.sleep(500);
            List<Double> ms = jdbc.queryForList("""
                    select extract(epoch from (select min(n.created_at) from surveillance.notification n
                                               where n.subject_kind = 'LIMIT_ALERT' and n.subject_id = a.id)
                                              - r.received_at) * 1000
                    from surveillance.alert a
                    join surveillance.alert_step s on s.alert_id = a.id and s.seq = 1
                    join dosimetry.dose_record r on r.id = s.record_ids[1]
                    where a.id not in (select id from bench_warm)
                    order by 1""", Double.class);
            System.out.println("== in sending order (ms): " + jdbc.queryForList("""
                    select round(extract(epoch from (select min(n.created_at) from surveillance.notification n
                                               where n.subject_kind = 'LIMIT_ALERT' and n.subject_id = a.id)
                                              - r.received_at) * 1000)
                    from surveillance.alert a
                    join surveillance.alert_step s on s.alert_id = a.id and s.seq = 1
                    join dosimetry.dose_record r on r.id = s.record_ids[1]
                    where a.id not in (select id from bench_warm) order by r.received_at""", Long.class));
            System.out.printf("%n== %d records sent in %.1f s (%.0f per s); %d alerts, %d notification rows%n", n,
                    sendSecs, n / sendSecs, alerts,
                    jdbc.queryForObject("select count(*) from surveillance.notification where subject_kind = 'LIMIT_ALERT'"
                            + " and subject_id not in (select id from bench_warm)", Integer.class));
            System.out.printf("== acceptance → notification rows: p50 %.1f ms, p95 %.1f ms, p99 %.1f ms, max %.1f ms"
                    + " (goal < 1000 ms); over 1 s: %d%n", pct(ms, 50), pct(ms, 95), pct(ms, 99), ms.get(ms.size() - 1),
                    ms.stream().filter(v -> v >= 1000).count());
        } finally {
            try (var walk = Files.walk(dir)) {
                walk.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
        }
    }

    private static void send(HttpClient client, String base, String token, RegistryFixtures.WorkerBuilder w,
                             String siret, String dosimeter, String value, String from, String to) throws Exception {
        String body = """
                {"nir":"%s","lastName":"%s","firstName":"Jeanne","siret":"%s","originatorKind":"ACCREDITED_BODY",
                 "originatorId":"DEMO-LAB-0001","monitoringKind":"EXTERNAL_PASSIVE","dosimeterId":"%s-%s",
                 "bodyLocation":"WHOLE_BODY","radiationType":"PHOTONS","periodStart":"%s","periodEnd":"%s",
                 "quantity":"HP10","valueMsv":%s,"belowThreshold":false,"resultStatus":"RESULT"}"""
                .formatted(w.nir, w.birthName, siret, dosimeter, w.nir, from, to, value);
        HttpResponse<String> r = client.send(HttpRequest.newBuilder(URI.create(base + "/api/v1/dose-records"))
                .header("Authorization", "Bearer " + token).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
        if (r.statusCode() != 201) {
            throw new IllegalStateException(r.statusCode() + " " + r.body());
        }
    }

    static String token(String issuer) throws Exception {
        String basic = Base64.getEncoder().encodeToString("demo-lab:demo-lab-secret".getBytes(StandardCharsets.UTF_8));
        HttpRequest request = HttpRequest.newBuilder(URI.create(issuer + "/oauth2/token"))
                .header("Authorization", "Basic " + basic).header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("grant_type=client_credentials")).build();
        String body = HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofString()).body();
        Matcher m = Pattern.compile("\"access_token\"\\s*:\\s*\"([^\"]+)\"").matcher(body);
        if (!m.find()) {
            throw new IllegalStateException("no token from " + issuer + ": " + body);
        }
        return m.group(1);
    }

    private static double pct(List<Double> sorted, int p) {
        return sorted.get(Math.min(sorted.size() - 1, (int) Math.ceil(p / 100.0 * sorted.size()) - 1));
    }
}
