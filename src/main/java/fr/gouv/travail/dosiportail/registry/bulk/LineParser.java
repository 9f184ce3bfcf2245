package fr.gouv.travail.dosiportail.registry.bulk;

import fr.gouv.travail.dosiportail.registry.Classification;
import fr.gouv.travail.dosiportail.registry.ContractType;
import fr.gouv.travail.dosiportail.registry.MonitoringType;
import fr.gouv.travail.dosiportail.core.Sex;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.apache.commons.csv.CSVRecord;

/** Reads one CSV record's cells into typed values, collecting one error per bad cell. */
final class LineParser {

    record CellError(String column, String code, String message) {
    }

    private static final DateTimeFormatter FRENCH_DATE = DateTimeFormatter.ofPattern("dd/MM/uuuu");
    private static final Map<String, ContractType> CONTRACTS = Map.of("INTERIM", ContractType.TEMPORARY_WORK,
            "APPRENTISSAGE", ContractType.APPRENTICESHIP, "INDEPENDANT", ContractType.SELF_EMPLOYED,
            "CHANTIER", ContractType.SITE_CONTRACT, "STAGE", ContractType.INTERNSHIP,
            "FONCTIONNAIRE", ContractType.CIVIL_SERVANT, "AUTRE", ContractType.OTHER);
    private static final Map<String, MonitoringType> TYPES = Map.of("EXTERNE", MonitoringType.EXTERNAL_WHOLE_BODY,
            "EXTREMITES", MonitoringType.EXTREMITIES, "CRISTALLIN", MonitoringType.LENS,
            "INTERNE", MonitoringType.INTERNAL);

    private final CSVRecord record;
    final List<CellError> errors = new java.util.ArrayList<>();

    LineParser(CSVRecord record) {
        this.record = record;
    }

    String text(String column) {
        if (!record.isMapped(column) || !record.isSet(column)) {
            return null;
        }
        String v = record.get(column).trim();
        return v.isEmpty() ? null : v;
    }

    String required(String column) {
        String v = text(column);
        if (v == null) {
            errors.add(new CellError(column, "REQUIRED", "Valeur obligatoire."));
        }
        return v;
    }

    LocalDate date(String column, boolean required) {
        String v = required ? required(column) : text(column);
        if (v == null) {
            return null;
        }
        try {
            return v.contains("/") ? LocalDate.parse(v, FRENCH_DATE) : LocalDate.parse(v);
        } catch (DateTimeParseException e) {
            errors.add(new CellError(column, "INVALID_DATE", "Date attendue au format AAAA-MM-JJ ou JJ/MM/AAAA."));
            return null;
        }
    }

    Sex sex() {
        String v = required("sexe");
        if (v == null) {
            return null;
        }
        return switch (v.toUpperCase(Locale.ROOT)) {
            case "M", "1" -> Sex.M;
            case "F", "2" -> Sex.F;
            default -> {
                errors.add(new CellError("sexe", "INVALID_SEX", "Sexe attendu : M, F, 1 ou 2."));
                yield null;
            }
        };
    }

    ContractType contract() {
        String v = required("type_contrat");
        if (v == null) {
            return null;
        }
        String key = strip(v);
        try {
            return CONTRACTS.containsKey(key) ? CONTRACTS.get(key) : ContractType.valueOf(key);
        } catch (IllegalArgumentException e) {
            errors.add(new CellError("type_contrat", "UNKNOWN_CONTRACT_TYPE", "Type de contrat inconnu."));
            return null;
        }
    }

    BigDecimal ratio() {
        String v = required("quotite");
        if (v == null) {
            return null;
        }
        try {
            BigDecimal r = new BigDecimal(v.replace(',', '.').replace("%", "").trim());
            if (r.signum() <= 0 || r.compareTo(BigDecimal.valueOf(100)) > 0) {
                errors.add(new CellError("quotite", "OUT_OF_RANGE", "La quotité doit être comprise entre 0 (exclu) et 100."));
                return null;
            }
            return r;
        } catch (NumberFormatException e) {
            errors.add(new CellError("quotite", "INVALID_NUMBER", "Nombre attendu (par exemple 100 ou 80,5)."));
            return null;
        }
    }

    Classification classification() {
        String v = text("classement");
        if (v == null) {
            return null;
        }
        return switch (strip(v)) {
            case "A" -> Classification.A;
            case "B" -> Classification.B;
            case "NON_CLASSE", "NOT_CLASSIFIED", "NC" -> Classification.NOT_CLASSIFIED;
            default -> {
                errors.add(new CellError("classement", "UNKNOWN_CLASSIFICATION", "Classement attendu : A, B ou NON_CLASSE."));
                yield null;
            }
        };
    }

    Integer emergencyGroup() {
        String v = text("groupe_urgence");
        if (v == null) {
            return null;
        }
        if (!v.equals("1") && !v.equals("2")) {
            errors.add(new CellError("groupe_urgence", "OUT_OF_RANGE", "Groupe d’urgence attendu : 1, 2 ou vide."));
            return null;
        }
        return Integer.valueOf(v);
    }

    boolean flag(String column) {
        String v = text(column);
        if (v == null) {
            return false;
        }
        return switch (strip(v)) {
            case "OUI", "O", "1", "TRUE", "VRAI", "X" -> true;
            case "NON", "N", "0", "FALSE", "FAUX" -> false;
            default -> {
                errors.add(new CellError(column, "INVALID_BOOLEAN", "Valeur attendue : oui ou non."));
                yield false;
            }
        };
    }

    Set<MonitoringType> types() {
        String v = text("types_suivi");
        Set<MonitoringType> set = EnumSet.noneOf(MonitoringType.class);
        if (v == null) {
            return set;
        }
        for (String t : v.split("\\|")) {
            if (t.isBlank()) {
                continue;
            }
            String key = strip(t);
            try {
                set.add(TYPES.containsKey(key) ? TYPES.get(key) : MonitoringType.valueOf(key));
            } catch (IllegalArgumentException e) {
                errors.add(new CellError("types_suivi", "UNKNOWN_MONITORING_TYPE", "Type de suivi inconnu."));
            }
        }
        return set;
    }

    private static String strip(String v) {
        return java.text.Normalizer.normalize(v.trim(), java.text.Normalizer.Form.NFD).replaceAll("\\p{M}", "")
                .toUpperCase(Locale.ROOT).replace(' ', '_').replace('-', '_');
    }
}
