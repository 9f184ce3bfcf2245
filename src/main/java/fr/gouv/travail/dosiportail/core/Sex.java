package fr.gouv.travail.dosiportail.core;

/** Sex as recorded in the civil registry (état civil), the one the NIR encodes. */
public enum Sex {
    M,
    F
}
