package fr.gouv.travail.dosiportail.dosimetry.file;

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
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

/**
 * Processes one file, held by a worker: chunk after chunk from the last committed line, then marks it DONE (or
 * FAILED when the file itself can no longer be read) and leaves the queue, in the lock's own transaction.
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
        var cursor = new ChunkWriter.Cursor(job.lastLine(), job.linesRead());
        try (InputStream in = Files.newInputStream(path)) {
            LineParser parser = LineParser.of(job.format(), firstLine(path), json);
            if (job.lastLine() > 0) {
                log.info("dose file {} resumes after line {}", id, job.lastLine());
            }
            try (DoseFileReader reader = new DoseFileReader(in, job.format(), parser, job.lastLine())) {
                while (running.getAsBoolean()) {
                    List<DoseFileReader.ParsedLine> chunk = reader.next(settings.chunkLines());
                    if (chunk.isEmpty()) {
                        leaveQueue(lock, id, "DONE", null, null);
                        Files.deleteIfExists(path);
                        return;
                    }
                    writer.write(job, chunk, cursor);
                }
            }
            lock.rollback(); // stopping: the file stays queued and resumes at the next start
        } catch (IOException | UncheckedIOException e) {
            log.error("dose file {} can no longer be read after line {}", id, cursor.lastLine, e);
            leaveQueue(lock, id, "FAILED",
                    "Le fichier n’a pas pu être relu après la ligne " + cursor.lastLine + " ; les lignes précédentes "
                            + "sont enregistrées. Renvoyez les lignes suivantes dans un nouveau fichier.",
                    "The file could not be read again after line " + cursor.lastLine + "; the lines before are "
                            + "stored. Send the following lines in a new file.");
        }
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
                    update dosimetry.dose_file set status = ?, failure_fr = ?, failure_en = ?, finished_at = now()
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
                "delete from dosimetry.dose_file_job where file_id = ?")) {
            try (PreparedStatement ps = lock.prepareStatement(sql)) {
                ps.setObject(1, id);
                ps.executeUpdate();
            }
        }
        lock.commit();
    }
}
