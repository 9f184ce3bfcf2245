package fr.gouv.travail.dosiportail.journal;

import java.util.List;
import java.util.UUID;

/**
 * The journal of every read or write of personal data. Appending joins the caller's transaction (and fails without
 * one, or in a read-only one): the entry commits with the read's answer or the write, or not at all.
 */
public interface AccessJournal {

    /** Appends one entry within the current transaction. */
    void record(JournalEntry entry);

    /** Appends several entries within the current transaction, in one batch (bulk declarations, lists). */
    void recordAll(List<JournalEntry> entries);

    /** Walks the whole chain in id order, recomputing every hash. */
    ChainVerification verify();

    /** The entries about one worker, newest first. */
    JournalPage forWorker(UUID workerId, int page, int size);
}
