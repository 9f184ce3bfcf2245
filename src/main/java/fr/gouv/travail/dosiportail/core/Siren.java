package fr.gouv.travail.dosiportail.core;

/** SIREN: the 9-digit INSEE identifier of a company (entreprise), the last digit being a Luhn check digit. */
public record Siren(String value) {

    /** SIREN of La Poste, whose establishments follow a different SIRET check (see {@link Siret}). */
    public static final String LA_POSTE = "356000000";

    public Siren {
        value = IdentifierChecks.digits(value, 9, "siren", "Le SIREN", "The SIREN");
        if (!Luhn.isValid(value)) {
            throw new InvalidValue("siren",
                    "Le SIREN est invalide : son chiffre de contrôle (formule de Luhn) ne correspond pas.",
                    "The SIREN is invalid: its check digit (Luhn formula) does not match.");
        }
    }

    public boolean isLaPoste() {
        return LA_POSTE.equals(value);
    }
}
