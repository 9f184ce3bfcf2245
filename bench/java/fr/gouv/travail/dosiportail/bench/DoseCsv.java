package fr.gouv.travail.dosiportail.bench;

import fr.gouv.travail.dosiportail.dosimetry.BodyLocation;
import fr.gouv.travail.dosiportail.dosimetry.DoseRecordSubmission;
import fr.gouv.travail.dosiportail.dosimetry.MonitoringKind;
import fr.gouv.travail.dosiportail.dosimetry.OriginatorKind;
import fr.gouv.travail.dosiportail.dosimetry.QuantityCode;
import fr.gouv.travail.dosiportail.dosimetry.RadiationType;
import fr.gouv.travail.dosiportail.dosimetry.RecordStatus;
import fr.gouv.travail.dosiportail.dosimetry.collection.DoseCollection;
import fr.gouv.travail.dosiportail.platform.FieldProblem;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * The benchmark's own reader of one CSV line (';', no quoting: the generator writes no separator in values): the
 * record, or the field it could not read, and the line as a JSON object (kept if the record goes to quarantine).
 * The real upload parser is the files branch's (dosimetry/file); the engine does not depend on either.
 */
final class DoseCsv {

    private static final String[] FIELDS = DoseFile.HEADER.split(";");
    private static final java.util.regex.Pattern NUMBER = java.util.regex.Pattern.compile("-?[0-9]+(\\.[0-9]+)?");

    private DoseCsv() {
    }

    static DoseCollection.Item read(String line) {
        String[] f = new String[FIELDS.length];
        int from = 0;
        for (int i = 0; i < f.length; i++) {
            int to = i == f.length - 1 ? line.length() : line.indexOf(';', from);
            f[i] = line.substring(from, to);
            from = to + 1;
        }
        String json = json(f);
        String field = null;
        try {
            field = "originatorKind";
            OriginatorKind originator = OriginatorKind.valueOf(f[4]);
            field = "monitoringKind";
            MonitoringKind monitoring = MonitoringKind.valueOf(f[6]);
            field = "bodyLocation";
            BodyLocation location = f[8].isEmpty() ? null : BodyLocation.valueOf(f[8]);
            field = "radiationType";
            RadiationType radiation = f[9].isEmpty() ? null : RadiationType.valueOf(f[9]);
            field = "periodStart";
            LocalDate start = LocalDate.parse(f[10]);
            field = "periodEnd";
            LocalDate end = LocalDate.parse(f[11]);
            field = "quantity";
            QuantityCode quantity = QuantityCode.valueOf(f[12]);
            field = "valueMsv";
            BigDecimal value = f[13].isEmpty() ? null : new BigDecimal(f[13]);
            field = "thresholdMsv";
            BigDecimal threshold = f[15].isEmpty() ? null : new BigDecimal(f[15]);
            field = "resultStatus";
            RecordStatus status = RecordStatus.valueOf(f[16]);
            field = "emergencyEventId";
            UUID emergency = f[17].isEmpty() ? null : UUID.fromString(f[17]);
            return new DoseCollection.Item(new DoseRecordSubmission(f[0], f[1], f[2], f[3], originator, f[5],
                    monitoring, f[7], location, radiation, start, end, quantity, value, "true".equals(f[14]), threshold,
                    status, emergency, null), json, List.of());
        } catch (RuntimeException e) {
            return new DoseCollection.Item(null, json, List.of(new FieldProblem(field, "WRONG_TYPE",
                    "Valeur illisible ou hors des valeurs admises.", "Unreadable value, or not an allowed one.")));
        }
    }

    /** The line as the JSON object the API would have received (numbers and booleans unquoted). */
    private static String json(String[] f) {
        StringBuilder sb = new StringBuilder(400).append('{');
        for (int i = 0; i < f.length; i++) {
            if (f[i].isEmpty()) {
                continue;
            }
            if (sb.length() > 1) {
                sb.append(',');
            }
            sb.append('"').append(FIELDS[i]).append("\":");
            boolean bare = (i == 13 || i == 15) && NUMBER.matcher(f[i]).matches() || i == 14;
            if (bare) {
                sb.append(f[i]);
            } else {
                sb.append('"');
                for (char c : f[i].toCharArray()) {
                    if (c == '"' || c == '\\') {
                        sb.append('\\');
                    }
                    sb.append(c);
                }
                sb.append('"');
            }
        }
        return sb.append('}').toString();
    }
}
