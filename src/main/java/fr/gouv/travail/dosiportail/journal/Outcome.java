package fr.gouv.travail.dosiportail.journal;

/** Whether the access was granted or refused. */
public enum Outcome {
    ALLOWED,
    DENIED
}
