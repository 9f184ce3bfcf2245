package fr.gouv.travail.dosiportail.access;

/** Reading data, or adding, correcting or cancelling it. */
public enum Action {
    READ,
    WRITE
}
