package fr.gouv.travail.dosiportail.core;

/**
 * SIRET: SIREN + 5-digit NIC, identifies an establishment. Checked with the Luhn formula over the 14 digits, except
 * for La Poste (SIREN 356000000), whose establishments are numbered so that the sum of the 14 digits is a multiple of
 * 5. La Poste SIRETs that pass Luhn (its head office, 356 000 000 00048) are accepted too.
 */
public record Siret(String value) {

    public Siret {
        value = IdentifierChecks.digits(value, 14, "siret", "Le SIRET", "The SIRET");
        boolean laPoste = value.startsWith(Siren.LA_POSTE);
        if (!Luhn.isValid(value) && !(laPoste && digitSum(value) % 5 == 0)) {
            throw laPoste
                    ? new InvalidValue("siret",
                            "Le SIRET de La Poste est invalide : la somme de ses chiffres n'est pas un multiple de 5.",
                            "The La Poste SIRET is invalid: the sum of its digits is not a multiple of 5.")
                    : new InvalidValue("siret",
                            "Le SIRET est invalide : son chiffre de contrôle (formule de Luhn) ne correspond pas.",
                            "The SIRET is invalid: its check digit (Luhn formula) does not match.");
        }
    }

    public Siren siren() {
        return new Siren(value.substring(0, 9));
    }

    /** NIC: the 5-digit number of the establishment within its company. */
    public String nic() {
        return value.substring(9);
    }

    static int digitSum(String digits) {
        int sum = 0;
        for (int i = 0; i < digits.length(); i++) {
            sum += digits.charAt(i) - '0';
        }
        return sum;
    }
}
