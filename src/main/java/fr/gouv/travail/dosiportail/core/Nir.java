package fr.gouv.travail.dosiportail.core;

/** NIR: the 13-character social security number plus its 2-digit key. STUB: full checks to come. */
public record Nir(String value) {
    public Nir {
        if (value == null || !value.matches("[12378]\\d{4}[0-9AB]\\d{7}\\d{2}")) {
            throw new InvalidValue("nir", "Le NIR est mal formé.", "The NIR is malformed.");
        }
    }

    @Override
    public String toString() {
        return value.substring(0, 5) + "••••••••••";
    }
}
