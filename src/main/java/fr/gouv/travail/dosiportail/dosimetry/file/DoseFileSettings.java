package fr.gouv.travail.dosiportail.dosimetry.file;

import java.nio.file.Path;
import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * Bulk dose files.
 *
 * @param directory where received files are kept until processed (they are read again after a restart)
 * @param maxSize largest file accepted (413 beyond); keep {@code spring.servlet.multipart.max-file-size} at least as big
 * @param chunkLines lines checked and stored per transaction
 * @param workers files processed at the same time
 * @param chunkWriters chunks of one file written at the same time, each in its own transaction (1: one after the
 *        other); the file's lines are read and parsed meanwhile
 * @param lineKeysInMemory natural keys of one file kept in memory to answer repeated lines (≈ 42 bytes each at
 *        most); a bigger file keeps the rest in the database, slower
 * @param pollInterval how often an idle worker looks for a queued file
 * @param processing false: files are received and queued but no worker runs (maintenance)
 */
@ConfigurationProperties("dosiportail.dose-files")
public record DoseFileSettings(
        @DefaultValue("data/dose-files") Path directory,
        @DefaultValue("2GB") DataSize maxSize,
        @DefaultValue("5000") int chunkLines,
        @DefaultValue("2") int workers,
        @DefaultValue("2") int chunkWriters,
        @DefaultValue("2000000") int lineKeysInMemory,
        @DefaultValue("2s") Duration pollInterval,
        @DefaultValue("true") boolean processing) {

    public DoseFileSettings {
        if (chunkLines < 1 || lineKeysInMemory < 0 || workers < 1 || workers > 16 || chunkWriters < 1 || chunkWriters > 16) {
            throw new IllegalArgumentException(
                    "dosiportail.dose-files: chunk-lines >= 1, line-keys-in-memory >= 0, 1 <= workers <= 16 and 1 <= chunk-writers <= 16");
        }
    }
}
