package fr.gouv.travail.dosiportail.dosimetry.file;

import fr.gouv.travail.dosiportail.dosimetry.collection.ChunkTimings;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.List;
import java.util.UUID;
import java.util.function.BooleanSupplier;
import java.util.function.LongPredicate;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

/**
 * Processes one file, held by a worker: reads and parses it chunk after chunk, skipping the lines of committed chunks,
 * while {@link ChunkPipeline} writes the chunks (several at once), then marks it DONE (or FAILED when the file itself
 * can no longer be read) and leaves the queue, in the lock's own transaction.
 */
@Component
class FileProcessing {

    private static final Logger log = LoggerFactory.getLogger(FileProcessing.class);

    private final DoseFileStore store;
    private final ChunkWriter writer;
    private final DoseFileSettings settings;
    private final JsonMapper json;

    FileProcessing(DoseFileStore store, ChunkWriter writer, DoseFileSettings settings, JsonMapper json) {
        this.store = store;
        this.writer = writer;
        this.settings = settings;
        this.json = json;
    }

    void process(UUID id, Connection lock, BooleanSupplier running) throws SQLException {
        DoseFileStore.Job job = store.job(id);
        if (!job.status().equals("QUEUED") && !job.status().equals("RUNNING")) {
            leaveQueue(lock, id, null, null, null); // finished before a crash let it leave the queue
            return;
        }
        store.markRunning(id);
        Path path = Path.of(job.path());
        List<long[]> committed = store.committedChunks(id);
        long[] lastLine = {0}; // the last line handed to the writers
        try (InputStream in = Files.newInputStream(path)) {
            LineParser parser = LineParser.of(job.format(), firstLine(path), json);
            if (!committed.isEmpty()) {
                log.info("dose file {} resumes after line {} ({} chunks committed, the last ending at line {})", id,
                        contiguousEnd(committed), committed.size(), job.lastLine());
            }
            long index = job.linesRead();
            try (DoseFileReader reader = new DoseFileReader(in, job.format(), parser, skip(committed));
                 ChunkPipeline pipeline = new ChunkPipeline(writer, job, new LineKeys(settings.lineKeysInMemory()),
                         settings.chunkWriters())) {
                while (running.getAsBoolean()) {
                    long t = System.nanoTime();
                    List<DoseFileReader.ParsedLine> chunk = reader.next(settings.chunkLines());
                    ChunkTimings.lap(ChunkTimings.Phase.FILE_READ_PARSE, t);
                    if (chunk.isEmpty()) {
                        pipeline.finish();
                        leaveQueue(lock, id, "DONE", null, null);
                        Files.deleteIfExists(path);
                        return;
                    }
                    index += pipeline.submit(chunk, index);
                    lastLine[0] = chunk.get(chunk.size() - 1).number();
                }
                pipeline.finish();
            }
            lock.rollback(); // stopping: the file stays queued and resumes at the next start
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            lock.rollback();
        } catch (IOException | UncheckedIOException e) {
            log.error("dose file {} can no longer be read after line {}", id, lastLine[0], e);
            leaveQueue(lock, id, "FAILED",
                    "Le fichier n’a pas pu être relu après la ligne " + lastLine[0] + " ; les lignes précédentes "
                            + "sont enregistrées. Renvoyez les lignes suivantes dans un nouveau fichier.",
                    "The file could not be read again after line " + lastLine[0] + "; the lines before are "
                            + "stored. Send the following lines in a new file.");
        }
    }

    /** Whether a line lies in a committed chunk; asked in increasing line order (ranges sorted by first line). */
    static LongPredicate skip(List<long[]> committed) {
        int[] at = {0};
        return line -> {
            while (at[0] < committed.size() && committed.get(at[0])[1] < line) {
                at[0]++;
            }
            return at[0] < committed.size() && committed.get(at[0])[0] <= line;
        };
    }

    /** The end of the committed lines from the start of the file without a gap (0 if the first chunk is not). */
    private static long contiguousEnd(List<long[]> committed) {
        long end = 0;
        for (long[] c : committed) {
            if (end > 0 && c[0] > end + 1) {
                break; // a gap of data lines cannot be told from blank lines here: report the first run only
            }
            end = c[1];
        }
        return end;
    }

    /** The first non-blank line (the CSV header). */
    static String firstLine(Path path) throws IOException {
        try (BufferedReader r = Files.newBufferedReader(path, StandardCharsets.UTF_8)) {
            String line;
            while ((line = r.readLine()) != null) {
                if (!line.replace("\uFEFF", "").isBlank()) {
                    return line;
                }
            }
            return "";
        }
    }

    /** In the lock's transaction: the final status, the submission's counts, and the file leaves the queue. */
    private static void leaveQueue(Connection lock, UUID id, String status, String fr, String en) throws SQLException {
        if (status != null) {
            try (PreparedStatement ps = lock.prepareStatement("""
                    update dosimetry.dose_file set status = ?, failure_fr = ?, failure_en = ?,
                        finished_at = clock_timestamp() -- now() is when the lock's transaction began, before the start
                    where id = ?""")) {
                ps.setString(1, status);
                ps.setString(2, fr);
                ps.setString(3, en);
                ps.setObject(4, id);
                ps.executeUpdate();
            }
            try (PreparedStatement ps = lock.prepareStatement("""
                    update dosimetry.submission s set accepted_count = f.accepted_count,
                        quarantined_count = f.quarantined_count, rejected_count = f.rejected_count,
                        status = case when f.status = 'FAILED' then 'FAILED' else 'PROCESSED' end
                    from dosimetry.dose_file f where f.id = s.id and s.id = ?""")) {
                ps.setObject(1, id);
                ps.executeUpdate();
            }
        }
        for (String sql : List.of("delete from dosimetry.dose_file_line_key where file_id = ?",
                "delete from dosimetry.dose_file_chunk where file_id = ?",
                "delete from dosimetry.dose_file_job where file_id = ?")) {
            try (PreparedStatement ps = lock.prepareStatement(sql)) {
                ps.setObject(1, id);
                ps.executeUpdate();
            }
        }
        lock.commit();
    }
}
