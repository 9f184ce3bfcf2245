package fr.gouv.travail.dosiportail.bench;

import fr.gouv.travail.dosiportail.DosiportailApplication;
import fr.gouv.travail.dosiportail.demo.generation.DemoGenerator;
import fr.gouv.travail.dosiportail.demo.generation.DemoModel.Company;
import fr.gouv.travail.dosiportail.demo.generation.DemoModel.Establishment;
import fr.gouv.travail.dosiportail.identity.Actor;
import fr.gouv.travail.dosiportail.identity.ActorKind;
import fr.gouv.travail.dosiportail.registry.EstablishmentDeclaration;
import fr.gouv.travail.dosiportail.registry.RegistryDeclarations;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
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
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springframework.boot.SpringApplication;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Bulk worker declaration through the real HTTP endpoint: {@code BulkDeclarationBench [lines] [--line-by-line]
 * [--listener]}. Starts the application on a fresh embedded PostgreSQL (temp directory) with the local identity
 * provider, declares the demo generator's establishments, writes a file of about {@code lines} lines, POSTs it
 * streamed with an operator's client-credentials token, then POSTs it again (every line unchanged).
 */
public final class BulkDeclarationBench {

    private static final long SEED = 20261128L;
    private static final LocalDate REFERENCE = LocalDate.of(2026, 11, 1);

    private BulkDeclarationBench() {
    }

    public static void main(String[] args) throws Exception {
        int lines = args.length > 0 && !args[0].startsWith("--") ? Integer.parseInt(args[0]) : 100_000;
        List<String> flags = List.of(args);
        Path dir = Files.createTempDirectory("bulk-bench");
        List<String> appArgs = new ArrayList<>(List.of("--dosiportail.embedded-database.data-directory=" + dir.resolve("pg"),
                "--server.port=0", "--dosiportail.identity.local-idp.port=0", "--logging.level.root=WARN",
                "--spring.main.banner-mode=off", "--dosiportail.demo.enabled=false"));
        if (flags.contains("--line-by-line")) {
            appArgs.add("--dosiportail.registry.bulk.line-by-line=true");
        }
        SpringApplication app = new SpringApplication(DosiportailApplication.class);
        if (flags.contains("--listener")) {
            app.addPrimarySources(List.of(BenchListener.class));
        }
        long t0 = System.nanoTime();
        try (ConfigurableApplicationContext ctx = app.run(appArgs.toArray(String[]::new))) {
            System.out.printf("application started in %.1f s (%s)%n", secs(t0), String.join(" ", flags));
            t0 = System.nanoTime();
            int establishments = declareEstablishments(ctx.getBean(RegistryDeclarations.class), lines);
            System.out.printf("%,d establishments declared in %.1f s%n", establishments, secs(t0));
            Path file = dir.resolve("workers.csv");
            t0 = System.nanoTime();
            long written = GenerateWorkerFile.write(lines, SEED, REFERENCE, file);
            System.out.printf("%,d lines written (%,d bytes) in %.1f s%n", written, Files.size(file), secs(t0));

            String base = "http://127.0.0.1:" + ctx.getEnvironment().getProperty("local.server.port");
            String token = token(ctx.getEnvironment().getProperty("dosiportail.identity.local-idp.issuer"));
            JdbcTemplate jdbc = ctx.getBean(JdbcTemplate.class);
            post("first load", base, token, file, written, jdbc);
            post("re-send (all unchanged)", base, token, file, written, jdbc);
        } finally {
            deleteQuietly(dir);
        }
    }

    private static void post(String label, String base, String token, Path file, long lines, JdbcTemplate jdbc)
            throws Exception {
        System.gc();
        ManagementFactory.getMemoryPoolMXBeans().forEach(MemoryPoolMXBean::resetPeakUsage);
        long before = ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
        HttpRequest request = HttpRequest.newBuilder(URI.create(base + "/api/v1/workers/bulk?mode=all-or-nothing"))
                .header("Content-Type", "text/csv").header("Authorization", "Bearer " + token)
                .POST(HttpRequest.BodyPublishers.ofFile(file)).build();
        long t0 = System.nanoTime();
        HttpResponse<String> response = HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofString());
        double s = secs(t0);
        long peak = ManagementFactory.getMemoryPoolMXBeans().stream().filter(p -> p.getType() == MemoryType.HEAP)
                .mapToLong(p -> p.getPeakUsage().getUsed()).sum();
        String body = response.body();
        System.out.printf("%n== %s: HTTP %d%n", label, response.statusCode());
        System.out.printf("report: %s%n", body.length() > 300 ? body.substring(0, 300) + "…" : body);
        System.out.printf("lines %,d  seconds %.1f  lines/s %,.0f%n", lines, s, lines / s);
        System.out.printf("heap used before %d MiB, peak (sum of heap pools' peaks) %d MiB, max heap %d MiB%n",
                before >> 20, peak >> 20, Runtime.getRuntime().maxMemory() >> 20);
        for (String table : List.of("registry.worker", "registry.employment", "registry.exposure_profile",
                "registry.identity_discrepancy", "registry.row_history", "event_publication")) {
            System.out.printf("rows in %s: %,d%n", table, jdbc.queryForObject("select count(*) from " + table, Long.class));
        }
        jdbc.query("select listener_id, count(*), count(completion_date) from event_publication group by 1 order by 1",
                rs -> {
                    System.out.printf("  publications for %s: %,d (%,d completed)%n", rs.getString(1), rs.getLong(2),
                            rs.getLong(3));
                });
    }

    static int declareEstablishments(RegistryDeclarations declarations, int lines) {
        Actor operator = new Actor(ActorKind.OPERATOR, "bench-operator", "Banc d'essai", Optional.empty(),
                Optional.empty(), Optional.empty(), Optional.empty());
        int count = 0;
        // the same generator (seed, size, date) as the file: same companies and establishments
        for (Company c : new DemoGenerator(SEED, lines, REFERENCE)) {
            for (Establishment e : c.establishments()) {
                declarations.declareEstablishment(operator, new EstablishmentDeclaration(e.siret(), c.legalName(),
                        e.name(), e.addressLine(), e.postalCode(), e.city(), e.cityInseeCode(), e.nafCode(),
                        e.domainCode(), e.defence(), e.headLastName(), e.headFirstName(), e.headEmail()));
                count++;
            }
        }
        return count;
    }

    static String token(String issuer) throws Exception {
        String basic = Base64.getEncoder().encodeToString("demo-operator:demo-operator-secret".getBytes(StandardCharsets.UTF_8));
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

    private static double secs(long t0) {
        return (System.nanoTime() - t0) / 1e9;
    }

    private static void deleteQuietly(Path dir) {
        try (var walk = Files.walk(dir)) {
            walk.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (Exception ignored) {
            // a temp directory
        }
    }
}
