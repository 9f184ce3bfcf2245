package fr.gouv.travail.dosiportail.dosimetry.file;

import static org.assertj.core.api.Assertions.assertThat;

import fr.gouv.travail.dosiportail.core.Sex;
import fr.gouv.travail.dosiportail.registry.TestIds;
import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A real {@code kill -9} of the application in the middle of a dose file: what is committed is consistent (records,
 * quarantine and report match the counted progress, chunk by chunk), and after a restart on the same data the file
 * resumes and completes with every line stored exactly once. Runs the real application in child processes.
 */
class DoseFileKillNineTest {

    private static final int WORKERS = 40;
    private static final int LINES = 6_000;
    private static final String SIREN = "123456782"; // the demo employer's API client
    private static final String SIRET = TestIds.siret(SIREN, 21);

    @TempDir
    Path data;

    @Test
    void aFileInterruptedByKillNineResumesAndStoresEachLineExactlyOnce() throws Exception {
        int httpPort = freePort();
        int pgPort = freePort();
        int idpPort = freePort();
        String fileId;
        Process first = start(httpPort, pgPort, idpPort, "first.log");
        try {
            awaitHealthy(httpPort, first, "first.log");
            String employer = token(idpPort, "demo-employer-software", "demo-employer-software-secret");
            String lab = token(idpPort, "demo-lab", "demo-lab-secret");
            declareWorkers(httpPort, employer);
            var upload = send(httpPort, lab, "/api/v1/dose-files", "text/csv", doseFile());
            assertThat(upload.statusCode()).as(upload.body()).isEqualTo(202);
            fileId = field(upload.body(), "id");
            long deadline = System.nanoTime() + Duration.ofSeconds(120).toNanos();
            long read;
            while ((read = queryLong(pgPort, "select lines_read from dosimetry.dose_file where id = '" + fileId + "'"))
                    < 500) {
                assertThat(System.nanoTime()).as("processing started").isLessThan(deadline);
                Thread.sleep(20);
            }
            assertThat(read).as("killed in the middle of the file").isLessThan(LINES);
        } finally {
            first.destroyForcibly().waitFor(30, TimeUnit.SECONDS); // SIGKILL, mid-chunk most likely
        }
        // What the killed process left: the orphan PostgreSQL still answers. Committed chunks only, all consistent.
        long[] atKill = counts(pgPort, fileId);
        assertThat(atKill[0]).isLessThan(LINES).isEqualTo(atKill[1] + atKill[2] + atKill[3]);
        assertConsistent(pgPort, fileId);

        Process second = start(httpPort, pgPort, idpPort, "second.log");
        try {
            awaitHealthy(httpPort, second, "second.log");
            long deadline = System.nanoTime() + Duration.ofSeconds(240).toNanos();
            while (!"DONE".equals(queryString(pgPort, "select status from dosimetry.dose_file where id = '"
                    + fileId + "'"))) {
                assertThat(System.nanoTime()).as("the file completes after the restart: " + tail("second.log"))
                        .isLessThan(deadline);
                Thread.sleep(200);
            }
            assertThat(Files.readString(data.resolve("second.log"))).contains("resumes after line");
            long[] done = counts(pgPort, fileId);
            int quarantined = LINES / 10;
            int repeated = (LINES - 100) / 10;
            int rejected = LINES / 10 + repeated;
            assertThat(done).containsExactly(LINES, LINES - quarantined - rejected, quarantined, rejected);
            assertConsistent(pgPort, fileId);
            // the repeated lines name their first line, all in the first chunks, committed before the kill: the
            // resumed file knew their keys again
            String report = " from dosimetry.dose_file_report_line where file_id = '" + fileId
                    + "' and code = 'DUPLICATE_LINE'";
            assertThat(queryLong(pgPort, "select count(*)" + report)).isEqualTo(repeated);
            assertThat(queryLong(pgPort, "select count(*)" + report + " and message_en not like '%as line ' || "
                    + "((line_number - 2) % 100 + 2) || ' of the file.'")).isZero();
            assertThat(queryLong(pgPort, "select count(*) from (select dosimeter_id from dosimetry.dose_record "
                    + "group by dosimeter_id having count(*) > 1) twice")).isZero();
            assertThat(queryLong(pgPort, "select count(*) from dosimetry.dose_file_job")).isZero();
        } finally {
            second.destroy();
            assertThat(second.waitFor(60, TimeUnit.SECONDS)).isTrue();
        }
    }

    /** Lines read, accepted, quarantined, rejected. */
    private static long[] counts(int pgPort, String id) throws SQLException {
        String where = " from dosimetry.dose_file where id = '" + id + "'";
        return new long[] {queryLong(pgPort, "select lines_read" + where), queryLong(pgPort, "select accepted_count" + where),
                queryLong(pgPort, "select quarantined_count" + where), queryLong(pgPort, "select rejected_count" + where)};
    }

    /** The rows written match the counted progress exactly: no line half written, none counted without its rows. */
    private static void assertConsistent(int pgPort, String id) throws SQLException {
        long[] c = counts(pgPort, id);
        assertThat(queryLong(pgPort, "select count(*) from dosimetry.dose_record where submission_id = '" + id + "'"))
                .isEqualTo(c[1]);
        assertThat(queryLong(pgPort, "select count(*) from dosimetry.quarantine where submission_id = '" + id + "'"))
                .isEqualTo(c[2]);
        assertThat(queryLong(pgPort, "select count(distinct line_number) from dosimetry.dose_file_report_line "
                + "where file_id = '" + id + "' and outcome = 'REJECTED'")).isEqualTo(c[3]);
        assertThat(queryLong(pgPort, "select count(*) from dosimetry.dose_file_report_line where file_id = '" + id
                + "' and line_number > (select last_line from dosimetry.dose_file where id = '" + id + "')")).isZero();
    }

    /**
     * One line in ten for an unknown worker (quarantined), one in ten with a negative dose (rejected), and from the
     * 100th record on one in ten repeating the dosimeter of the record 100 before (rejected as a repeated line of one
     * of the first hundred).
     */
    private static String doseFile() {
        StringBuilder sb = new StringBuilder("nir;lastName;firstName;siret;originatorKind;originatorId;monitoringKind;"
                + "dosimeterId;periodStart;periodEnd;quantity;valueMsv;resultStatus\n");
        for (int i = 0; i < LINES; i++) {
            String nir = i % 10 == 3 ? TestIds.nir(Sex.F, 1970, 1, 900 + i % 50) : nir(i % WORKERS);
            String value = i % 10 == 7 ? "-0,1" : "0," + (i % 1000);
            sb.append(String.join(";", nir, "Bernard", "Luc", SIRET, "ACCREDITED_BODY", "DEMO-LAB-0001",
                    "EXTERNAL_PASSIVE", "D-" + (i % 10 == 5 ? i % 100 : i), "2025-01-01", "2025-01-31", "HP10", value, "RESULT")).append('\n');
        }
        return sb.toString();
    }

    private static String nir(int worker) {
        return TestIds.nir(Sex.M, 1980, 6, 100 + worker);
    }

    private static void declareWorkers(int httpPort, String employer) throws Exception {
        var establishment = send(httpPort, employer, "/api/v1/establishments", "application/json", """
                {"siret":"%s","companyName":"Centre de démonstration","name":"Site de test","addressLine":"1 rue de la Paix",
                 "postalCode":"75002","city":"Paris","nafCode":"86.10Z","activityDomain":"MED","defence":false,
                 "headLastName":"Martin","headFirstName":"Claire"}""".formatted(SIRET));
        assertThat(establishment.statusCode()).as(establishment.body()).isBetween(200, 201);
        StringBuilder csv = new StringBuilder("siret;nir;nom_naissance;prenoms;sexe;date_naissance;lieu_naissance;"
                + "type_contrat;quotite;date_debut;classement;types_suivi\n");
        for (int w = 0; w < WORKERS; w++) {
            csv.append(String.join(";", SIRET, nir(w), "Bernard", "Luc", "M", "1980-06-01", "75056", "CDI", "100",
                    "2024-01-01", "A", "EXTERNE")).append('\n');
        }
        var bulk = send(httpPort, employer, "/api/v1/workers/bulk", "text/csv", csv.toString());
        assertThat(bulk.statusCode()).as(bulk.body()).isEqualTo(200);
        assertThat(bulk.body()).contains("\"committed\":true");
    }

    private Process start(int httpPort, int pgPort, int idpPort, String log) throws IOException {
        String classpath = System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"));
        Path javaBin = Path.of(System.getProperty("java.home"), "bin", "java");
        return new ProcessBuilder(List.of(javaBin.toString(), "-Xmx384m", "-cp", classpath,
                "fr.gouv.travail.dosiportail.DosiportailApplication",
                "--server.port=" + httpPort,
                "--dosiportail.embedded-database.data-directory=" + data.resolve("pg"),
                "--dosiportail.embedded-database.port=" + pgPort,
                "--dosiportail.demo.enabled=false",
                "--dosiportail.identity.local-idp.port=" + idpPort,
                "--dosiportail.dose-files.directory=" + data.resolve("files"),
                "--dosiportail.dose-files.chunk-lines=100", "--dosiportail.dose-files.chunk-writers=2",
                "--dosiportail.dose-files.poll-interval=200ms"))
                .redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(data.resolve(log).toFile()))
                .start();
    }

    private static String token(int idpPort, String client, String secret) throws Exception {
        String basic = Base64.getEncoder().encodeToString((client + ":" + secret).getBytes(StandardCharsets.UTF_8));
        var response = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                        URI.create("http://127.0.0.1:" + idpPort + "/oauth2/token"))
                .header("Authorization", "Basic " + basic).header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("grant_type=client_credentials")).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        return field(response.body(), "access_token");
    }

    private static HttpResponse<String> send(int port, String token, String path, String type, String body)
            throws Exception {
        return HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
                .header("Authorization", "Bearer " + token).header("Content-Type", type)
                .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8)).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private static String field(String json, String name) {
        Matcher m = Pattern.compile("\"" + name + "\"\\s*:\\s*\"([^\"]+)\"").matcher(json);
        assertThat(m.find()).as(name + " in " + json).isTrue();
        return m.group(1);
    }

    private void awaitHealthy(int httpPort, Process process, String log) throws Exception {
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
        long deadline = System.nanoTime() + Duration.ofSeconds(120).toNanos();
        while (System.nanoTime() < deadline) {
            if (!process.isAlive()) {
                throw new AssertionError("the portal stopped: " + tail(log));
            }
            try {
                var response = http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + httpPort
                        + "/actuator/health")).build(), HttpResponse.BodyHandlers.ofString());
                if (response.statusCode() == 200 && response.body().contains("UP")) {
                    return;
                }
            } catch (IOException notYet) {
                // not listening yet
            }
            Thread.sleep(300);
        }
        throw new AssertionError("the portal did not become healthy: " + tail(log));
    }

    private String tail(String log) throws IOException {
        List<String> lines = new ArrayList<>(Files.readAllLines(data.resolve(log)));
        return String.join("\n", lines.subList(Math.max(0, lines.size() - 40), lines.size()));
    }

    private static long queryLong(int pgPort, String sql) throws SQLException {
        return Long.parseLong(queryString(pgPort, sql));
    }

    private static String queryString(int pgPort, String sql) throws SQLException {
        try (Connection c = DriverManager.getConnection("jdbc:postgresql://127.0.0.1:" + pgPort + "/dosiportail",
                "postgres", ""); ResultSet rs = c.createStatement().executeQuery(sql)) {
            return rs.next() ? rs.getString(1) : null;
        }
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
