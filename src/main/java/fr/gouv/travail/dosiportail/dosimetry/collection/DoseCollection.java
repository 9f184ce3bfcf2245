package fr.gouv.travail.dosiportail.dosimetry.collection;

import fr.gouv.travail.dosiportail.dosimetry.DoseRecordSubmission;
import fr.gouv.travail.dosiportail.dosimetry.DoseRecordsAccepted;
import fr.gouv.travail.dosiportail.dosimetry.ItemOutcome;
import fr.gouv.travail.dosiportail.dosimetry.ItemResult;
import fr.gouv.travail.dosiportail.dosimetry.SubmissionReceipt;
import fr.gouv.travail.dosiportail.identity.Actor;
import fr.gouv.travail.dosiportail.platform.ApiProblem;
import fr.gouv.travail.dosiportail.platform.FieldProblem;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.json.JsonMapper;

/**
 * Collects dose records: checks each one, matches its worker and establishment, stores it (publishing
 * {@link DoseRecordsAccepted}, once per request or chunk, and journaling the write in the same transaction) or
 * quarantines it, and answers per record. Requests and file chunks take the same path ({@link ChunkCollector}), in a
 * few statements per chunk. An Idempotency-Key replays the first answer for the same body and refuses another body.
 */
@Service
public class DoseCollection {

    private static final ZoneId PARIS = ZoneId.of("Europe/Paris");

    private final DoseRecordStore store;
    private final ChunkCollector collector;
    private final ItemValidation validation;
    private final JsonMapper json;
    private final Clock clock = Clock.systemUTC();

    DoseCollection(DoseRecordStore store, ChunkCollector collector, ItemValidation validation, JsonMapper json) {
        this.store = store;
        this.collector = collector;
        this.validation = validation;
        this.json = json;
    }

    /**
     * One submitted record: parsed (or not, with the reading errors) and its JSON as received. A file's readable line
     * gives its JSON lazily: it is only needed when the record is quarantined, and writing it for every line of a
     * million-line file cost as much as reading the line.
     */
    public static final class Item {
        private final DoseRecordSubmission record;
        private final List<FieldProblem> readErrors;
        private java.util.function.Supplier<String> lazyJson;
        private String rawJson;

        public Item(DoseRecordSubmission record, String rawJson, List<FieldProblem> readErrors) {
            this.record = record;
            this.rawJson = java.util.Objects.requireNonNull(rawJson, "rawJson");
            this.readErrors = readErrors;
        }

        private Item(DoseRecordSubmission record, java.util.function.Supplier<String> json) {
            this.record = record;
            this.lazyJson = json;
            this.readErrors = List.of();
        }

        /** A readable record whose JSON is written only when asked for. */
        public static Item readable(DoseRecordSubmission record, java.util.function.Supplier<String> json) {
            return new Item(java.util.Objects.requireNonNull(record, "record"), json);
        }

        public DoseRecordSubmission record() {
            return record;
        }

        public String rawJson() {
            if (rawJson == null) {
                rawJson = lazyJson.get();
                lazyJson = null;
            }
            return rawJson;
        }

        public List<FieldProblem> readErrors() {
            return readErrors;
        }
    }

    /** The HTTP status to answer with, and the receipt. */
    public record Answer(int httpStatus, SubmissionReceipt receipt) {
    }

    @Transactional
    public Answer submit(Actor actor, List<Item> items, String channel, Optional<String> idempotencyKey,
                         boolean single) {
        items.stream().filter(i -> i.record() != null).forEach(i -> Originators.requireOwn(actor, i.record()));
        String originator = Originators.of(actor);
        String hash = Originators.hash(channel, items);
        if (idempotencyKey.isPresent()) {
            var past = store.findByKey(originator, idempotencyKey.get());
            if (past.isPresent()) {
                if (!past.get().requestHash().equals(hash)) {
                    throw ApiProblem.conflict("Cette clé d'idempotence a déjà servi pour une autre requête.",
                            "This idempotency key was already used for another request.");
                }
                return new Answer(past.get().httpStatus(), json.readValue(past.get().answer(), SubmissionReceipt.class));
            }
        }
        Instant now = clock.instant();
        LocalDate today = LocalDate.ofInstant(now, PARIS);
        List<List<FieldProblem>> errors = validation.errors(items, today);
        if (single && !errors.get(0).isEmpty()) {
            throw ApiProblem.invalid(errors.get(0));
        }
        UUID submissionId = UUID.randomUUID();
        String receipt = store.nextReceiptNumber(today);
        store.openSubmission(submissionId, originator, idempotencyKey.orElse(null), hash, channel, items.size(),
                receipt, actor.subject(), now);
        List<ItemResult> results = collectChecked(actor, new Provenance(submissionId, receipt, channel, now), items,
                errors, 0);
        SubmissionReceipt answer = new SubmissionReceipt(submissionId, receipt, now,
                count(results, ItemOutcome.ACCEPTED), count(results, ItemOutcome.QUARANTINED),
                count(results, ItemOutcome.REJECTED), results);
        int status = single ? singleStatus(results.get(0)) : 200;
        store.closeSubmission(submissionId, answer.accepted(), answer.quarantined(), answer.rejected(), status,
                json.writeValueAsString(answer));
        return new Answer(status, answer);
    }

    /** Where records come from: the submission (a request or a file), its receipt, the channel and the instant. */
    public record Provenance(UUID submissionId, String receiptNumber, String channel, Instant receivedAt) {
    }

    /**
     * Checks, matches and stores one chunk of an already opened submission (a file is processed chunk by chunk, each
     * in its own transaction). Item indexes in the results start at {@code firstIndex}.
     */
    @Transactional
    public List<ItemResult> collectChunk(Actor actor, Provenance provenance, List<Item> items, int firstIndex) {
        items.stream().filter(i -> i.record() != null).forEach(i -> Originators.requireOwn(actor, i.record()));
        LocalDate today = LocalDate.ofInstant(clock.instant(), PARIS);
        long t = System.nanoTime();
        List<List<FieldProblem>> errors = validation.errors(items, today);
        ChunkTimings.lap(ChunkTimings.Phase.VALIDATE, t);
        return collectChecked(actor, provenance, items, errors, firstIndex);
    }

    private List<ItemResult> collectChecked(Actor actor, Provenance p, List<Item> items,
                                            List<List<FieldProblem>> errors, int firstIndex) {
        return collector.collect(actor, p, items, errors, firstIndex);
    }

    private static int singleStatus(ItemResult result) {
        return switch (result.outcome()) {
            case ACCEPTED -> result.alreadyRecorded() ? 200 : 201;
            case QUARANTINED -> 202;
            case REJECTED -> 409; // only ALREADY_RECORDED reaches here: input errors were answered 400 above
        };
    }

    private static int count(List<ItemResult> results, ItemOutcome outcome) {
        return (int) results.stream().filter(r -> r.outcome() == outcome).count();
    }
}
