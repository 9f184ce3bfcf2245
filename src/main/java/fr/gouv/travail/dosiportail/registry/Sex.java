package fr.gouv.travail.dosiportail.registry;

/** Sex as recorded in the civil status (and in the first digit of the NIR: 1 = M, 2 = F). */
public enum Sex { M, F }
