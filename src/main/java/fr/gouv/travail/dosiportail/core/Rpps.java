package fr.gouv.travail.dosiportail.core;

/** RPPS: the 11-digit identifier of a health professional (here, the occupational physician). STUB. */
public record Rpps(String value) {
    public Rpps {
        if (value == null || !value.matches("\\d{11}")) {
            throw new InvalidValue("rpps", "Le numéro RPPS doit comporter 11 chiffres.", "An RPPS number has 11 digits.");
        }
    }
}
