package fr.gouv.travail.dosiportail.core;

/** SIRET: SIREN + 5-digit NIC, identifies an establishment. STUB: full checks to come. */
public record Siret(String value) {
    public Siret {
        if (value == null || !value.matches("\\d{14}")) {
            throw new InvalidValue("siret", "Le SIRET doit comporter 14 chiffres.", "A SIRET has 14 digits.");
        }
    }

    public Siren siren() {
        return new Siren(value.substring(0, 9));
    }
}
