package fr.gouv.travail.dosiportail.registry.web;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import tools.jackson.databind.json.JsonMapper;

/** SQL rows as API objects: camelCase keys, JSON columns as JSON, nested lists converted too. */
final class Rows {

    private static final Set<String> JSON_COLUMNS = Set.of("missing", "declared", "differences", "monitoring_types");
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private Rows() {
    }

    static List<Map<String, Object>> api(List<Map<String, Object>> rows) {
        return rows.stream().map(Rows::api).toList();
    }

    @SuppressWarnings("unchecked")
    static Map<String, Object> api(Map<String, Object> row) {
        Map<String, Object> out = new LinkedHashMap<>();
        row.forEach((k, v) -> {
            Object value = v;
            if (v instanceof String s && JSON_COLUMNS.contains(k)) {
                value = JSON.readTree(s);
            } else if (v instanceof List<?> l && !l.isEmpty() && l.get(0) instanceof Map) {
                value = api((List<Map<String, Object>>) l);
            } else if (v instanceof String s && (k.equals("siret") || k.equals("nir") || k.equals("rpps")
                    || k.equals("siren") || k.equals("organisation_siret"))) {
                value = s.trim();
            }
            out.put(camel(k), value);
        });
        return out;
    }

    static String camel(String snake) {
        StringBuilder sb = new StringBuilder();
        boolean up = false;
        for (char c : snake.toCharArray()) {
            if (c == '_') {
                up = true;
            } else {
                sb.append(up ? Character.toUpperCase(c) : c);
                up = false;
            }
        }
        return sb.toString();
    }
}
