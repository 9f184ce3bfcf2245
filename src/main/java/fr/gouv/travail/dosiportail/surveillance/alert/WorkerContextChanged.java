package fr.gouv.travail.dosiportail.surveillance.alert;

import java.util.UUID;

/** A pregnancy or an exceptional exposure was recorded: the worker's limits are evaluated again. */
public record WorkerContextChanged(UUID workerId) {
}
