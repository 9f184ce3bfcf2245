package fr.gouv.travail.dosiportail.bench;

import fr.gouv.travail.dosiportail.dosimetry.DoseRecordsAccepted;
import java.util.concurrent.atomic.AtomicLong;
import org.springframework.modulith.events.ApplicationModuleListener;

/**
 * Stands in for surveillance when the intake is measured alone ({@code surveillance=off}): a do-nothing module
 * listener, so that every chunk's event is still written to and completed in Modulith's event publication log, as
 * with a real listener, without the evaluation's work competing for the two cores. Registered by the bench.
 */
class DoseEventSink {

    static final AtomicLong RECEIVED = new AtomicLong();

    @ApplicationModuleListener
    void on(DoseRecordsAccepted e) {
        RECEIVED.addAndGet(e.records().size());
    }
}
