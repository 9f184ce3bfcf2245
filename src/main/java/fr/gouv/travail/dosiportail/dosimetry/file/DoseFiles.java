package fr.gouv.travail.dosiportail.dosimetry.file;

import fr.gouv.travail.dosiportail.identity.Actor;
import fr.gouv.travail.dosiportail.platform.ApiProblem;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Consumer;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.json.JsonMapper;

/**
 * Bulk dose files: receipt (the file is kept on disk, checked, queued; the same file or idempotency key sent again
 * answers the same receipt and stores nothing), status, and the execution report. A sender sees only its own files
 * (another's answers as an unknown id); the operator sees all.
 */
@Service
public class DoseFiles {

    private final DoseFileSettings settings;
    private final DoseFileStore store;
    private final TransactionTemplate tx;
    private final JsonMapper json;
    private final DoseFileWorkers workers;
    private final Clock clock = Clock.systemUTC();

    DoseFiles(DoseFileSettings settings, DoseFileStore store, TransactionTemplate tx, JsonMapper json,
              DoseFileWorkers workers) {
        this.settings = settings;
        this.store = store;
        this.tx = tx;
        this.json = json;
        this.workers = workers;
    }

    public long maxBytes() {
        return settings.maxSize().toBytes();
    }

    /**
     * Receives a file and queues it (202); refuses it whole (400, 409, 413) when it cannot be read as a dose file.
     *
     * @param mediaType the declared type ({@code text/csv}, {@code application/x-ndjson}); null: by name or content
     */
    public DoseFileStatus receive(Actor actor, InputStream in, String mediaType, String fileName,
                                  Optional<String> idempotencyKey) {
        Staging.StagedFile staged = Staging.stage(in, settings.directory(), maxBytes());
        boolean kept = false;
        try {
            FileFormat format = FileFormat.declared(mediaType, fileName)
                    .orElse(staged.firstLine().startsWith("{") ? FileFormat.JSONL : FileFormat.CSV);
            if (staged.nonBlankLines() == 0) {
                throw FileRefusals.empty();
            }
            LineParser.of(format, staged.firstLine(), json); // a CSV header is checked now, not after queueing
            long dataLines = staged.nonBlankLines() - (format == FileFormat.CSV ? 1 : 0);
            if (dataLines == 0) {
                throw FileRefusals.headerOnly();
            }
            String originator = DoseFileStore.originator(actor);
            String name = fileName == null ? null : fileName.substring(0, Math.min(fileName.length(), 200));
            Receipt receipt;
            try {
                receipt = tx.execute(s -> {
                    Optional<UUID> known = known(originator, staged.sha256(), idempotencyKey);
                    if (known.isPresent()) {
                        return new Receipt(store.status(known.get(), null).orElseThrow(), false);
                    }
                    return new Receipt(store.insert(actor, staged, format, name, idempotencyKey.orElse(null),
                            dataLines, clock.instant()), true);
                });
            } catch (DuplicateKeyException race) { // the same file received twice at the same instant
                receipt = new Receipt(store.status(known(originator, staged.sha256(), idempotencyKey).orElseThrow(),
                        null).orElseThrow(), false);
            }
            kept = receipt.created();
            if (kept) {
                workers.wakeUp();
            }
            return receipt.status();
        } finally {
            if (!kept) {
                delete(staged);
            }
        }
    }

    private record Receipt(DoseFileStatus status, boolean created) {
    }

    private Optional<UUID> known(String originator, String sha256, Optional<String> idempotencyKey) {
        if (idempotencyKey.isPresent()) {
            var use = store.findByKey(originator, idempotencyKey.get());
            if (use.isPresent()) {
                if (!use.get().sha256().equals(sha256)) {
                    throw ApiProblem.conflict("Cette clé d’idempotence a déjà servi pour un autre fichier.",
                            "This idempotency key was already used for another file.");
                }
                return Optional.of(use.get().id());
            }
        }
        return store.findByHash(originator, sha256);
    }

    private static void delete(Staging.StagedFile staged) {
        try {
            Files.deleteIfExists(staged.path());
        } catch (IOException ignored) {
            // an unreferenced file in the directory is harmless
        }
    }

    /** The file, if the actor may see it; otherwise 404, exactly as an unknown id. */
    public DoseFileStatus status(Actor actor, UUID id) {
        return store.status(id, DoseFileStore.readerScope(actor)).orElseThrow(() -> ApiProblem.notFound(
                "Aucun fichier de résultats sous cet identifiant.", "No dose file under this identifier."));
    }

    /** The actor's latest files, newest first. */
    public List<DoseFileStatus> list(Actor actor, int limit) {
        return store.list(DoseFileStore.readerScope(actor), limit);
    }

    /** The first report lines (for a page). */
    public List<ReportLine> reportHead(Actor actor, UUID id, int limit) {
        status(actor, id);
        return store.report(id, 0, -1, limit);
    }

    /** Every report line in file order, given to {@code sink} page by page (never the whole report in memory). */
    public void report(Actor actor, UUID id, Consumer<ReportLine> sink) {
        status(actor, id);
        long line = 0;
        int seq = -1; // entries of one line are numbered 0, 1… in the table, and come in that order
        while (true) {
            List<ReportLine> page = store.report(id, line, seq, 5_000);
            if (page.isEmpty()) {
                return;
            }
            for (ReportLine r : page) {
                sink.accept(r);
                seq = r.line() == line ? seq + 1 : 0;
                line = r.line();
            }
        }
    }
}
