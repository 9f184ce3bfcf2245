package fr.gouv.travail.dosiportail.registry;

/** Classification under R.4451-57. */
public enum Classification { A, B, NOT_CLASSIFIED }
