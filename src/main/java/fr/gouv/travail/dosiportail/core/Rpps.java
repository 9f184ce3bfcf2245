package fr.gouv.travail.dosiportail.core;

/**
 * RPPS: the 11-digit identifier of a health professional (here, the occupational physician). The last digit is a
 * Luhn check digit over the first ten.
 */
public record Rpps(String value) {

    public Rpps {
        value = IdentifierChecks.digits(value, 11, "rpps", "Le numéro RPPS", "The RPPS number");
        if (!Luhn.isValid(value)) {
            throw new InvalidValue("rpps",
                    "Le numéro RPPS est invalide : son chiffre de contrôle (formule de Luhn) ne correspond pas.",
                    "The RPPS number is invalid: its check digit (Luhn formula) does not match.");
        }
    }
}
