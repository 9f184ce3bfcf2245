package fr.gouv.travail.dosiportail.surveillance.alert;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.springframework.stereotype.Component;

/**
 * Who is told what, per step (docs/rules/alerts.md): the ministry (or DSND) anonymously, the MDTs and CRPs with
 * identity and values, the employer with the identity only; the employer is not told of a change of figures.
 */
@Component
class AlertFanOut {

    private final FactsReader facts;
    private final MinistryPayloads ministry;
    private final HealthPayloads health;
    private final EmployerPayloads employer;
    private final NotificationWriter writer;

    AlertFanOut(FactsReader facts, MinistryPayloads ministry, HealthPayloads health, EmployerPayloads employer,
                NotificationWriter writer) {
        this.facts = facts;
        this.ministry = ministry;
        this.health = health;
        this.employer = employer;
        this.writer = writer;
    }

    List<UUID> alertStep(AlertState alert, StepKind step, LocalDate today, Instant at) {
        var f = alert.figures();
        var notice = new AlertNotice(alert, step,
                facts.read(alert.workerId(), alert.establishmentId(), f.windowStart(), f.windowEnd(), today), at);
        List<Content> contents = new ArrayList<>();
        contents.add(ministry.alert(notice));
        contents.addAll(health.alert(notice));
        if (step != StepKind.UPDATED) {
            contents.addAll(employer.alert(notice));
        }
        String subject = step == StepKind.RAISED ? "LIMIT_ALERT" : "ALERT_STEP";
        return writer.write(subject, alert.id(), contents, Instant.now());
    }
}
