package fr.gouv.travail.dosiportail.dosimetry.collection;

import fr.gouv.travail.dosiportail.access.Purposes;
import fr.gouv.travail.dosiportail.dosimetry.AcceptedDose;
import fr.gouv.travail.dosiportail.dosimetry.DoseRecordRevised;
import fr.gouv.travail.dosiportail.dosimetry.DoseRecordSubmission;
import fr.gouv.travail.dosiportail.dosimetry.DoseRecordsAccepted;
import fr.gouv.travail.dosiportail.dosimetry.ItemResult;
import fr.gouv.travail.dosiportail.dosimetry.RecordStatus;
import fr.gouv.travail.dosiportail.dosimetry.RevisionKind;
import fr.gouv.travail.dosiportail.identity.Actor;
import fr.gouv.travail.dosiportail.journal.AccessJournal;
import fr.gouv.travail.dosiportail.journal.DataKind;
import fr.gouv.travail.dosiportail.journal.JournalAction;
import fr.gouv.travail.dosiportail.journal.JournalEntry;
import fr.gouv.travail.dosiportail.journal.Outcome;
import fr.gouv.travail.dosiportail.platform.FieldProblem;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

/**
 * Collects one checked chunk in a few statements whatever its size: current versions of the natural keys (one
 * query), matching (one query), waiting quarantine (one query), then one insert per table, one event, the journal.
 * Decides each record as {@link Decisions} says; a natural key seen twice in the chunk is decided once.
 */
@Component
class ChunkCollector {

    private final ChunkStore store;
    private final WorkerMatching matching;
    private final RecordWriter writer;
    private final AccessJournal journal;
    private final ApplicationEventPublisher events;

    ChunkCollector(ChunkStore store, WorkerMatching matching, RecordWriter writer, AccessJournal journal,
                   ApplicationEventPublisher events) {
        this.store = store;
        this.matching = matching;
        this.writer = writer;
        this.journal = journal;
        this.events = events;
    }

    List<ItemResult> collect(Actor actor, DoseCollection.Provenance p, List<DoseCollection.Item> items,
                             List<List<FieldProblem>> errors, int firstIndex) {
        int n = items.size();
        ItemResult[] results = new ItemResult[n];
        int[] firstOf = new int[n];
        List<Integer> firsts = new ArrayList<>(n);
        Map<NaturalKey, Integer> seen = new HashMap<>(n * 2);
        for (int i = 0; i < n; i++) {
            firstOf[i] = -1;
            if (!errors.get(i).isEmpty()) {
                results[i] = ItemResult.rejected(firstIndex + i, errors.get(i));
                continue;
            }
            Integer first = seen.putIfAbsent(NaturalKey.of(items.get(i).record()), i);
            if (first == null) {
                firsts.add(i);
            } else {
                firstOf[i] = first;
            }
        }
        long t = System.nanoTime();
        ChunkStore.Current[] current = store.current(firsts.stream().map(i -> items.get(i).record()).toList());
        List<Integer> toMatch = new ArrayList<>(firsts.size());
        Map<Integer, ChunkStore.Current> late = new HashMap<>();
        for (int k = 0; k < firsts.size(); k++) {
            int i = firsts.get(k);
            ChunkStore.Current c = current[k];
            Decisions.Existing decision = Decisions.against(c, items.get(i).record(), p.submissionId());
            switch (decision) {
                case NONE -> toMatch.add(i);
                case SAME -> results[i] = ItemResult.accepted(firstIndex + i, c.id(), true, false);
                case LATE_RESULT -> {
                    toMatch.add(i);
                    late.put(i, c);
                }
                default -> results[i] = ItemResult.rejected(firstIndex + i, List.of(Decisions.problem(decision)));
            }
        }
        t = ChunkTimings.lap(ChunkTimings.Phase.CURRENT_VERSIONS, t);
        store(actor, p, items, toMatch, late, results, firstIndex, t);
        for (int i = 0; i < n; i++) {
            if (firstOf[i] >= 0) {
                results[i] = Decisions.duplicate(items.get(i).record(), items.get(firstOf[i]).record(),
                        results[firstOf[i]], firstIndex + i, firstIndex + firstOf[i]);
            }
        }
        return List.of(results);
    }

    private void store(Actor actor, DoseCollection.Provenance p, List<DoseCollection.Item> items, List<Integer> toMatch,
                       Map<Integer, ChunkStore.Current> late, ItemResult[] results, int firstIndex, long t) {
        WorkerMatching.Match[] matches = matching.matchAll(toMatch.stream().map(i -> items.get(i).record()).toList());
        List<RecordWriter.NewRecord> rows = new ArrayList<>(toMatch.size());
        List<Integer> unmatchedAt = new ArrayList<>();
        List<ChunkStore.Unmatched> unmatched = new ArrayList<>();
        List<AcceptedDose> accepted = new ArrayList<>(toMatch.size());
        List<DoseRecordRevised> revised = new ArrayList<>();
        for (int k = 0; k < toMatch.size(); k++) {
            int i = toMatch.get(k);
            DoseRecordSubmission r = items.get(i).record();
            WorkerMatching.Match m = matches[k];
            if (!m.matched()) {
                unmatchedAt.add(i);
                unmatched.add(new ChunkStore.Unmatched(r, items.get(i).rawJson(), m.failure()));
                continue;
            }
            UUID id = UUID.randomUUID();
            boolean review = RecordChecks.needsReview(r);
            ChunkStore.Current previous = late.get(i);
            if (previous == null) {
                rows.add(new RecordWriter.NewRecord(id, r, m.workerId(), m.establishmentId(), review,
                        r.resultStatus().name(), 1, null, null));
                accepted.add(new AcceptedDose(id, m.workerId(), m.establishmentId(), r.quantity(), r.periodStart(),
                        r.periodEnd(), review));
            } else {
                rows.add(new RecordWriter.NewRecord(id, r, m.workerId(), m.establishmentId(), review,
                        RecordStatus.LATE_RESULT.name(), previous.version() + 1, previous.id(), Decisions.LATE_REASON));
                revised.add(new DoseRecordRevised(id, previous.id(), m.workerId(), r.quantity(), r.periodStart(),
                        r.periodEnd(), RevisionKind.LATE_RESULT, p.receivedAt()));
            }
            results[i] = ItemResult.accepted(firstIndex + i, id, false, review);
        }
        t = ChunkTimings.lap(ChunkTimings.Phase.MATCH, t);
        quarantine(p, unmatchedAt, unmatched, results, firstIndex);
        t = ChunkTimings.lap(ChunkTimings.Phase.QUARANTINE, t);
        writer.insert(rows, new RecordWriter.Origin(p.channel(), p.submissionId(), p.receivedAt(), p.receiptNumber()));
        t = ChunkTimings.lap(ChunkTimings.Phase.INSERT, t);
        journal.recordAll(journalEntries(actor, p, rows)); // appended just before commit (JdbcAccessJournal)
        if (!accepted.isEmpty()) {
            events.publishEvent(new DoseRecordsAccepted(p.submissionId(), p.receivedAt(), accepted));
        }
        revised.forEach(events::publishEvent);
        ChunkTimings.lap(ChunkTimings.Phase.JOURNAL_AND_EVENTS, t);
    }

    private void quarantine(DoseCollection.Provenance p, List<Integer> at, List<ChunkStore.Unmatched> unmatched,
                            ItemResult[] results, int firstIndex) {
        UUID[] waiting = store.waiting(unmatched);
        List<UUID> ids = new ArrayList<>();
        List<ChunkStore.Unmatched> fresh = new ArrayList<>();
        for (int k = 0; k < unmatched.size(); k++) {
            UUID id = waiting[k];
            if (id == null) {
                id = UUID.randomUUID();
                ids.add(id);
                fresh.add(unmatched.get(k));
            }
            results[at.get(k)] = ItemResult.quarantined(firstIndex + at.get(k), id, unmatched.get(k).reason());
        }
        store.quarantine(p.submissionId(), p.receivedAt(), ids, fresh);
    }

    /**
     * One WRITE entry per worker and kind of data in the chunk, on behalf of the accreditation: naming the record
     * when there is one, the submission otherwise (the hash-chained journal costs per entry, docs/benchmarks.md).
     */
    private static List<JournalEntry> journalEntries(Actor actor, DoseCollection.Provenance p,
                                                     List<RecordWriter.NewRecord> rows) {
        record Group(UUID worker, DataKind kind) {
        }
        Map<Group, List<UUID>> groups = new LinkedHashMap<>();
        for (RecordWriter.NewRecord row : rows) {
            DataKind kind = row.record().quantity().internal() ? DataKind.INTERNAL_DOSE : DataKind.EXTERNAL_DOSE;
            groups.computeIfAbsent(new Group(row.workerId(), kind), g -> new ArrayList<>(2)).add(row.id());
        }
        String purpose = Purposes.of(actor.kind());
        List<JournalEntry> entries = new ArrayList<>(groups.size());
        groups.forEach((g, ids) -> {
            String resource = ids.size() == 1 ? "dosimetry.dose_record/" + ids.get(0)
                    : "dosimetry.submission/" + p.submissionId();
            JournalEntry entry = JournalEntry.of(actor, g.worker(), g.kind(), JournalAction.WRITE, purpose,
                    Outcome.ALLOWED, resource);
            entries.add(actor.accreditationNumber().map(a -> entry.onBehalfOf("Accréditation " + a)).orElse(entry));
        });
        return entries;
    }
}
