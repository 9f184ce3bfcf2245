package fr.gouv.travail.dosiportail.surveillance.alert;

import java.time.Instant;

/** A step of an alert to tell: the alert as the step leaves it, and the référentiel around it. */
record AlertNotice(AlertState alert, StepKind step, Facts facts, Instant at) {

    String stepKey() {
        return Integer.toString(alert.seq());
    }
}
