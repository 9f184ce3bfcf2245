package fr.gouv.travail.dosiportail.journal.web;

import fr.gouv.travail.dosiportail.identity.Actor;
import fr.gouv.travail.dosiportail.journal.AccessJournal;
import fr.gouv.travail.dosiportail.journal.DataKind;
import fr.gouv.travail.dosiportail.journal.JournalAction;
import fr.gouv.travail.dosiportail.journal.JournalEntry;
import fr.gouv.travail.dosiportail.journal.JournalPage;
import fr.gouv.travail.dosiportail.journal.Outcome;
import fr.gouv.travail.dosiportail.journal.WorkerLookup;
import java.util.Optional;
import java.util.UUID;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The worker's own journal; reading it is itself an access to personal data, journaled in the same transaction. */
@Service
class OwnEntries {

    static final int PAGE_SIZE = 20;
    static final String PURPOSE = "Consultation par le travailleur des accès à ses données";
    static final String RESOURCE = "/espace/acces";

    private final AccessJournal journal;
    private final ObjectProvider<WorkerLookup> lookup;

    OwnEntries(AccessJournal journal, ObjectProvider<WorkerLookup> lookup) {
        this.journal = journal;
        this.lookup = lookup;
    }

    /** Empty when the worker is not (yet) in the référentiel: nobody can have read their data there. */
    @Transactional
    public Optional<JournalPage> page(Actor worker, int page) {
        Optional<UUID> workerId = worker.nir().flatMap(nir -> Optional.ofNullable(lookup.getIfAvailable())
                .flatMap(l -> l.workerIdOf(nir)));
        if (workerId.isEmpty()) {
            return Optional.empty();
        }
        journal.record(JournalEntry.of(worker, workerId.get(), DataKind.JOURNAL, JournalAction.READ, PURPOSE,
                Outcome.ALLOWED, RESOURCE));
        return Optional.of(journal.forWorker(workerId.get(), page, PAGE_SIZE));
    }
}
