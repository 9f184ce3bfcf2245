package fr.gouv.travail.dosiportail.identity.account;

import fr.gouv.travail.dosiportail.identity.IdentityPivot;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Map;
import java.util.Optional;

/** Reads the identity pivot from FranceConnect claims; incomplete or partial dates give no pivot. */
final class PivotClaims {

    private PivotClaims() {
    }

    static Optional<IdentityPivot> read(Map<String, Object> claims) {
        String family = text(claims, "family_name");
        String given = text(claims, "given_name");
        String gender = text(claims, "gender");
        String birthdate = text(claims, "birthdate");
        if (family == null || given == null || birthdate == null
                || !("male".equals(gender) || "female".equals(gender))) {
            return Optional.empty();
        }
        try {
            // FranceConnect sends unknown day or month as 00, which does not parse: such a pivot cannot match
            LocalDate date = LocalDate.parse(birthdate);
            return Optional.of(new IdentityPivot(family, given, date, gender,
                    Optional.ofNullable(text(claims, "birthplace")), Optional.ofNullable(text(claims, "birthcountry"))));
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }

    static String text(Map<String, Object> claims, String name) {
        Object value = claims.get(name);
        return value == null || value.toString().isBlank() ? null : value.toString().trim();
    }
}
