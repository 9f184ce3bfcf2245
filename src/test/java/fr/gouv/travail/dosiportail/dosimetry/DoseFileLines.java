package fr.gouv.travail.dosiportail.dosimetry;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Dose files for tests: records (from {@link DoseRecords}) written as CSV or JSON Lines, and waiting for the end. */
final class DoseFileLines {

    private DoseFileLines() {
    }

    /** Header from the first record's fields, then one line per record; string values lose their JSON quotes. */
    static String csv(char separator, List<Map<String, String>> records) {
        String sep = String.valueOf(separator);
        StringBuilder sb = new StringBuilder(String.join(sep, records.get(0).keySet())).append('\n');
        for (Map<String, String> r : records) {
            sb.append(r.values().stream().map(DoseFileLines::unquote).collect(Collectors.joining(sep))).append('\n');
        }
        return sb.toString();
    }

    static String jsonLines(List<Map<String, String>> records) {
        return records.stream().map(DoseRecords::json).collect(Collectors.joining("\n", "", "\n"));
    }

    private static String unquote(String json) {
        return json.startsWith("\"") ? json.substring(1, json.length() - 1) : json;
    }

    /** Polls the file's status until DONE or FAILED (the processing runs in the background). */
    static JsonNode awaitFinished(MockMvc mvc, String id, RequestPostProcessor who) throws Exception {
        long deadline = System.nanoTime() + Duration.ofSeconds(90).toNanos();
        while (true) {
            var response = mvc.perform(get("/api/v1/dose-files/" + id).with(who)).andReturn().getResponse();
            assertThat(response.getStatus()).isEqualTo(200);
            JsonNode status = JsonMapper.shared().readTree(response.getContentAsString());
            String s = status.path("status").asString();
            if (s.equals("DONE") || s.equals("FAILED")) {
                return status;
            }
            if (System.nanoTime() > deadline) {
                throw new AssertionError("file " + id + " still " + s + " after 90 s: " + status);
            }
            Thread.sleep(100);
        }
    }
}
