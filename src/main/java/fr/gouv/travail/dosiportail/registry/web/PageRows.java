package fr.gouv.travail.dosiportail.registry.web;

import fr.gouv.travail.dosiportail.registry.MissingItem;
import fr.gouv.travail.dosiportail.registry.Outcome;
import fr.gouv.travail.dosiportail.registry.Receipt;
import java.sql.Timestamp;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/** SQL rows of {@code RegistryQueries} as what the pages show. */
final class PageRows {

    static final ZoneId PARIS = ZoneId.of("Europe/Paris");
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private PageRows() {
    }

    static Receipt receipt(Map<String, Object> row) {
        return new Receipt((String) row.get("number"), Outcome.valueOf((String) row.get("outcome")),
                (String) row.get("subject"), (UUID) row.get("subject_id"), missing((String) row.get("missing")),
                time(row.get("created_at")));
    }

    static List<MissingItem> missing(String json) {
        return json == null ? List.of() : JSON.readValue(json, new TypeReference<List<MissingItem>>() { });
    }

    /** Field → {registered, declared}, as recorded with an identity discrepancy. */
    static Map<String, Map<String, String>> differences(String json) {
        return JSON.readValue(json, new TypeReference<java.util.LinkedHashMap<String, Map<String, String>>>() { });
    }

    /** Monitoring types stored as a JSON array of names. */
    static List<String> names(String json) {
        return json == null ? List.of() : JSON.readValue(json, new TypeReference<List<String>>() { });
    }

    /** Rows with java.time values (the JDBC driver gives java.sql dates), nested lists of rows included. */
    static List<Map<String, Object>> dated(List<Map<String, Object>> rows) {
        return rows.stream().map(PageRows::dated).toList();
    }

    @SuppressWarnings("unchecked")
    static Map<String, Object> dated(Map<String, Object> row) {
        Map<String, Object> out = new java.util.LinkedHashMap<>();
        row.forEach((k, v) -> {
            if (v instanceof java.sql.Date d) {
                out.put(k, d.toLocalDate());
            } else if (v instanceof Timestamp t) {
                out.put(k, time(t));
            } else if (v instanceof List<?> l && !l.isEmpty() && l.get(0) instanceof Map) {
                out.put(k, dated((List<Map<String, Object>>) l));
            } else {
                out.put(k, v);
            }
        });
        return out;
    }

    static OffsetDateTime time(Object value) {
        if (value instanceof OffsetDateTime t) {
            return t.atZoneSameInstant(PARIS).toOffsetDateTime();
        }
        if (value instanceof Timestamp t) {
            return t.toInstant().atZone(PARIS).toOffsetDateTime();
        }
        return null;
    }
}
