package fr.gouv.travail.dosiportail.registry;

/** What a declaration did: a repeated declaration with the same content writes nothing and answers UNCHANGED. */
public enum Outcome { CREATED, UPDATED, UNCHANGED, ENDED }
