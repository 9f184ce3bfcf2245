package fr.gouv.travail.dosiportail.dosimetry.web;

import fr.gouv.travail.dosiportail.dosimetry.reading.DoseRecordView;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.function.Consumer;

/**
 * The history as CSV for spreadsheet users: ';' separator, decimal comma, UTF-8 with a byte order mark (so that Excel
 * reads the accents), French headers, written row by row as the database hands them (nothing held in memory). The
 * headers are only sent with the first row, so that a refusal can still answer a 404 problem.
 */
final class DoseHistoryCsv implements Consumer<DoseRecordView> {

    static final String HEADER = "Début de période;Fin de période;Dosimètre;Grandeur;Type de surveillance;Emplacement;"
            + "Rayonnement;Dose (mSv);Inférieure au seuil (M);Seuil (mSv);Statut;Composante;Version;Corrigé;Annulé;"
            + "Motif de correction;Émetteur;Identifiant de l'émetteur;Canal;Récépissé;Reçu le;Note de provenance";
    private static final DateTimeFormatter RECEIVED = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss")
            .withZone(ZoneId.of("Europe/Paris"));
    private final HttpServletResponse response;
    private final String filename;
    private Writer out;

    DoseHistoryCsv(HttpServletResponse response, String filename) {
        this.response = response;
        this.filename = filename;
    }

    @Override
    public void accept(DoseRecordView r) {
        line(r.periodStart().toString(), r.periodEnd().toString(), r.dosimeterId(), r.quantity(), r.monitoringKind(), r.bodyLocation(),
                r.radiationType(), decimal(r.valueMsv()), r.belowThreshold() ? "M" : "", decimal(r.thresholdMsv()),
                r.resultStatus(), r.component(), Integer.toString(r.version()), r.corrected() ? "oui" : "non",
                r.cancelled() ? "oui" : "non", r.correctionReason(), r.provenance().originatorKind(),
                r.provenance().originatorId(), r.provenance().channel(), r.provenance().receiptNumber(),
                RECEIVED.format(r.provenance().receivedAt()), r.provenance().sourceNote());
    }

    /** Sends the headers (once) and flushes: an empty history is a header line alone. */
    void finish() {
        try {
            open().flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private Writer open() throws IOException {
        if (out == null) {
            response.setContentType("text/csv;charset=UTF-8");
            response.setHeader("Content-Disposition", "attachment; filename=\"" + filename + "\"");
            out = new OutputStreamWriter(response.getOutputStream(), StandardCharsets.UTF_8);
            out.write('\uFEFF');
            out.write(HEADER);
            out.write("\r\n");
        }
        return out;
    }

    private void line(String... cells) {
        try {
            Writer w = open();
            for (int i = 0; i < cells.length; i++) {
                if (i > 0) {
                    w.write(';');
                }
                w.write(cell(cells[i]));
            }
            w.write("\r\n");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static String cell(String v) {
        if (v == null) {
            return "";
        }
        boolean quote = v.indexOf(';') >= 0 || v.indexOf('"') >= 0 || v.indexOf('\n') >= 0 || v.indexOf('\r') >= 0;
        // a leading = + - @ would be run as a formula by the spreadsheet
        String safe = !v.isEmpty() && "=+-@".indexOf(v.charAt(0)) >= 0 ? "'" + v : v;
        return quote ? "\"" + safe.replace("\"", "\"\"") + "\"" : safe;
    }

    static String decimal(BigDecimal v) {
        return v == null ? "" : v.toPlainString().replace('.', ',');
    }
}
