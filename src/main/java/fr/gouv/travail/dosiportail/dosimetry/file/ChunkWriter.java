package fr.gouv.travail.dosiportail.dosimetry.file;

import fr.gouv.travail.dosiportail.dosimetry.DoseRecordSubmission;
import fr.gouv.travail.dosiportail.dosimetry.ItemOutcome;
import fr.gouv.travail.dosiportail.dosimetry.ItemResult;
import fr.gouv.travail.dosiportail.dosimetry.OriginatorKind;
import fr.gouv.travail.dosiportail.dosimetry.QuarantineReason;
import fr.gouv.travail.dosiportail.dosimetry.collection.ChunkTimings;
import fr.gouv.travail.dosiportail.dosimetry.collection.DoseCollection;
import fr.gouv.travail.dosiportail.identity.Actor;
import fr.gouv.travail.dosiportail.identity.ActorKind;
import fr.gouv.travail.dosiportail.platform.FieldProblem;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.ConcurrencyFailureException;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Writes one chunk of a file in one transaction: its records (through {@link DoseCollection#collectChunk}, the API's
 * checks and storage), its report lines and the file's progress. Either all of it commits or none: a line is never
 * half written, and a chunk is never counted without its records.
 */
@Component
class ChunkWriter {

    private static final Logger log = LoggerFactory.getLogger(ChunkWriter.class);

    private final DoseCollection collection;
    private final DoseFileStore store;
    private final TransactionTemplate tx;

    ChunkWriter(DoseCollection collection, DoseFileStore store, TransactionTemplate tx) {
        this.collection = collection;
        this.store = store;
        this.tx = tx;
    }

    /** A chunk ready to write: its lines and their items (other originators' lines and duplicates refused). */
    record Prepared(List<DoseFileReader.ParsedLine> lines, List<DoseCollection.Item> items) {

        Prepared line(int i) {
            return new Prepared(List.of(lines.get(i)), List.of(items.get(i)));
        }

        long firstLine() {
            return lines.get(0).number();
        }

        long lastLine() {
            return lines.get(lines.size() - 1).number();
        }
    }

    /**
     * Refuses other originators' lines, and answers a line whose natural key an earlier line of the file holds as a
     * duplicate of that line. Called in file order by the file's reader, before the chunk is written, with every line
     * read (those of committed chunks too, flagged done, so that a resumed file knows their keys again); returns the
     * lines still to write. Keys are kept in {@code known}; once it is full, in dosimetry.dose_file_line_key (one
     * lookup and one insert per chunk), where a key left by a chunk that did not commit names that very line, which
     * is then not a duplicate of itself when the file resumes.
     */
    Prepared prepare(DoseFileStore.Job job, LineKeys known, List<DoseFileReader.ParsedLine> lines) {
        long t = System.nanoTime();
        List<DoseCollection.Item> items = new ArrayList<>(lines.size());
        List<UUID> keys = new ArrayList<>(lines.size());
        for (DoseFileReader.ParsedLine line : lines) {
            DoseCollection.Item item = ownOnly(job.actor(), line.item());
            items.add(item);
            keys.add(item.record() == null ? null : naturalKey(item.record()));
        }
        Map<UUID, Long> kept = new HashMap<>(); // keys beyond the memory: in the table
        if (known.mayOverflow(lines.size())) {
            kept.putAll(store.seenKeys(job.id(), keys.stream().filter(k -> k != null && known.firstLine(k) == 0)
                    .distinct().toList()));
        }
        List<UUID> newKeys = new ArrayList<>();
        List<Long> newKeyLines = new ArrayList<>();
        List<DoseFileReader.ParsedLine> toWrite = new ArrayList<>(lines.size());
        List<DoseCollection.Item> toWriteItems = new ArrayList<>(lines.size());
        for (int i = 0; i < items.size(); i++) {
            UUID key = keys.get(i);
            long number = lines.get(i).number();
            long first = key == null ? number : known.firstLine(key);
            if (first == 0) {
                first = kept.getOrDefault(key, 0L);
            }
            if (first == 0 && !known.add(key, number)) {
                kept.put(key, number);
                newKeys.add(key);
                newKeyLines.add(number);
            } else if (first != 0 && first != number) {
                items.set(i, new DoseCollection.Item(null, items.get(i).rawJson(), List.of(new FieldProblem(
                        "dosimeterId", "DUPLICATE_LINE",
                        "Même dosimètre, même période et même grandeur que la ligne " + first + " du fichier.",
                        "Same dosimeter, period and quantity as line " + first + " of the file."))));
            }
            if (!lines.get(i).done()) {
                toWrite.add(lines.get(i));
                toWriteItems.add(items.get(i));
            }
        }
        store.insertKeys(job.id(), newKeys, newKeyLines);
        ChunkTimings.lap(ChunkTimings.Phase.FILE_LINE_KEYS, t);
        return new Prepared(toWrite, toWriteItems);
    }

    /**
     * Writes the chunk in one transaction. A conflict with another transaction (a natural key or a line key committed
     * meanwhile, a deadlock) is retried once whole, the transaction then sees what the other committed; any other
     * failure of the chunk as a whole (a database fault) writes its lines one by one.
     */
    void write(DoseFileStore.Job job, Prepared chunk, long firstIndex) {
        try {
            try {
                commit(job, chunk, firstIndex);
            } catch (DuplicateKeyException | ConcurrencyFailureException conflict) {
                log.info("dose file {}: chunk from line {} met a concurrent write, retried", job.id(),
                        chunk.firstLine());
                commit(job, chunk, firstIndex);
            }
        } catch (ProgressMoved e) {
            throw e;
        } catch (RuntimeException e) {
            log.warn("dose file {}: chunk from line {} failed as a whole, retried line by line", job.id(),
                    chunk.firstLine(), e);
            for (int i = 0; i < chunk.lines().size(); i++) {
                DoseFileReader.ParsedLine line = chunk.lines().get(i);
                try {
                    commit(job, chunk.line(i), firstIndex + i);
                } catch (ProgressMoved moved) {
                    throw moved;
                } catch (RuntimeException lineFault) {
                    log.warn("dose file {}: line {} could not be stored", job.id(), line.number(), lineFault);
                    var failed = new DoseCollection.Item(null, line.item().rawJson(), List.of(new FieldProblem("",
                            "PROCESSING_ERROR", "La ligne n’a pas pu être enregistrée (erreur interne) : renvoyez-la.",
                            "The line could not be stored (internal error): send it again.")));
                    commit(job, new Prepared(List.of(line), List.of(failed)), firstIndex + i);
                }
            }
        }
    }

    /** Another worker moved the progress: this one must stop, its transaction is rolled back. */
    static final class ProgressMoved extends RuntimeException {
        ProgressMoved(String message) {
            super(message);
        }
    }

    private void commit(DoseFileStore.Job job, Prepared chunk, long firstIndex) {
        long[] written = {0};
        tx.executeWithoutResult(s -> {
            writeLines(job, chunk, firstIndex);
            written[0] = System.nanoTime();
        });
        ChunkTimings.lap(ChunkTimings.Phase.FILE_COMMIT, written[0]);
    }

    private void writeLines(DoseFileStore.Job job, Prepared chunk, long firstIndex) {
        List<DoseFileReader.ParsedLine> lines = chunk.lines();
        List<DoseCollection.Item> items = chunk.items();
        var provenance = new DoseCollection.Provenance(job.id(), job.receiptNumber(), "FILE", job.receivedAt());
        List<ItemResult> results = collection.collectChunk(job.actor(), provenance, items, (int) firstIndex);
        long t = System.nanoTime();
        List<Object[]> report = new ArrayList<>();
        int accepted = 0;
        int quarantined = 0;
        int rejected = 0;
        for (int i = 0; i < results.size(); i++) {
            ItemResult r = results.get(i);
            long number = lines.get(i).number();
            if (r.outcome() == ItemOutcome.ACCEPTED) {
                accepted++;
            } else if (r.outcome() == ItemOutcome.QUARANTINED) {
                quarantined++;
                report.add(new Object[] {number, 0, "QUARANTINED", "", r.reason().name(), quarantineFr(r.reason()),
                        quarantineEn(r.reason())});
            } else {
                rejected++;
                int seq = 0;
                for (FieldProblem p : r.errors()) {
                    report.add(new Object[] {number, seq++, "REJECTED", p.field(), p.code(), p.message(),
                            p.messageEn()});
                }
            }
        }
        store.insertReportLines(job.id(), report);
        t = ChunkTimings.lap(ChunkTimings.Phase.FILE_REPORT, t);
        if (!store.advance(job.id(), chunk.firstLine(), chunk.lastLine(), lines.size(), accepted, quarantined,
                rejected)) {
            throw new ProgressMoved("dose file " + job.id() + ": lines " + chunk.firstLine() + "–" + chunk.lastLine()
                    + " already counted, or the file is no longer running");
        }
        ChunkTimings.lap(ChunkTimings.Phase.FILE_PROGRESS, t);
    }

    /** A lab sends only its own results: another originator is refused on that line, not for the whole file. */
    private static DoseCollection.Item ownOnly(Actor actor, DoseCollection.Item item) {
        DoseRecordSubmission r = item.record();
        if (r == null || actor.kind() != ActorKind.ACCREDITED_BODY || r.originatorKind() == null
                || r.originatorId() == null) {
            return item;
        }
        boolean labKind = r.originatorKind() == OriginatorKind.ACCREDITED_BODY
                || r.originatorKind() == OriginatorKind.AIRCREW_DOSE_SERVICE;
        if (labKind && actor.accreditationNumber().filter(r.originatorId()::equals).isPresent()) {
            return item;
        }
        return new DoseCollection.Item(null, item.rawJson(), List.of(new FieldProblem("originatorId",
                "NOT_YOUR_ORIGINATOR", "Vous ne pouvez transmettre que les résultats de votre propre organisme.",
                "You may only send your own body's results.")));
    }

    /** SHA-256 of the record's natural key, cut to 128 bits; null when a part of the key is missing. */
    static UUID naturalKey(DoseRecordSubmission r) {
        if (r.originatorKind() == null || r.originatorId() == null || r.dosimeterId() == null
                || r.periodStart() == null || r.periodEnd() == null || r.quantity() == null) {
            return null;
        }
        String key = String.join("|", r.originatorKind().name(), r.originatorId(), r.dosimeterId(),
                r.periodStart().toString(), r.periodEnd().toString(), r.quantity().name());
        byte[] digest = SHA256.get().digest(key.getBytes(StandardCharsets.UTF_8));
        var bytes = java.nio.ByteBuffer.wrap(digest);
        return new UUID(bytes.getLong(), bytes.getLong());
    }

    /** One digest per thread: looking the algorithm up for every line cost as much as hashing it. */
    private static final ThreadLocal<MessageDigest> SHA256 = ThreadLocal.withInitial(() -> {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    });

    static String quarantineFr(QuarantineReason reason) {
        return switch (reason) {
            case UNKNOWN_NIR -> "En attente : aucun travailleur n’est déclaré sous ce NIR.";
            case NIR_NAME_MISMATCH -> "En attente : le nom ou le prénom ne concorde pas avec le NIR déclaré.";
            case UNKNOWN_SIRET -> "En attente : aucun établissement n’est déclaré sous ce SIRET.";
            case NO_EMPLOYMENT_AT_DATE -> "En attente : aucun emploi du travailleur dans cet établissement à ces dates.";
            case WORKER_NOT_CLASSIFIED -> "En attente : le travailleur n’est pas classé à ces dates.";
        };
    }

    static String quarantineEn(QuarantineReason reason) {
        return switch (reason) {
            case UNKNOWN_NIR -> "Waiting: no worker is declared under this NIR.";
            case NIR_NAME_MISMATCH -> "Waiting: the name or first name does not match the declared NIR.";
            case UNKNOWN_SIRET -> "Waiting: no establishment is declared under this SIRET.";
            case NO_EMPLOYMENT_AT_DATE -> "Waiting: no employment of the worker in this establishment at these dates.";
            case WORKER_NOT_CLASSIFIED -> "Waiting: the worker is not classified at these dates.";
        };
    }
}
