package fr.gouv.travail.dosiportail.bench;

import fr.gouv.travail.dosiportail.registry.EmploymentStarted;
import fr.gouv.travail.dosiportail.registry.ExposureProfileChanged;
import fr.gouv.travail.dosiportail.registry.WorkerDeclared;
import java.util.concurrent.atomic.AtomicLong;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * A do-nothing transactional listener of the bulk declaration's events ({@code --listener}): Spring Modulith then
 * stores one publication row per event in {@code event_publication}, which is what a real listener will cost.
 * Not a component (the bench sources are on the test classpath, under the scanned package): registered by the bench.
 */

class BenchListener {

    static final AtomicLong RECEIVED = new AtomicLong();

    @TransactionalEventListener
    void on(WorkerDeclared e) {
        RECEIVED.incrementAndGet();
    }

    @TransactionalEventListener
    void on(EmploymentStarted e) {
        RECEIVED.incrementAndGet();
    }

    @TransactionalEventListener
    void on(ExposureProfileChanged e) {
        RECEIVED.incrementAndGet();
    }
}
