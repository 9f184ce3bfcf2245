package fr.gouv.travail.dosiportail.dosimetry.file;

import java.util.Locale;
import java.util.Optional;

/** The two layouts of a dose file (docs/formats/dose-records.md). */
public enum FileFormat {
    CSV,
    JSONL;

    /** From a media type or a file name; empty when neither says (the content decides). */
    public static Optional<FileFormat> declared(String mediaType, String fileName) {
        String type = mediaType == null ? "" : mediaType.toLowerCase(Locale.ROOT);
        if (type.startsWith("text/csv")) {
            return Optional.of(CSV);
        }
        if (type.startsWith("application/x-ndjson") || type.startsWith("application/jsonl")
                || type.startsWith("application/x-jsonlines")) {
            return Optional.of(JSONL);
        }
        String name = fileName == null ? "" : fileName.toLowerCase(Locale.ROOT);
        if (name.endsWith(".csv")) {
            return Optional.of(CSV);
        }
        if (name.endsWith(".jsonl") || name.endsWith(".ndjson")) {
            return Optional.of(JSONL);
        }
        return Optional.empty();
    }
}
