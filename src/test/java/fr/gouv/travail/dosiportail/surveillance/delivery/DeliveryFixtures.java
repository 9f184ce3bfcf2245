package fr.gouv.travail.dosiportail.surveillance.delivery;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.jwt;

import fr.gouv.travail.dosiportail.core.Sex;
import fr.gouv.travail.dosiportail.registry.TestIds;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * A company with one establishment (head's e-mail known), a worker employed there, its MDT and CRP (with e-mails),
 * and notification rows written as the alert side writes them (by SQL, already redacted).
 */
public final class DeliveryFixtures {

    public final int n = TestIds.next();
    public final String siren = TestIds.siren(n * 7919 + 5);
    public final String siret = TestIds.siret(siren, 1);
    public final String rpps = rpps(n * 10 + 7);
    public final String mdtEmail = "mdt-" + n + "@spst.example.fr";
    public final String crpEmail = "crp-" + n + "@example.fr";
    public final String headEmail = "direction-" + n + "@example.fr";
    public final String workerName = "Wacquant" + n;
    public UUID worker;

    public DeliveryFixtures build(JdbcClient jdbc) {
        UUID company = UUID.randomUUID();
        jdbc.sql("insert into registry.company (id, siren, legal_name, created_by, updated_by) values (?, ?, ?, 't', 't')")
                .params(company, siren, "Société " + siren).update();
        UUID establishment = UUID.randomUUID();
        jdbc.sql("""
                insert into registry.establishment (id, company_id, siret, name, address_line, postal_code, city,
                       city_insee_code, naf_code, activity_domain_code, head_last_name, head_first_name, head_email,
                       created_by, updated_by)
                values (?, ?, ?, 'Centre de radiologie', '1 rue de la Paix', '69003', 'Lyon', '69383', '86.10Z', 'MED',
                        'Martin', 'Claire', ?, 't', 't')""").params(establishment, company, siret, headEmail).update();
        worker = UUID.randomUUID();
        jdbc.sql("""
                insert into registry.worker (id, nir, birth_name, first_names, sex, birth_date, birth_place_code,
                       created_by, updated_by) values (?, ?, ?, 'Camille', 'F', date '1980-03-01', '75056', 't', 't')""")
                .params(worker, TestIds.nir(Sex.F, 1980, 3, n % 1000), workerName).update();
        jdbc.sql("""
                insert into registry.employment (id, worker_id, establishment_id, contract_type, working_time_ratio,
                       start_date, end_date, created_by, updated_by) values (?, ?, ?, 'CDI', 100, ?, null, 't', 't')""")
                .params(UUID.randomUUID(), worker, establishment, LocalDate.now().minusYears(1)).update();
        designation(jdbc, establishment, "OCCUPATIONAL_PHYSICIAN", mdtEmail, rpps);
        designation(jdbc, establishment, "RADIATION_PROTECTION_ADVISER", crpEmail, null);
        return this;
    }

    private static void designation(JdbcClient jdbc, UUID establishment, String role, String email, String rpps) {
        jdbc.sql("""
                insert into registry.designation (id, establishment_id, role, last_name, first_name, email, rpps,
                       valid_from, created_by, updated_by) values (?, ?, ?, 'Nom', 'Prénom', ?, ?, ?, 't', 't')""")
                .params(UUID.randomUUID(), establishment, role, email, rpps, LocalDate.now().minusYears(2)).update();
    }

    /** A notification row as the alert side writes it. */
    public static UUID notification(JdbcClient jdbc, String subjectKind, String recipientKind, String recipientKey,
                                    UUID worker, String titleFr, String payloadJson) {
        UUID id = UUID.randomUUID();
        jdbc.sql("""
                insert into surveillance.notification (id, subject_kind, subject_id, recipient_kind, recipient_key,
                       worker_id, title_fr, title_en, payload, created_at)
                values (?, ?, ?, ?, ?, ?, ?, ?, cast(? as jsonb), ?)""")
                .params(id, subjectKind, UUID.randomUUID(), recipientKind, recipientKey, worker, titleFr,
                        "EN " + titleFr, payloadJson, java.sql.Timestamp.from(Instant.now())).update();
        return id;
    }

    public UUID physicianAlert(JdbcClient jdbc) {
        return notification(jdbc, "LIMIT_ALERT", "OCCUPATIONAL_PHYSICIAN", rpps, worker,
                "Dépassement de la limite de dose efficace", "{\"workerName\": \"" + workerName
                        + "\", \"doseMsv\": 21.4, \"limitMsv\": 20, \"siret\": \"" + siret + "\"}");
    }

    public static UUID ministryAlert(JdbcClient jdbc, String authorityKind, String key) {
        return notification(jdbc, "LIMIT_ALERT", authorityKind, key, null, "Dépassement de la limite de dose efficace",
                "{\"employerName\": \"Centre de radiologie\", \"location\": \"Lyon (69)\", \"activity\": \"Médical\","
                        + " \"doseMsv\": 21.4, \"exposureDuration\": \"12 mois\"}");
    }

    public static RequestPostProcessor token(String kind, Map<String, Object> claims) {
        return jwt().authorities(new SimpleGrantedAuthority("ROLE_" + kind)).jwt(j -> {
            j.subject("delivery-" + kind.toLowerCase() + "-" + claims.hashCode()).claim("actor_kind", kind);
            claims.forEach(j::claim);
        });
    }

    static String rpps(int k) {
        String digits = "%010d".formatted(k);
        for (int d = 0; d <= 9; d++) {
            String c = digits + d;
            int sum = 0;
            for (int i = 0; i < c.length(); i++) {
                int x = c.charAt(c.length() - 1 - i) - '0';
                if (i % 2 == 1) {
                    x = x * 2 > 9 ? x * 2 - 9 : x * 2;
                }
                sum += x;
            }
            if (sum % 10 == 0) {
                return c;
            }
        }
        throw new IllegalStateException();
    }
}
