package fr.gouv.travail.dosiportail.dosimetry.file;

import fr.gouv.travail.dosiportail.dosimetry.DoseRecordSubmission;
import fr.gouv.travail.dosiportail.dosimetry.collection.DoseCollection;
import fr.gouv.travail.dosiportail.platform.FieldProblem;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import java.lang.reflect.RecordComponent;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * Turns the fields of one line (CSV cells or a JSON object) into a {@link DoseRecordSubmission}, value by value, so
 * that every unreadable value is named with its field; the names and types are those of the API's record.
 */
final class RecordFields {

    /** A field of the record: its name, Java type and whether the API requires it. */
    record Field(String name, Class<?> type, boolean required) {
    }

    static final Map<String, Field> FIELDS = fields();
    private static final java.lang.reflect.Constructor<?> CONSTRUCTOR = DoseRecordSubmission.class
            .getDeclaredConstructors()[0]; // looked up once: getDeclaredConstructors copies the array on each call
    private static final Pattern DECIMAL = Pattern.compile("[+-]?\\d+(?:[.,]\\d+)?");
    private static final DateTimeFormatter FRENCH_DATE = DateTimeFormatter.ofPattern("dd/MM/uuuu")
            .withResolverStyle(java.time.format.ResolverStyle.STRICT); // 31/02 is no date

    private final JsonMapper json;

    RecordFields(JsonMapper json) {
        this.json = json;
    }

    private static Map<String, Field> fields() {
        Map<String, Field> fields = new LinkedHashMap<>();
        for (RecordComponent c : DoseRecordSubmission.class.getRecordComponents()) {
            var accessor = c.getAccessor(); // the constraints' targets do not include record components
            boolean required = accessor.isAnnotationPresent(NotNull.class) || accessor.isAnnotationPresent(NotBlank.class);
            fields.put(c.getName(), new Field(c.getName(), c.getType(), required));
        }
        return fields;
    }

    /** The line's item: a record, or the reading errors of every bad value (and the values as received). */
    DoseCollection.Item read(Map<String, JsonNode> values) {
        List<FieldProblem> problems = new ArrayList<>();
        Object[] args = new Object[FIELDS.size()];
        int i = 0;
        for (Field f : FIELDS.values()) {
            args[i++] = convert(f, values.get(f.name()), problems);
        }
        if (!problems.isEmpty()) {
            ObjectNode raw = json.createObjectNode();
            values.forEach((k, v) -> raw.set(k, v == null ? json.getNodeFactory().nullNode() : v));
            return new DoseCollection.Item(null, json.writeValueAsString(raw), problems);
        }
        try {
            var record = (DoseRecordSubmission) CONSTRUCTOR.newInstance(args);
            return new DoseCollection.Item(record, json.writeValueAsString(record), List.of());
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Object convert(Field f, JsonNode node, List<FieldProblem> problems) {
        boolean absent = node == null || node.isNull() || node.isString() && node.asString().isBlank();
        if (absent) {
            return f.type() == boolean.class ? Boolean.FALSE : null;
        }
        String text = node.isString() ? node.asString().strip() : null;
        Class<?> t = f.type();
        if (t == String.class) {
            if (text != null) {
                return text;
            }
            if (node.isNumber()) {
                return node.asString();
            }
        } else if (t.isEnum()) {
            if (text != null) {
                for (Object constant : t.getEnumConstants()) {
                    if (((Enum<?>) constant).name().equals(text)) {
                        return constant;
                    }
                }
            }
            String allowed = Arrays.stream(t.getEnumConstants()).map(c -> ((Enum<?>) c).name())
                    .collect(Collectors.joining(", "));
            problems.add(new FieldProblem(f.name(), "UNKNOWN_CODE", "Code inconnu ; codes admis : " + allowed + ".",
                    "Unknown code; allowed codes: " + allowed + "."));
            return null;
        } else if (t == LocalDate.class) {
            if (text != null) {
                try {
                    return text.contains("/") ? LocalDate.parse(text, FRENCH_DATE) : LocalDate.parse(text);
                } catch (DateTimeParseException e) {
                    // answered below
                }
            }
            problems.add(new FieldProblem(f.name(), "INVALID_DATE",
                    "Date illisible : écrivez AAAA-MM-JJ (ou JJ/MM/AAAA), par exemple 2025-01-31.",
                    "Unreadable date: write YYYY-MM-DD (or DD/MM/YYYY), e.g. 2025-01-31."));
            return null;
        } else if (t == BigDecimal.class) {
            if (node.isNumber()) {
                return node.decimalValue();
            }
            if (text != null && DECIMAL.matcher(text).matches()) {
                return new BigDecimal(text.replace(',', '.'));
            }
            problems.add(new FieldProblem(f.name(), "NOT_A_NUMBER",
                    "La dose doit être un nombre décimal en mSv, par exemple 0,25 ou 0.25 (sans unité, exposant ni "
                            + "séparateur de milliers).",
                    "The dose must be a decimal number of mSv, e.g. 0.25 (no unit, exponent or thousands separator)."));
            return null;
        } else if (t == boolean.class) {
            if (node.isBoolean()) {
                return node.asBoolean();
            }
            if (text != null) {
                switch (text.toLowerCase(Locale.ROOT)) {
                    case "true", "oui", "vrai", "1" -> {
                        return true;
                    }
                    case "false", "non", "faux", "0" -> {
                        return false;
                    }
                    default -> {
                        // answered below
                    }
                }
            }
            problems.add(new FieldProblem(f.name(), "INVALID_BOOLEAN", "Valeur attendue : true ou false (oui ou non).",
                    "Expected value: true or false."));
            return false;
        } else if (t == UUID.class) {
            if (text != null) {
                try {
                    return UUID.fromString(text);
                } catch (IllegalArgumentException e) {
                    // answered below
                }
            }
            problems.add(new FieldProblem(f.name(), "INVALID_UUID", "Identifiant attendu au format UUID.",
                    "Expected an identifier in UUID format."));
            return null;
        }
        problems.add(new FieldProblem(f.name(), "WRONG_TYPE", "Valeur illisible pour ce champ.",
                "Unreadable value for this field."));
        return null;
    }
}
