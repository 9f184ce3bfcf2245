package fr.gouv.travail.dosiportail.platform.database;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One embedded PostgreSQL server per JVM, shared by every Spring context of that JVM (tests start many contexts).
 * Contexts take a lease and give it back when their DataSource closes; the last one out stops the server. A JVM
 * shutdown hook waits for the contexts to close first (their shutdown still needs the database, e.g. Modulith's
 * event registry), then stops the server if a context never closed.
 */
final class EmbeddedPostgresServer {

    private static final Logger log = LoggerFactory.getLogger(EmbeddedPostgresServer.class);
    private static final Duration SHUTDOWN_GRACE = Duration.ofSeconds(20);

    private static EmbeddedPostgres server;
    private static int leases;
    private static boolean hookRegistered;

    private EmbeddedPostgresServer() {
    }

    /** Leases the server kept in {@code dataDirectory}, or a throw-away one when it is empty. */
    static synchronized EmbeddedPostgres lease(Optional<Path> dataDirectory, int port) {
        if (server == null) {
            server = dataDirectory.map(dir -> startPersistent(dir, port)).orElseGet(EmbeddedPostgresServer::startEphemeral);
            registerHookOnce();
        }
        leases++;
        return server;
    }

    static synchronized void release() {
        leases--;
        if (leases <= 0) {
            stop();
        }
        EmbeddedPostgresServer.class.notifyAll();
    }

    private static void registerHookOnce() {
        if (hookRegistered) {
            return;
        }
        hookRegistered = true;
        Runtime.getRuntime().addShutdownHook(new Thread(EmbeddedPostgresServer::stopWhenContextsAreClosed, "embedded-postgres-stop"));
    }

    private static synchronized void stopWhenContextsAreClosed() {
        long deadline = System.nanoTime() + SHUTDOWN_GRACE.toNanos();
        while (server != null && leases > 0 && System.nanoTime() < deadline) {
            try {
                EmbeddedPostgresServer.class.wait(200);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                break;
            }
        }
        stop();
    }

    private static void stop() {
        if (server == null) {
            return;
        }
        try {
            server.close();
        } catch (IOException e) {
            log.warn("Embedded PostgreSQL did not stop cleanly: {}", e.getMessage());
        }
        server = null;
        leases = 0;
    }

    private static EmbeddedPostgres startEphemeral() {
        try {
            return EmbeddedPostgres.builder()
                    .setRegisterShutdownHook(false)
                    .setPGStartupWait(Duration.ofSeconds(60))
                    .setServerConfig("max_connections", "300")
                    .setServerConfig("fsync", "off")
                    .setServerConfig("synchronous_commit", "off")
                    .start();
        } catch (IOException e) {
            throw cannotStart("a temporary directory", e);
        }
    }

    private static EmbeddedPostgres startPersistent(Path dir, int port) {
        try {
            Files.createDirectories(dir);
            stopOrphan(dir);
            EmbeddedPostgres.Builder builder = EmbeddedPostgres.builder()
                    .setRegisterShutdownHook(false)
                    .setDataDirectory(dir)
                    .setCleanDataDirectory(false)
                    .setPGStartupWait(Duration.ofSeconds(60))
                    .setServerConfig("max_connections", "200");
            if (port > 0) {
                builder.setPort(port);
            }
            EmbeddedPostgres started = builder.start();
            log.info("Embedded PostgreSQL started on port {} with data in {}", started.getPort(), dir.toAbsolutePath());
            return started;
        } catch (IOException | RuntimeException e) {
            throw cannotStart(dir.toAbsolutePath().toString(), e);
        }
    }

    private static IllegalStateException cannotStart(String where, Exception e) {
        return new IllegalStateException("""
                The embedded PostgreSQL could not start in %s (%s). \
                When run as root it needs user namespaces ('unshare -U'); where they are forbidden, \
                set SPRING_DATASOURCE_URL to an external PostgreSQL instead.""".formatted(where, e.getMessage()), e);
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
            log.warn("Stopping the PostgreSQL (pid {}) left running in {} by a previous run", orphan.get().pid(), dir);
            orphan.get().destroy();
            try {
                orphan.get().onExit().get(30, TimeUnit.SECONDS);
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
