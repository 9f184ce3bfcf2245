package fr.gouv.travail.dosiportail.dosimetry;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Consumer;

/** The records that count against the limits, read in SQL over {@code dosimetry.dose_component}. */
public interface CountedDoses {

    /** For each worker (absent: none), their counting records. */
    Map<UUID, List<CountedDose>> of(Collection<UUID> workerIds);

    /**
     * Every worker's counting records, worker after worker, through one server-side cursor (national recomputation).
     * The consumer gets each worker's whole list once.
     */
    void streamAll(int fetchSize, Consumer<List<CountedDose>> perWorker);
}
