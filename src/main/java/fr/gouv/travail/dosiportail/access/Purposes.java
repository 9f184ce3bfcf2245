package fr.gouv.travail.dosiportail.access;

import fr.gouv.travail.dosiportail.identity.ActorKind;

/** The fixed purpose, for the journal, of each actor kind's access to a worker's data (the operator states its own). */
public final class Purposes {

    private Purposes() {
    }

    public static String of(ActorKind kind) {
        return switch (kind) {
            case WORKER -> "Consultation de ses propres données";
            case EMPLOYER, EMPLOYER_CORRESPONDENT -> "Gestion du référentiel";
            case OCCUPATIONAL_PHYSICIAN, HEALTH_PROFESSIONAL -> "Suivi individuel de l’état de santé (R.4451-68)";
            case RADIATION_PROTECTION_ADVISER -> "Prévention des risques d’exposition (R.4451-69)";
            case LABOUR_INSPECTOR, RADIATION_PROTECTION_INSPECTOR -> "Contrôle (R.4451-71)";
            case ACCREDITED_BODY -> "Transmission de résultats (arrêté du 23 juin 2023, art. 10 à 15)";
            case OPERATOR -> "Exploitation du système";
            case MINISTRY -> "Surveillance des dépassements, sans données nominatives (arrêté du 23 juin 2023, art. 5 I)";
        };
    }
}
