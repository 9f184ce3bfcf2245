package fr.gouv.travail.dosiportail.surveillance.alert;

import fr.gouv.travail.dosiportail.dosimetry.CountedDose;
import fr.gouv.travail.dosiportail.dosimetry.CountedDoses;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Recomputes every worker's limits (after a change of rule or setting, or to check the whole base): the counting rows
 * streamed in worker order through one cursor, the engine run per worker, and the reconciliation with the stored
 * alerts written per batch of workers, each batch in its own transaction with its notifications.
 */
@Service
public class NationalRecompute {

    private final CountedDoses counted;
    private final AlertEvaluation evaluation;
    private final AlertStore store;
    private final NotificationWriter writer;
    private final TransactionTemplate tx;

    NationalRecompute(CountedDoses counted, AlertEvaluation evaluation, AlertStore store, NotificationWriter writer,
                      PlatformTransactionManager transactions) {
        this.counted = counted;
        this.evaluation = evaluation;
        this.store = store;
        this.writer = writer;
        this.tx = new TransactionTemplate(transactions);
    }

    /** What a run did. */
    public record Result(long workers, long records, long notifications) {
    }

    public Result run(int batchSize, int fetchSize) {
        Map<UUID, List<CountedDose>> batch = new LinkedHashMap<>();
        long[] totals = new long[3];
        counted.streamAll(fetchSize, doses -> {
            batch.put(doses.get(0).workerId(), doses);
            totals[0]++;
            totals[1] += doses.size();
            if (batch.size() >= batchSize) {
                totals[2] += flush(batch);
            }
        });
        totals[2] += flush(batch);
        return new Result(totals[0], totals[1], totals[2]);
    }

    private int flush(Map<UUID, List<CountedDose>> batch) {
        if (batch.isEmpty()) {
            return 0;
        }
        List<UUID> workers = new ArrayList<>(batch.keySet());
        Integer n = tx.execute(s -> {
            store.lockWorkers(workers);
            List<UUID> ids = evaluation.evaluateLoaded(workers, batch, false);
            writer.publish(ids);
            return ids.size();
        });
        batch.clear();
        return n == null ? 0 : n;
    }
}
