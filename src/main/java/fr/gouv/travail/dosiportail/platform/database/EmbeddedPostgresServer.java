package fr.gouv.travail.dosiportail.platform.database;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One embedded PostgreSQL server per data directory and JVM, shared by every Spring context of that JVM
 * (tests start many contexts; one server is enough). Stopped by zonky's own JVM shutdown hook.
 */
final class EmbeddedPostgresServer {

    private static final Logger log = LoggerFactory.getLogger(EmbeddedPostgresServer.class);
    private static final Map<Path, EmbeddedPostgres> SERVERS = new ConcurrentHashMap<>();
    private static EmbeddedPostgres ephemeral;

    private EmbeddedPostgresServer() {
    }

    static EmbeddedPostgres forDirectory(Path dataDirectory, int port) {
        return SERVERS.computeIfAbsent(dataDirectory.toAbsolutePath().normalize(), dir -> start(dir, port));
    }

    /** A throw-away server in a temporary directory, for tests: one per JVM, deleted when the JVM stops. */
    static synchronized EmbeddedPostgres ephemeral() {
        if (ephemeral == null) {
            try {
                ephemeral = EmbeddedPostgres.builder()
                        .setPGStartupWait(Duration.ofSeconds(60))
                        .setServerConfig("max_connections", "300")
                        .setServerConfig("fsync", "off")
                        .setServerConfig("synchronous_commit", "off")
                        .start();
            } catch (IOException e) {
                throw new IllegalStateException("The embedded PostgreSQL for tests could not start: " + e.getMessage(), e);
            }
        }
        return ephemeral;
    }

    private static EmbeddedPostgres start(Path dir, int port) {
        try {
            Files.createDirectories(dir);
            stopOrphan(dir);
            EmbeddedPostgres.Builder builder = EmbeddedPostgres.builder()
                    .setDataDirectory(dir)
                    .setCleanDataDirectory(false)
                    .setPGStartupWait(Duration.ofSeconds(60))
                    .setServerConfig("max_connections", "200")
                    .setServerConfig("fsync", "on");
            if (port > 0) {
                builder.setPort(port);
            }
            EmbeddedPostgres server = builder.start();
            log.info("Embedded PostgreSQL started on port {} with data in {}", server.getPort(), dir);
            return server;
        } catch (IOException | RuntimeException e) {
            throw new IllegalStateException("""
                    The embedded PostgreSQL could not start in %s (%s). \
                    When run as root it needs user namespaces ('unshare -U'); where they are forbidden, \
                    set SPRING_DATASOURCE_URL to an external PostgreSQL instead.""".formatted(dir, e.getMessage()), e);
        }
    }

    /** After a kill -9 the previous postgres may still hold the directory: stop it before starting again. */
    private static void stopOrphan(Path dir) throws IOException {
        Path pidFile = dir.resolve("postmaster.pid");
        if (!Files.exists(pidFile)) {
            return;
        }
        List<String> lines = Files.readAllLines(pidFile);
        Optional<ProcessHandle> orphan = lines.isEmpty() ? Optional.empty()
                : parsePid(lines.get(0)).flatMap(ProcessHandle::of).filter(ProcessHandle::isAlive);
        if (orphan.isPresent()) {
            log.warn("Stopping orphan PostgreSQL (pid {}) left in {}", orphan.get().pid(), dir);
            orphan.get().destroy();
            try {
                orphan.get().onExit().get(30, java.util.concurrent.TimeUnit.SECONDS);
            } catch (Exception e) {
                orphan.get().destroyForcibly();
            }
        }
        Files.deleteIfExists(pidFile);
    }

    private static Optional<Long> parsePid(String line) {
        try {
            return Optional.of(Long.parseLong(line.trim()));
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }

}
