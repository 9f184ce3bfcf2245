package fr.gouv.travail.dosiportail.dosimetry.file;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import javax.sql.DataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;

/**
 * A small pool of threads that process queued files. The queue is the table {@code dosimetry.dose_file_job}: a
 * worker takes a file by locking its row ({@code FOR UPDATE SKIP LOCKED}) on a connection it keeps until the file is
 * done. If the process dies, PostgreSQL drops the connection and the lock: the file is taken again at the next
 * start (or by another instance) and resumes after its last committed chunk.
 */
@Component
class DoseFileWorkers implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(DoseFileWorkers.class);

    private final DoseFileSettings settings;
    private final DataSource dataSource;
    private final FileProcessing processing;
    private final Object signal = new Object();
    private final List<Thread> threads = new ArrayList<>();
    private volatile boolean running;

    DoseFileWorkers(DoseFileSettings settings, DataSource dataSource, FileProcessing processing) {
        this.settings = settings;
        this.dataSource = dataSource;
        this.processing = processing;
    }

    /** A file was queued: an idle worker looks at once instead of at its next poll. */
    void wakeUp() {
        synchronized (signal) {
            signal.notifyAll();
        }
    }

    @Override
    public void start() {
        running = true;
        if (!settings.processing()) {
            return;
        }
        for (int i = 1; i <= settings.workers(); i++) {
            Thread t = new Thread(this::loop, "dose-file-" + i);
            t.setDaemon(true);
            threads.add(t);
            t.start();
        }
    }

    @Override
    public void stop() {
        running = false;
        wakeUp();
        for (Thread t : threads) {
            try {
                t.join(30_000); // the chunk in progress commits or rolls back; the file resumes at the next start
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        threads.clear();
    }

    @Override
    public boolean isRunning() {
        return running;
    }

    private void loop() {
        while (running) {
            boolean worked = false;
            try {
                worked = takeOne();
            } catch (Exception e) {
                log.error("dose file worker: cannot take a file from the queue", e);
            }
            if (!worked && running) {
                synchronized (signal) {
                    try {
                        signal.wait(settings.pollInterval().toMillis());
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                        return;
                    }
                }
            }
        }
    }

    /** Takes the oldest file nobody holds and processes it; false when the queue is empty. */
    private boolean takeOne() throws SQLException {
        try (Connection lock = dataSource.getConnection()) {
            lock.setAutoCommit(false);
            try {
                UUID id = null;
                try (PreparedStatement ps = lock.prepareStatement("select file_id from dosimetry.dose_file_job "
                        + "order by queued_at limit 1 for update skip locked"); ResultSet rs = ps.executeQuery()) {
                    if (rs.next()) {
                        id = rs.getObject(1, UUID.class);
                    }
                }
                if (id == null) {
                    lock.rollback();
                    return false;
                }
                processing.process(id, lock, () -> running);
                return true;
            } catch (RuntimeException | SQLException e) {
                lock.rollback();
                throw e;
            } finally {
                lock.setAutoCommit(true);
            }
        }
    }
}
