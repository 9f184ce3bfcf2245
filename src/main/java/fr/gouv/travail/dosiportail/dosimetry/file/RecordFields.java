package fr.gouv.travail.dosiportail.dosimetry.file;

import fr.gouv.travail.dosiportail.dosimetry.DoseRecordSubmission;
import fr.gouv.travail.dosiportail.dosimetry.collection.DoseCollection;
import fr.gouv.travail.dosiportail.platform.FieldProblem;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import java.lang.reflect.RecordComponent;
import java.math.BigDecimal;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
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
    private static final Field[] ORDER = FIELDS.values().toArray(Field[]::new);
    private static final Map<Class<?>, Map<String, Object>> ENUMS = enums();
    private static final DateTimeFormatter FRENCH_DATE = DateTimeFormatter.ofPattern("dd/MM/uuuu")
            .withResolverStyle(java.time.format.ResolverStyle.STRICT); // 31/02 is no date

    private final JsonMapper json;

    RecordFields(JsonMapper json) {
        this.json = json;
    }

    private static Map<Class<?>, Map<String, Object>> enums() {
        Map<Class<?>, Map<String, Object>> enums = new java.util.HashMap<>();
        for (Field f : FIELDS.values()) {
            if (f.type().isEnum()) {
                Map<String, Object> byName = new java.util.HashMap<>();
                for (Object constant : f.type().getEnumConstants()) {
                    byName.put(((Enum<?>) constant).name(), constant);
                }
                enums.put(f.type(), byName);
            }
        }
        return enums;
    }

    /** The position of a field in {@link #FIELDS}, or -1. */
    static int indexOf(String name) {
        for (int i = 0; i < ORDER.length; i++) {
            if (ORDER[i].name().equals(name)) {
                return i;
            }
        }
        return -1;
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
        return readable(args);
    }

    /**
     * The same from text values in the order of {@link #FIELDS} (a CSV line): {@code null} for a column the file
     * does not have, empty for an empty cell. No JSON is built for a readable line.
     */
    DoseCollection.Item readTexts(String[] texts) {
        List<FieldProblem> problems = new ArrayList<>(0);
        Object[] args = new Object[ORDER.length];
        for (int i = 0; i < ORDER.length; i++) {
            String text = texts[i];
            boolean absent = text == null || text.isBlank();
            args[i] = absent ? (ORDER[i].type() == boolean.class ? Boolean.FALSE : null)
                    : convertText(ORDER[i], text.strip(), problems);
        }
        if (!problems.isEmpty()) {
            ObjectNode raw = json.createObjectNode();
            for (int i = 0; i < ORDER.length; i++) {
                if (texts[i] != null && texts[i].isEmpty()) {
                    raw.putNull(ORDER[i].name());
                } else if (texts[i] != null) {
                    raw.put(ORDER[i].name(), texts[i]);
                }
            }
            return new DoseCollection.Item(null, json.writeValueAsString(raw), problems);
        }
        return readable(args);
    }

    private DoseCollection.Item readable(Object[] args) {
        try {
            var record = (DoseRecordSubmission) CONSTRUCTOR.newInstance(args);
            return DoseCollection.Item.readable(record, () -> json.writeValueAsString(record));
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Object convert(Field f, JsonNode node, List<FieldProblem> problems) {
        boolean absent = node == null || node.isNull() || node.isString() && node.asString().isBlank();
        if (absent) {
            return f.type() == boolean.class ? Boolean.FALSE : null;
        }
        if (node.isString()) {
            return convertText(f, node.asString().strip(), problems);
        }
        Class<?> t = f.type();
        if (t == String.class && node.isNumber()) {
            return node.asString();
        }
        if (t == BigDecimal.class && node.isNumber()) {
            return node.decimalValue();
        }
        if (t == boolean.class && node.isBoolean()) {
            return node.asBoolean();
        }
        return convertText(f, null, problems); // a JSON value of the wrong type: the field's own message
    }

    /** One non-blank, stripped text value ({@code null}: a JSON value that is no text), or its reading error. */
    private static Object convertText(Field f, String text, List<FieldProblem> problems) {
        Class<?> t = f.type();
        if (t == String.class) {
            if (text != null) {
                return text;
            }
        } else if (t.isEnum()) {
            Object constant = text == null ? null : ENUMS.get(t).get(text);
            if (constant != null) {
                return constant;
            }
            String allowed = Arrays.stream(t.getEnumConstants()).map(c -> ((Enum<?>) c).name())
                    .collect(Collectors.joining(", "));
            problems.add(new FieldProblem(f.name(), "UNKNOWN_CODE", "Code inconnu ; codes admis : " + allowed + ".",
                    "Unknown code; allowed codes: " + allowed + "."));
            return null;
        } else if (t == LocalDate.class) {
            LocalDate date = text == null ? null : date(text);
            if (date != null) {
                return date;
            }
            problems.add(new FieldProblem(f.name(), "INVALID_DATE",
                    "Date illisible : écrivez AAAA-MM-JJ (ou JJ/MM/AAAA), par exemple 2025-01-31.",
                    "Unreadable date: write YYYY-MM-DD (or DD/MM/YYYY), e.g. 2025-01-31."));
            return null;
        } else if (t == BigDecimal.class) {
            if (text != null && isDecimal(text)) {
                return new BigDecimal(text.replace(',', '.'));
            }
            problems.add(new FieldProblem(f.name(), "NOT_A_NUMBER",
                    "La dose doit être un nombre décimal en mSv, par exemple 0,25 ou 0.25 (sans unité, exposant ni "
                            + "séparateur de milliers).",
                    "The dose must be a decimal number of mSv, e.g. 0.25 (no unit, exponent or thousands separator)."));
            return null;
        } else if (t == boolean.class) {
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

    /** {@code [+-]digits[(.|,)digits]}: no exponent, unit or thousands separator. */
    static boolean isDecimal(String text) {
        int n = text.length();
        int i = n > 0 && (text.charAt(0) == '+' || text.charAt(0) == '-') ? 1 : 0;
        int digits = 0;
        while (i < n && isDigit(text.charAt(i))) {
            i++;
            digits++;
        }
        if (digits == 0) {
            return false;
        }
        if (i == n) {
            return true;
        }
        if (text.charAt(i) != '.' && text.charAt(i) != ',') {
            return false;
        }
        i++;
        int decimals = 0;
        while (i < n && isDigit(text.charAt(i))) {
            i++;
            decimals++;
        }
        return decimals > 0 && i == n;
    }

    private static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }

    /** YYYY-MM-DD (read without the formatter: a million dates per file) or DD/MM/YYYY; null when no date. */
    static LocalDate date(String text) {
        try {
            if (text.length() == 10 && text.charAt(4) == '-' && text.charAt(7) == '-') {
                int y = digits(text, 0, 4);
                int m = digits(text, 5, 7);
                int d = digits(text, 8, 10);
                if (y >= 0 && m >= 0 && d >= 0) {
                    return LocalDate.of(y, m, d);
                }
            }
            return text.contains("/") ? LocalDate.parse(text, FRENCH_DATE) : LocalDate.parse(text);
        } catch (DateTimeException e) {
            return null;
        }
    }

    private static int digits(String text, int from, int to) {
        int value = 0;
        for (int i = from; i < to; i++) {
            char c = text.charAt(i);
            if (!isDigit(c)) {
                return -1;
            }
            value = value * 10 + (c - '0');
        }
        return value;
    }
}
