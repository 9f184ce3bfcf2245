package fr.gouv.travail.dosiportail.surveillance.alert;

import fr.gouv.travail.dosiportail.dosimetry.AcceptedDose;
import fr.gouv.travail.dosiportail.dosimetry.DoseRecordRevised;
import fr.gouv.travail.dosiportail.dosimetry.DoseRecordsAccepted;
import java.util.Collection;
import java.util.List;
import java.util.TreeSet;
import java.util.UUID;
import org.springframework.stereotype.Component;

/**
 * Real time: after each accepted chunk, revision or context change commits, the workers it names are evaluated in
 * one transaction (asynchronous on {@link EvaluationExecutor}'s threads, its own transaction, retried from the event
 * log if it fails); the notifications and their {@code NotificationIssued} commit together.
 */
@Component
@org.springframework.boot.autoconfigure.condition.ConditionalOnProperty(name = "dosiportail.surveillance.alerts.listen",
        havingValue = "true", matchIfMissing = true) // false only to measure the intake alone (bench/dose-intake.sh)
class AlertListener {

    private final AlertEvaluation evaluation;
    private final NotificationWriter writer;

    AlertListener(AlertEvaluation evaluation, NotificationWriter writer) {
        this.evaluation = evaluation;
        this.writer = writer;
    }

    @EvaluationExecutor.EvaluationListener
    void on(DoseRecordsAccepted accepted) {
        evaluate(accepted.records().stream().map(AcceptedDose::workerId).toList());
    }

    @EvaluationExecutor.EvaluationListener
    void on(DoseRecordRevised revised) {
        evaluate(List.of(revised.workerId()));
    }

    @EvaluationExecutor.EvaluationListener
    void on(WorkerContextChanged changed) {
        evaluate(List.of(changed.workerId()));
    }

    private void evaluate(Collection<UUID> workers) {
        writer.publish(evaluation.evaluate(new TreeSet<>(workers)));
    }
}
