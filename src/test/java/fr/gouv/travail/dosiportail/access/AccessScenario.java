package fr.gouv.travail.dosiportail.access;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.jwt;

import fr.gouv.travail.dosiportail.core.Sex;
import fr.gouv.travail.dosiportail.registry.TestIds;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * One référentiel for the access matrix, with dates around today (T): company 1 has establishment A in Lyon (69),
 * company 2 has establishment B in Marseille (13). Worker W was employed at A from T-6y to T-2y, then at B since.
 * Worker V is employed at A since T-1y. MDT A is designated for A since T-5y, an older MDT was designated for A
 * until T-5y, MDT B for B since T-3y; CRP A and CRP B likewise. MDT A delegated to health professional 1 (active),
 * to health professional 2 (revoked), for internal doses at A only to another MDT, and shares internal results with
 * CRP A (R.4451-70).
 */
final class AccessScenario {

    static final LocalDate T = LocalDate.now(ZoneId.of("Europe/Paris"));
    /** Data dates: before any employment, during A, during B (after A), today. */
    static final Map<String, LocalDate> DATES = new LinkedHashMap<>();

    static {
        DATES.put("before-employment", T.minusYears(7));
        DATES.put("during-A", T.minusYears(4));
        DATES.put("during-B-after-A", T.minusMonths(18));
        DATES.put("today", T);
    }

    final int n = TestIds.next();
    final String siren1 = TestIds.siren(n * 7919 + 1);
    final String siren2 = TestIds.siren(n * 7919 + 2);
    final String siren3 = TestIds.siren(n * 7919 + 3);
    final String siretA = TestIds.siret(siren1, 1);
    final String siretB = TestIds.siret(siren2, 1);
    final String nirW = TestIds.nir(Sex.F, 1980, 3, n % 1000);
    final String nirV = TestIds.nir(Sex.M, 1990, 7, n % 1000);
    final String nameW = "Wacquant" + n;
    final String nameV = "Vasseur" + n;
    final String rppsA = rpps(n * 10 + 1);
    final String rppsOld = rpps(n * 10 + 2);
    final String rppsB = rpps(n * 10 + 3);
    final String rppsOther = rpps(n * 10 + 4);
    final String crpA = "crp-a-" + n + "@example.fr";
    final String crpB = "crp-b-" + n + "@example.fr";
    final String hp1 = "infirmier-1-" + n + "@example.fr";
    final String hp2 = "infirmier-2-" + n + "@example.fr";
    UUID w;
    UUID v;

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

    AccessScenario build(JdbcClient jdbc) {
        UUID c1 = company(jdbc, siren1);
        UUID c2 = company(jdbc, siren2);
        company(jdbc, siren3);
        UUID a = establishment(jdbc, c1, siretA, "69003", "Lyon", "69383");
        UUID b = establishment(jdbc, c2, siretB, "13001", "Marseille", "13201");
        w = worker(jdbc, nirW, nameW);
        v = worker(jdbc, nirV, nameV);
        employment(jdbc, w, a, T.minusYears(6), T.minusYears(2));
        employment(jdbc, w, b, T.minusYears(2).plusDays(1), null);
        employment(jdbc, v, a, T.minusYears(1), null);
        designation(jdbc, a, "OCCUPATIONAL_PHYSICIAN", null, rppsA, T.minusYears(5), null);
        designation(jdbc, a, "OCCUPATIONAL_PHYSICIAN", null, rppsOld, T.minusYears(8), T.minusYears(5).minusDays(1));
        designation(jdbc, b, "OCCUPATIONAL_PHYSICIAN", null, rppsB, T.minusYears(3), null);
        designation(jdbc, a, "RADIATION_PROTECTION_ADVISER", crpA, null, T.minusYears(5), null);
        designation(jdbc, b, "RADIATION_PROTECTION_ADVISER", crpB, null, T.minusYears(3), null);
        delegation(jdbc, "HEALTH_PROFESSIONAL", null, hp1, List.of(), "ADMINISTRATIVE,EXTERNAL_DOSE,EFFECTIVE_DOSE", false);
        delegation(jdbc, "HEALTH_PROFESSIONAL", null, hp2, List.of(),
                "ADMINISTRATIVE,EXTERNAL_DOSE,INTERNAL_DOSE,EFFECTIVE_DOSE,ALERT", true);
        delegation(jdbc, "OCCUPATIONAL_PHYSICIAN", rppsOther, null, List.of(siretA), "INTERNAL_DOSE", false);
        delegation(jdbc, "RADIATION_PROTECTION_ADVISER", null, crpA, List.of(), "INTERNAL_DOSE", false);
        return this;
    }

    private UUID company(JdbcClient jdbc, String siren) {
        UUID id = UUID.randomUUID();
        jdbc.sql("insert into registry.company (id, siren, legal_name, created_by, updated_by) values (?, ?, ?, 't', 't')")
                .params(id, siren, "Société " + siren).update();
        return id;
    }

    private UUID establishment(JdbcClient jdbc, UUID company, String siret, String postal, String city, String insee) {
        UUID id = UUID.randomUUID();
        jdbc.sql("""
                insert into registry.establishment (id, company_id, siret, name, address_line, postal_code, city,
                       city_insee_code, naf_code, activity_domain_code, head_last_name, head_first_name, created_by,
                       updated_by)
                values (?, ?, ?, ?, '1 rue de la Paix', ?, ?, ?, '86.10Z', 'MED', 'Martin', 'Claire', 't', 't')""")
                .params(id, company, siret, "Site " + siret, postal, city, insee).update();
        return id;
    }

    private UUID worker(JdbcClient jdbc, String nir, String name) {
        UUID id = UUID.randomUUID();
        jdbc.sql("""
                insert into registry.worker (id, nir, birth_name, first_names, sex, birth_date, birth_place_code,
                       created_by, updated_by) values (?, ?, ?, 'Camille', 'F', date '1980-03-01', '75056', 't', 't')""")
                .params(id, nir, name).update();
        return id;
    }

    private void employment(JdbcClient jdbc, UUID worker, UUID establishment, LocalDate from, LocalDate to) {
        jdbc.sql("""
                insert into registry.employment (id, worker_id, establishment_id, contract_type, working_time_ratio,
                       start_date, end_date, created_by, updated_by) values (?, ?, ?, 'CDI', 100, ?, ?, 't', 't')""")
                .params(UUID.randomUUID(), worker, establishment, from, to).update();
    }

    private void designation(JdbcClient jdbc, UUID establishment, String role, String email, String rpps,
                             LocalDate from, LocalDate to) {
        jdbc.sql("""
                insert into registry.designation (id, establishment_id, role, last_name, first_name, email, rpps,
                       valid_from, valid_to, created_by, updated_by) values (?, ?, ?, 'Nom', 'Prénom', ?, ?, ?, ?, 't', 't')""")
                .params(UUID.randomUUID(), establishment, role, email, rpps, from, to).update();
    }

    private void delegation(JdbcClient jdbc, String kind, String rpps, String email, List<String> sirets, String kinds,
                            boolean revoked) {
        jdbc.sql("""
                insert into access.delegation (id, delegating_rpps, delegate_kind, delegate_name, delegate_rpps,
                       delegate_email, sirets, data_kinds, valid_from, revoked_at, revoked_by, revocation_reason,
                       created_by, updated_by)
                values (:id, :mdt, :kind, 'Délégataire', :rpps, :email, string_to_array(:sirets, ','),
                        string_to_array(:kinds, ','), :from, :revokedAt, :revokedBy, :reason, 't', 't')""")
                .param("id", UUID.randomUUID()).param("mdt", rppsA).param("kind", kind).param("rpps", rpps)
                .param("email", email).param("sirets", String.join(",", sirets)).param("kinds", kinds)
                .param("from", T.minusYears(1))
                .param("revokedAt", revoked ? java.time.OffsetDateTime.now() : null)
                .param("revokedBy", revoked ? "mdt-a" : null).param("reason", revoked ? "Fin de mission" : null)
                .update();
    }

    /** A bearer token of this kind with these claims ({@code territory} as a list). */
    static RequestPostProcessor token(String kind, Map<String, Object> claims) {
        return jwt().authorities(new SimpleGrantedAuthority("ROLE_" + kind)).jwt(j -> {
            j.subject("matrix-" + kind.toLowerCase() + "-" + claims.hashCode()).claim("actor_kind", kind);
            claims.forEach(j::claim);
        });
    }
}
