package fr.gouv.travail.dosiportail.registry.declaration;

import fr.gouv.travail.dosiportail.registry.ReferentialChanged;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.UUID;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Gathers the workers and establishments a transaction changed and publishes one {@link ReferentialChanged} for them
 * just before it commits (or at {@link #flush()}, which a bulk declaration calls after each chunk). Outside a
 * transaction the event is published at once.
 */
@Component
public class ReferentialChanges {

    private final ApplicationEventPublisher events;

    ReferentialChanges(ApplicationEventPublisher events) {
        this.events = events;
    }

    private static final class Pending {
        final Set<UUID> workers = new LinkedHashSet<>();
        final Set<UUID> establishments = new LinkedHashSet<>();
    }

    public void worker(UUID workerId) {
        touched(workerId, null);
    }

    public void establishment(UUID establishmentId) {
        touched(null, establishmentId);
    }

    public void touched(UUID workerId, UUID establishmentId) {
        if (!TransactionSynchronizationManager.isSynchronizationActive()) {
            Pending p = new Pending();
            add(p, workerId, establishmentId);
            publish(p);
            return;
        }
        Pending p = (Pending) TransactionSynchronizationManager.getResource(this);
        if (p == null) {
            p = new Pending();
            TransactionSynchronizationManager.bindResource(this, p);
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void beforeCommit(boolean readOnly) {
                    ReferentialChanges.this.flush(); // not TransactionSynchronization.flush(), a no-op default
                }

                @Override
                public void afterCompletion(int status) {
                    TransactionSynchronizationManager.unbindResourceIfPossible(ReferentialChanges.this);
                }
            });
        }
        add(p, workerId, establishmentId);
    }

    /** Publishes what was gathered so far in this transaction (one event), if anything. */
    public void flush() {
        Pending p = TransactionSynchronizationManager.isSynchronizationActive()
                ? (Pending) TransactionSynchronizationManager.getResource(this) : null;
        if (p != null && !(p.workers.isEmpty() && p.establishments.isEmpty())) {
            publish(p);
            p.workers.clear();
            p.establishments.clear();
        }
    }

    private static void add(Pending p, UUID workerId, UUID establishmentId) {
        if (workerId != null) {
            p.workers.add(workerId);
        }
        if (establishmentId != null) {
            p.establishments.add(establishmentId);
        }
    }

    private void publish(Pending p) {
        events.publishEvent(new ReferentialChanged(p.workers, p.establishments));
    }
}
