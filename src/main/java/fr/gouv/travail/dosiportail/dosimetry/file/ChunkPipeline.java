package fr.gouv.travail.dosiportail.dosimetry.file;

import java.util.List;
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
 * <p>In-file duplicates stay exact whatever the order of the commits: {@link ChunkWriter#prepare} records the first
 * line of each natural key on this (the reading) thread, in file order, before the chunk is handed to a writer.
 */
final class ChunkPipeline implements AutoCloseable {

    private final ChunkWriter writer;
    private final DoseFileStore.Job job;
    private final LineKeys keys;
    private final ExecutorService threads;
    private final Semaphore free;
    private final int writers;
    private final AtomicReference<RuntimeException> failure = new AtomicReference<>();
    private static final AtomicInteger THREADS = new AtomicInteger();

    ChunkPipeline(ChunkWriter writer, DoseFileStore.Job job, LineKeys keys, int writers) {
        this.writer = writer;
        this.job = job;
        this.keys = keys;
        this.writers = writers;
        this.free = new Semaphore(writers);
        this.threads = Executors.newFixedThreadPool(writers, r -> {
            Thread t = new Thread(r, "dose-file-chunk-" + THREADS.incrementAndGet());
            t.setDaemon(true);
            return t;
        });
    }

    /**
     * Queues the chunk's lines not yet done (waits while every writer is busy) and answers how many; rethrows the
     * failure of an earlier chunk, if any.
     */
    int submit(List<DoseFileReader.ParsedLine> lines, long firstIndex) throws InterruptedException {
        rethrow();
        ChunkWriter.Prepared chunk = writer.prepare(job, keys, lines); // in file order: duplicates name the first line
        if (chunk.lines().isEmpty()) {
            return 0;
        }
        free.acquire();
        threads.execute(() -> {
            try {
                if (failure.get() == null) {
                    writer.write(job, chunk, firstIndex);
                }
            } catch (RuntimeException e) {
                failure.compareAndSet(null, e);
            } finally {
                free.release();
            }
        });
        return chunk.lines().size();
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
