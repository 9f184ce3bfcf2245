package fr.gouv.travail.dosiportail.dosimetry.file;

import fr.gouv.travail.dosiportail.dosimetry.collection.DoseCollection;
import fr.gouv.travail.dosiportail.platform.ApiProblem;
import fr.gouv.travail.dosiportail.platform.FieldProblem;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import tools.jackson.core.JacksonException;
import tools.jackson.core.StreamReadFeature;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Reads one line of a dose file into an item; never throws for bad content (the item carries the errors). */
interface LineParser {

    DoseCollection.Item parse(String line);

    /** A parser for the file's layout; a CSV header is checked here and refused with the columns at fault. */
    static LineParser of(FileFormat format, String firstLine, JsonMapper apiJson) {
        return format == FileFormat.CSV ? Csv.fromHeader(firstLine, apiJson) : new JsonLines(apiJson);
    }

    /** {@code ;} unless the header holds more {@code ,}. */
    static char separatorOf(String header) {
        long semicolons = header.chars().filter(c -> c == ';').count();
        long commas = header.chars().filter(c -> c == ',').count();
        return commas > semicolons ? ',' : ';';
    }

    final class Csv implements LineParser {
        final char separator;
        final List<String> columns;
        private final int[] fieldOfColumn;
        private final RecordFields fields;

        Csv(char separator, List<String> columns, JsonMapper json) {
            this.separator = separator;
            this.columns = columns;
            this.fieldOfColumn = columns.stream().mapToInt(RecordFields::indexOf).toArray();
            this.fields = new RecordFields(json);
        }

        static Csv fromHeader(String header, JsonMapper json) {
            String h = header.startsWith("\uFEFF") ? header.substring(1) : header;
            char separator = separatorOf(h);
            List<String> cells;
            try {
                cells = CsvSplitter.split(h, separator);
            } catch (CsvSplitter.Malformed e) {
                throw FileRefusals.header("Guillemets mal fermés dans la ligne d’en-tête.",
                        "Badly closed quotes in the header line.");
            }
            Map<String, String> byLowerName = new LinkedHashMap<>();
            RecordFields.FIELDS.keySet().forEach(n -> byLowerName.put(n.toLowerCase(Locale.ROOT), n));
            List<String> columns = new ArrayList<>();
            List<String> unknown = new ArrayList<>();
            List<String> twice = new ArrayList<>();
            for (String cell : cells) {
                String name = byLowerName.get(cell.strip().toLowerCase(Locale.ROOT));
                if (name == null) {
                    unknown.add(cell.strip());
                } else if (columns.contains(name)) {
                    twice.add(name);
                }
                columns.add(name);
            }
            List<String> missing = RecordFields.FIELDS.values().stream().filter(RecordFields.Field::required)
                    .map(RecordFields.Field::name).filter(n -> !columns.contains(n)).toList();
            if (!unknown.isEmpty() || !missing.isEmpty() || !twice.isEmpty()) {
                throw headerProblem(unknown, missing, twice, separator);
            }
            return new Csv(separator, columns, json);
        }

        private static ApiProblem headerProblem(List<String> unknown, List<String> missing, List<String> twice,
                                                char separator) {
            StringBuilder fr = new StringBuilder("En-tête invalide (séparateur lu : « " + separator + " »).");
            StringBuilder en = new StringBuilder("Invalid header (separator read: '" + separator + "').");
            if (!unknown.isEmpty()) {
                fr.append(" Colonnes inconnues : ").append(String.join(", ", unknown)).append('.');
                en.append(" Unknown columns: ").append(String.join(", ", unknown)).append('.');
            }
            if (!missing.isEmpty()) {
                fr.append(" Colonnes obligatoires absentes : ").append(String.join(", ", missing)).append('.');
                en.append(" Missing required columns: ").append(String.join(", ", missing)).append('.');
            }
            if (!twice.isEmpty()) {
                fr.append(" Colonnes en double : ").append(String.join(", ", twice)).append('.');
                en.append(" Columns given twice: ").append(String.join(", ", twice)).append('.');
            }
            fr.append(" Colonnes admises : ").append(String.join(", ", RecordFields.FIELDS.keySet())).append('.');
            en.append(" Allowed columns: ").append(String.join(", ", RecordFields.FIELDS.keySet())).append('.');
            return FileRefusals.header(fr.toString(), en.toString());
        }

        @Override
        public DoseCollection.Item parse(String line) {
            List<String> cells;
            try {
                cells = CsvSplitter.split(line, separator);
            } catch (CsvSplitter.Malformed e) {
                return unreadable("MALFORMED_QUOTES", "Guillemets mal fermés (caractère " + e.column + ").",
                        "Badly closed quotes (character " + e.column + ").", line);
            }
            if (cells.size() != columns.size()) {
                String hint = separator == ',' ? " Avec le séparateur virgule, mettez les décimales entre guillemets "
                        + "(\"0,25\") ou écrivez-les avec un point." : "";
                String hintEn = separator == ',' ? " With the comma separator, quote decimals (\"0,25\") or write "
                        + "them with a point." : "";
                return unreadable("WRONG_COLUMN_COUNT", "La ligne a " + cells.size() + " colonnes, l’en-tête en a "
                        + columns.size() + "." + hint, "The line has " + cells.size() + " columns, the header "
                        + columns.size() + "." + hintEn, line);
            }
            String[] texts = new String[RecordFields.FIELDS.size()];
            for (int i = 0; i < cells.size(); i++) {
                texts[fieldOfColumn[i]] = cells.get(i);
            }
            return fields.readTexts(texts);
        }

        private DoseCollection.Item unreadable(String code, String fr, String en, String line) {
            String raw = JsonMapper.shared().writeValueAsString(Map.of("line", line));
            return new DoseCollection.Item(null, raw, List.of(new FieldProblem("", code, fr, en)));
        }
    }

    final class JsonLines implements LineParser {
        private final JsonMapper reader;
        private final RecordFields fields;

        JsonLines(JsonMapper apiJson) {
            this.reader = JsonMapper.builder().enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
                    .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION).build();
            this.fields = new RecordFields(apiJson);
        }

        @Override
        public DoseCollection.Item parse(String line) {
            JsonNode node;
            try {
                node = reader.readTree(line);
            } catch (JacksonException e) {
                return unreadable("INVALID_JSON", "Ligne illisible : ce n’est pas un objet JSON valide.",
                        "Unreadable line: not a valid JSON object.", line);
            }
            if (node == null || !node.isObject()) {
                return unreadable("NOT_AN_OBJECT", "Chaque ligne doit être un objet JSON { … }.",
                        "Each line must be a JSON object { … }.", line);
            }
            Map<String, JsonNode> values = new LinkedHashMap<>();
            List<String> unknown = new ArrayList<>();
            for (var e : node.properties()) {
                if (RecordFields.FIELDS.containsKey(e.getKey())) {
                    values.put(e.getKey(), e.getValue());
                } else {
                    unknown.add(e.getKey());
                }
            }
            DoseCollection.Item item = fields.read(values);
            if (unknown.isEmpty()) {
                return item;
            }
            List<FieldProblem> problems = new ArrayList<>(unknown.stream().map(k -> new FieldProblem(k,
                    "UNKNOWN_PROPERTY", "Propriété inconnue ou que vous ne pouvez pas fixer.",
                    "Unknown property, or one you may not set.")).toList());
            problems.addAll(item.readErrors());
            return new DoseCollection.Item(null, reader.writeValueAsString(node), problems);
        }

        private DoseCollection.Item unreadable(String code, String fr, String en, String line) {
            String raw = reader.writeValueAsString(Map.of("line", line));
            return new DoseCollection.Item(null, raw, List.of(new FieldProblem("", code, fr, en)));
        }
    }

    /** Lists the allowed column names, for messages and the documentation test. */
    static String allowedColumns() {
        return RecordFields.FIELDS.keySet().stream().collect(Collectors.joining(", "));
    }
}
