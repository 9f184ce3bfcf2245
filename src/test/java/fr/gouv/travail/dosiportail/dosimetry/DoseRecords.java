package fr.gouv.travail.dosiportail.dosimetry;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.jwt;

import fr.gouv.travail.dosiportail.registry.RegistryFixtures;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Collectors;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/** Test data for dose records: a JSON record for a declared worker, changed field by field. */
final class DoseRecords {

    static final String LAB = "LAB-1";

    private DoseRecords() {
    }

    static RequestPostProcessor lab(String accreditationNumber) {
        return jwt().authorities(new SimpleGrantedAuthority("ROLE_ACCREDITED_BODY"))
                .jwt(j -> j.subject("lab-" + accreditationNumber).claim("actor_kind", "ACCREDITED_BODY")
                        .claim("accreditation_number", accreditationNumber));
    }

    static RequestPostProcessor operator() {
        return jwt().authorities(new SimpleGrantedAuthority("ROLE_OPERATOR"))
                .jwt(j -> j.subject("operator").claim("actor_kind", "OPERATOR"));
    }

    /** A passive whole-body Hp(10) result of January 2025, from lab {@link #LAB}, values as raw JSON. */
    static Map<String, String> record(RegistryFixtures.WorkerBuilder worker, String siret, String dosimeter) {
        Map<String, String> r = new LinkedHashMap<>();
        r.put("nir", q(worker.nir));
        r.put("lastName", q(worker.birthName));
        r.put("firstName", q(worker.firstNames.split(" ")[0]));
        r.put("siret", q(siret));
        r.put("originatorKind", q("ACCREDITED_BODY"));
        r.put("originatorId", q(LAB));
        r.put("monitoringKind", q("EXTERNAL_PASSIVE"));
        r.put("dosimeterId", q(dosimeter));
        r.put("bodyLocation", q("WHOLE_BODY"));
        r.put("radiationType", q("PHOTONS"));
        r.put("periodStart", q("2025-01-01"));
        r.put("periodEnd", q("2025-01-31"));
        r.put("quantity", q("HP10"));
        r.put("valueMsv", "0.25");
        r.put("belowThreshold", "false");
        r.put("resultStatus", q("RESULT"));
        return r;
    }

    static Map<String, String> with(Map<String, String> record, String field, String rawJson) {
        Map<String, String> copy = new LinkedHashMap<>(record);
        copy.put(field, rawJson);
        return copy;
    }

    static String json(Map<String, String> record) {
        return record.entrySet().stream().map(e -> q(e.getKey()) + ":" + e.getValue())
                .collect(Collectors.joining(",", "{", "}"));
    }

    static String q(String s) {
        return "\"" + s + "\"";
    }
}
