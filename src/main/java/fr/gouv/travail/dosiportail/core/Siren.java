package fr.gouv.travail.dosiportail.core;

/** SIREN: the 9-digit INSEE identifier of a company (entreprise). STUB: full checks to come. */
public record Siren(String value) {
    public Siren {
        if (value == null || !value.matches("\\d{9}")) {
            throw new InvalidValue("siren", "Le SIREN doit comporter 9 chiffres.", "A SIREN has 9 digits.");
        }
    }
}
