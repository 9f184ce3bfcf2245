package fr.gouv.travail.dosiportail.registry.declaration;

import fr.gouv.travail.dosiportail.core.PersonNames;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/** Compares two identities of one person, ignoring case, accents, extra spaces and hyphen or apostrophe variants. */
public final class IdentityComparison {

    /** The identity fields that may not silently change for a known NIR. */
    public record Identity(String birthName, String firstNames, String sex, String birthDate, String birthPlaceCode) {
    }

    private IdentityComparison() {
    }

    /** Field → {registered, declared} for every field that differs once normalised. */
    public static Map<String, Map<String, String>> differences(Identity registered, Identity declared) {
        Map<String, Map<String, String>> diff = new LinkedHashMap<>();
        compare(diff, "birthName", registered.birthName(), declared.birthName());
        compare(diff, "firstNames", registered.firstNames(), declared.firstNames());
        compare(diff, "sex", registered.sex(), declared.sex());
        compare(diff, "birthDate", registered.birthDate(), declared.birthDate());
        compare(diff, "birthPlaceCode", registered.birthPlaceCode(), declared.birthPlaceCode());
        return diff;
    }

    private static void compare(Map<String, Map<String, String>> diff, String field, String registered, String declared) {
        if (!Objects.equals(normalise(registered), normalise(declared))) {
            Map<String, String> pair = new LinkedHashMap<>();
            pair.put("registered", registered);
            pair.put("declared", declared);
            diff.put(field, pair);
        }
    }

    /** The comparable form of a field: {@link PersonNames#fold}, the rule dose matching uses too. */
    public static String normalise(String s) {
        return PersonNames.fold(s);
    }
}
