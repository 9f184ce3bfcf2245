package fr.gouv.travail.dosiportail.core;

/** Whether a NIR is a definitive number or a temporary one (NIA, starting with 7 or 8). */
public enum NirKind {
    PERMANENT,
    TEMPORARY
}
