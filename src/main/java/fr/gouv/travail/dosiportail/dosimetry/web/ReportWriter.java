package fr.gouv.travail.dosiportail.dosimetry.web;

import fr.gouv.travail.dosiportail.dosimetry.file.DoseFileStatus;
import fr.gouv.travail.dosiportail.dosimetry.file.DoseFiles;
import fr.gouv.travail.dosiportail.identity.Actor;
import jakarta.servlet.http.HttpServletResponse;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.UUID;
import tools.jackson.databind.json.JsonMapper;

/** Writes an execution report as it is read (never whole in memory): JSON for programs, CSV for spreadsheets. */
final class ReportWriter {

    private final JsonMapper json;

    ReportWriter(JsonMapper json) {
        this.json = json;
    }

    void json(DoseFiles files, Actor actor, UUID id, HttpServletResponse response) throws IOException {
        DoseFileStatus file = files.status(actor, id);
        response.setContentType("application/json");
        response.setCharacterEncoding("UTF-8");
        try (Writer out = writer(response)) {
            out.write("{\"file\":" + json.writeValueAsString(file) + ",\"lines\":[");
            boolean[] first = {true};
            files.report(actor, id, line -> {
                write(out, (first[0] ? "" : ",") + json.writeValueAsString(line));
                first[0] = false;
            });
            out.write("]}");
        }
    }

    void csv(DoseFiles files, Actor actor, UUID id, HttpServletResponse response) throws IOException {
        DoseFileStatus file = files.status(actor, id);
        response.setContentType("text/csv;charset=UTF-8");
        response.setHeader("Content-Disposition", "attachment; filename=\"rapport-" + file.receiptNumber() + ".csv\"");
        try (Writer out = writer(response)) {
            out.write('\uFEFF'); // spreadsheets then read the file as UTF-8
            out.write("ligne;resultat;champ;code;message;message_en\r\n");
            files.report(actor, id, line -> write(out, String.join(";", Long.toString(line.line()), line.outcome(),
                    cell(line.field()), cell(line.code()), cell(line.message()), cell(line.messageEn())) + "\r\n"));
        }
    }

    private static Writer writer(HttpServletResponse response) throws IOException {
        return new BufferedWriter(new OutputStreamWriter(response.getOutputStream(), StandardCharsets.UTF_8), 64 * 1024);
    }

    /** Quoted when it holds a separator, a quote or a line break; a leading = + - @ is neutralised (CSV injection). */
    static String cell(String value) {
        if (value == null) {
            return "";
        }
        String v = !value.isEmpty() && "=+-@".indexOf(value.charAt(0)) >= 0 ? "'" + value : value;
        return v.contains(";") || v.contains("\"") || v.contains("\n") || v.contains("\r")
                ? "\"" + v.replace("\"", "\"\"") + "\"" : v;
    }

    private static void write(Writer out, String text) {
        try {
            out.write(text);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
