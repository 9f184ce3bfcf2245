package fr.gouv.travail.dosiportail.platform.database;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The default run keeps its data in a directory across restarts, and starts again cleanly after a {@code kill -9}
 * that left the old PostgreSQL running. Runs the real application in child processes.
 */
class EmbeddedDatabaseRecoveryTest {

    @TempDir
    Path data;

    @Test
    void keepsDataAcrossRestartsAndRecoversAfterKillNine() throws Exception {
        int httpPort = freePort();
        int pgPort = freePort();
        Process first = start(httpPort, pgPort, "first.log");
        try {
            awaitHealthy(httpPort, first, "first.log");
            execute(pgPort, "insert into registry.company (id, siren, legal_name, created_by, updated_by) "
                    + "values (gen_random_uuid(), '732829320', 'Marqueur de redémarrage', 'test', 'test')");
        } finally {
            first.destroyForcibly().waitFor(30, TimeUnit.SECONDS); // SIGKILL: postgres is left orphaned
        }
        assertThat(Files.exists(data.resolve("pg/postmaster.pid"))).as("the orphan still holds its pid file").isTrue();

        Process second = start(httpPort, pgPort, "second.log");
        try {
            awaitHealthy(httpPort, second, "second.log");
            assertThat(queryString(pgPort, "select legal_name from registry.company where siren = '732829320'"))
                    .isEqualTo("Marqueur de redémarrage");
        } finally {
            second.destroy(); // SIGTERM: a clean stop also stops postgres
            assertThat(second.waitFor(60, TimeUnit.SECONDS)).isTrue();
        }
        assertThat(Files.exists(data.resolve("pg/postmaster.pid"))).as("postgres stopped with the portal").isFalse();
    }

    private Process start(int httpPort, int pgPort, String log) throws IOException {
        String classpath = System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"));
        Path javaBin = Path.of(System.getProperty("java.home"), "bin", "java");
        return new ProcessBuilder(List.of(javaBin.toString(), "-Xmx384m", "-cp", classpath,
                "fr.gouv.travail.dosiportail.DosiportailApplication",
                "--server.port=" + httpPort,
                "--dosiportail.embedded-database.data-directory=" + data.resolve("pg"),
                "--dosiportail.embedded-database.port=" + pgPort,
                "--dosiportail.demo.enabled=false",
                "--dosiportail.identity.local-idp.port=0"))
                .redirectErrorStream(true)
                .redirectOutput(data.resolve(log).toFile())
                .start();
    }

    private void awaitHealthy(int httpPort, Process process, String log) throws Exception {
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
        long deadline = System.nanoTime() + Duration.ofSeconds(120).toNanos();
        while (System.nanoTime() < deadline) {
            if (!process.isAlive()) {
                throw new AssertionError("the portal stopped: " + tail(log));
            }
            try {
                var response = http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + httpPort + "/actuator/health")).build(),
                        HttpResponse.BodyHandlers.ofString());
                if (response.statusCode() == 200 && response.body().contains("UP")) {
                    return;
                }
            } catch (IOException notYet) {
                // not listening yet
            }
            Thread.sleep(500);
        }
        throw new AssertionError("the portal did not become healthy: " + tail(log));
    }

    private String tail(String log) throws IOException {
        List<String> lines = Files.readAllLines(data.resolve(log));
        return String.join("\n", lines.subList(Math.max(0, lines.size() - 40), lines.size()));
    }

    private static void execute(int pgPort, String sql) throws SQLException {
        try (Connection c = connect(pgPort)) {
            c.createStatement().execute(sql);
        }
    }

    private static String queryString(int pgPort, String sql) throws SQLException {
        try (Connection c = connect(pgPort); ResultSet rs = c.createStatement().executeQuery(sql)) {
            return rs.next() ? rs.getString(1) : null;
        }
    }

    private static Connection connect(int pgPort) throws SQLException {
        return DriverManager.getConnection("jdbc:postgresql://127.0.0.1:" + pgPort + "/dosiportail", "postgres", "");
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
