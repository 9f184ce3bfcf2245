package fr.gouv.travail.dosiportail.dosimetry.file;

import static org.assertj.core.api.Assertions.assertThat;

import fr.gouv.travail.dosiportail.core.Nir;
import fr.gouv.travail.dosiportail.core.Siret;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * docs/formats tells the truth: the JSON Schema names the record's fields, required ones and codes exactly as the
 * Java types do, and every example file reads through the real parser without a fault.
 */
class DoseFileFormatDocumentationTest {

    private static final Path FORMATS = Path.of("docs/formats");
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private static JsonNode schema() throws Exception {
        return JSON.readTree(Files.readString(FORMATS.resolve("dose-record.schema.json")));
    }

    @Test
    void theSchemaNamesEveryFieldAndTheRequiredOnesAsTheApiRecordDoes() throws Exception {
        JsonNode schema = schema();
        Set<String> properties = new TreeSet<>();
        schema.path("properties").propertyNames().forEach(properties::add);
        assertThat(properties).isEqualTo(new TreeSet<>(RecordFields.FIELDS.keySet()));
        Set<String> required = new TreeSet<>();
        schema.path("required").forEach(n -> required.add(n.asString()));
        assertThat(required).isEqualTo(RecordFields.FIELDS.values().stream().filter(RecordFields.Field::required)
                .map(RecordFields.Field::name).collect(Collectors.toCollection(TreeSet::new)));
        assertThat(schema.path("additionalProperties").asBoolean(true)).isFalse();
    }

    @Test
    void theSchemaCodesAreTheJavaEnumsExactly() throws Exception {
        JsonNode properties = schema().path("properties");
        int enums = 0;
        for (RecordFields.Field f : RecordFields.FIELDS.values()) {
            if (!f.type().isEnum()) {
                continue;
            }
            enums++;
            List<String> documented = new ArrayList<>();
            properties.path(f.name()).path("enum").forEach(n -> {
                if (!n.isNull()) {
                    documented.add(n.asString());
                }
            });
            List<String> java = Arrays.stream(f.type().getEnumConstants()).map(c -> ((Enum<?>) c).name()).toList();
            assertThat(documented).as(f.name()).containsExactlyElementsOf(java);
            assertThat(properties.path(f.name()).path("enum").toString().contains("null")).as(f.name())
                    .isEqualTo(!f.required());
        }
        assertThat(enums).isEqualTo(6);
    }

    @ParameterizedTest
    @ValueSource(strings = {"resultats-dosimetriques.csv", "resultats-dosimetriques.jsonl"})
    void everyExampleLineReadsThroughTheRealParser(String name) throws Exception {
        Path file = FORMATS.resolve("examples").resolve(name);
        FileFormat format = FileFormat.declared(null, name).orElseThrow();
        List<DoseFileReader.ParsedLine> lines;
        try (InputStream in = Files.newInputStream(file); var reader = new DoseFileReader(in, format,
                LineParser.of(format, FileProcessing.firstLine(file), JSON), 0)) {
            lines = reader.next(1000);
        }
        assertThat(lines).hasSize(3);
        for (var line : lines) {
            assertThat(line.item().readErrors()).as(name + " line " + line.number()).isEmpty();
            new Nir(line.item().record().nir());
            new Siret(line.item().record().siret());
        }
    }

    @Test
    void theDocumentationListsEveryColumn() throws Exception {
        String doc = Files.readString(FORMATS.resolve("dose-records.md"));
        RecordFields.FIELDS.keySet().forEach(f -> assertThat(doc).contains("| `" + f + "` |"));
    }
}
