package fr.gouv.travail.dosiportail.dosimetry.file;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;

/**
 * Writes the chunks of one file on up to {@code writers} threads at once (each chunk in its own transaction, on its
 * own connection) while the caller reads and parses the next chunk. Chunks may commit in any order; each records its
 * line range (dosimetry.dose_file_chunk) so that a resumed file skips exactly the committed ones.
 *
 * <p>In-file duplicates stay exact: a chunk being written has not committed its line keys, so the keys of chunks in
 * flight are kept here ({@code inFlight}, key → first line) and removed only after their chunk committed. A chunk is
 * checked against it when it is submitted, before its transaction reads the committed keys: an earlier line's key is
 * then either in flight (found here) or committed (found by the query). A line is thus always answered as a
 * duplicate of the first line of the file holding its key, whatever the order in which chunks commit.
 */
final class ChunkPipeline implements AutoCloseable {

    private final ChunkWriter writer;
    private final DoseFileStore.Job job;
    private final ExecutorService threads;
    private final Semaphore free;
    private final int writers;
    private final Map<String, Long> inFlight = new ConcurrentHashMap<>();
    private final AtomicReference<RuntimeException> failure = new AtomicReference<>();
    private static final AtomicInteger THREADS = new AtomicInteger();

    ChunkPipeline(ChunkWriter writer, DoseFileStore.Job job, int writers) {
        this.writer = writer;
        this.job = job;
        this.writers = writers;
        this.free = new Semaphore(writers);
        this.threads = Executors.newFixedThreadPool(writers, r -> {
            Thread t = new Thread(r, "dose-file-chunk-" + THREADS.incrementAndGet());
            t.setDaemon(true);
            return t;
        });
    }

    /** Queues the chunk (waits while every writer is busy); rethrows the failure of an earlier chunk, if any. */
    void submit(List<DoseFileReader.ParsedLine> lines, long firstIndex) throws InterruptedException {
        free.acquire();
        rethrow();
        Map<String, Long> earlier = new HashMap<>();
        ChunkWriter.Prepared chunk = ChunkWriter.prepare(job.actor(), lines, earlier);
        Map<String, Long> own = new HashMap<>();
        for (int i = 0; i < chunk.keys().size(); i++) {
            String key = chunk.keys().get(i);
            if (key == null || own.containsKey(key)) {
                continue;
            }
            Long first = inFlight.get(key);
            if (first != null) {
                earlier.put(key, first);
            } else {
                own.put(key, lines.get(i).number());
            }
        }
        inFlight.putAll(own);
        threads.execute(() -> {
            try {
                if (failure.get() == null) {
                    writer.write(job, chunk, firstIndex);
                }
            } catch (RuntimeException e) {
                failure.compareAndSet(null, e);
            } finally {
                own.forEach(inFlight::remove); // committed (or abandoned): later chunks read them from the table
                free.release();
            }
        });
    }

    /** Waits until every queued chunk is committed; rethrows the first failure. */
    void finish() throws InterruptedException {
        free.acquire(writers);
        free.release(writers);
        rethrow();
    }

    private void rethrow() {
        RuntimeException e = failure.get();
        if (e != null) {
            throw e;
        }
    }

    /** Lets the chunks in progress end (commit or roll back), then stops the threads. */
    @Override
    public void close() {
        threads.shutdown();
        try {
            threads.awaitTermination(5, TimeUnit.MINUTES);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
