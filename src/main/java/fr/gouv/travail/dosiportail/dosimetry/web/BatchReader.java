package fr.gouv.travail.dosiportail.dosimetry.web;

import fr.gouv.travail.dosiportail.dosimetry.DoseRecordSubmission;
import fr.gouv.travail.dosiportail.dosimetry.collection.DoseCollection;
import fr.gouv.travail.dosiportail.platform.ApiProblem;
import fr.gouv.travail.dosiportail.platform.FieldProblem;
import java.util.ArrayList;
import java.util.List;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.exc.UnrecognizedPropertyException;
import tools.jackson.databind.json.JsonMapper;

/**
 * Reads each element of a batch on its own, so that one unreadable record (a dose written as text, an unknown
 * quantity code) is rejected alone. A property the caller may not set refuses the whole request (mass assignment).
 */
final class BatchReader {

    private final JsonMapper json;

    BatchReader(JsonMapper json) {
        this.json = json;
    }

    List<DoseCollection.Item> read(JsonNode array) {
        List<DoseCollection.Item> items = new ArrayList<>(array.size());
        for (int i = 0; i < array.size(); i++) {
            JsonNode node = array.get(i);
            String raw = json.writeValueAsString(node);
            try {
                items.add(new DoseCollection.Item(json.treeToValue(node, DoseRecordSubmission.class), raw, List.of()));
            } catch (UnrecognizedPropertyException e) {
                throw ApiProblem.invalid("[" + i + "]." + path(e), "UNKNOWN_PROPERTY",
                        "Propriété inconnue ou que vous ne pouvez pas fixer.",
                        "Unknown property, or one you may not set.");
            } catch (JacksonException e) {
                String field = path(e);
                items.add(new DoseCollection.Item(null, raw, List.of(new FieldProblem(field, "WRONG_TYPE",
                        "Valeur illisible ou hors des valeurs admises.", "Unreadable value, or not an allowed one."))));
            }
        }
        return items;
    }

    private static String path(JacksonException e) {
        StringBuilder sb = new StringBuilder();
        for (JacksonException.Reference r : e.getPath()) {
            if (r.getPropertyName() != null) {
                sb.append(sb.isEmpty() ? "" : ".").append(r.getPropertyName());
            } else if (r.getIndex() >= 0) {
                sb.append('[').append(r.getIndex()).append(']');
            }
        }
        return sb.toString();
    }
}
