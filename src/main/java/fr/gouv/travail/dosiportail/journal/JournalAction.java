package fr.gouv.travail.dosiportail.journal;

public enum JournalAction {
    READ,
    WRITE
}
