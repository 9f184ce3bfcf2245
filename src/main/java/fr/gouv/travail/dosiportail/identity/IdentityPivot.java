package fr.gouv.travail.dosiportail.identity;

import java.text.Normalizer;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Optional;

/**
 * The FranceConnect identity pivot of a worker: what the civil registry says, without the NIR.
 *
 * @param familyName birth name
 * @param givenNames all given names, separated by spaces
 * @param birthdate date of birth
 * @param gender {@code male} or {@code female}
 * @param birthplace INSEE code (COG) of the birth commune, empty when born abroad
 * @param birthcountry INSEE code of the birth country ({@code 99100} for France)
 */
public record IdentityPivot(
        String familyName,
        String givenNames,
        LocalDate birthdate,
        String gender,
        Optional<String> birthplace,
        Optional<String> birthcountry) {

    /** Upper case, no accents, every run of non-letters reduced to one space: how names are compared. */
    public static String normalize(String name) {
        String noMarks = Normalizer.normalize(name, Normalizer.Form.NFD).replaceAll("\\p{M}", "");
        return noMarks.toUpperCase(Locale.ROOT).replaceAll("[^A-Z]+", " ").trim();
    }
}
