package fr.gouv.travail.dosiportail.surveillance.alert;

import java.time.LocalDate;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Reads the référentiel for an alert's recipients: the MDTs and CRPs designated, on the window's last day or today,
 * for an establishment where the worker was employed during the window, and the employers of those establishments.
 */
@Component
class FactsReader {

    private static final String EMPLOYED_DURING = """
            from registry.employment m
            join registry.designation d on d.establishment_id = m.establishment_id
            where m.worker_id = :worker and m.start_date <= :to and (m.end_date is null or m.end_date >= :from)
              and d.role = :role
              and ((d.valid_from <= :to and (d.valid_to is null or d.valid_to >= :to))
                   or (d.valid_from <= :today and (d.valid_to is null or d.valid_to >= :today)))""";

    private final JdbcClient jdbc;

    FactsReader(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    Facts read(UUID workerId, UUID establishmentId, LocalDate from, LocalDate to, LocalDate today) {
        var worker = jdbc.sql("select id, birth_name, usage_name, first_names, birth_date from registry.worker where id = ?")
                .param(workerId).query((rs, n) -> new Facts.Worker(rs.getObject(1, UUID.class), rs.getString(2),
                        rs.getString(3), rs.getString(4), rs.getObject(5, LocalDate.class))).single();
        var establishment = jdbc.sql("""
                select x.id, x.name, c.legal_name, c.siren, x.siret, x.postal_code, x.city, x.naf_code,
                       x.activity_domain_code, a.label_fr, a.label_en, x.defence
                from registry.establishment x join registry.company c on c.id = x.company_id
                join registry.activity_domain a on a.code = x.activity_domain_code
                where x.id = ?""").param(establishmentId)
                .query((rs, n) -> new Facts.Establishment(rs.getObject(1, UUID.class), rs.getString(2),
                        rs.getString(3), rs.getString(4).strip(), rs.getString(5).strip(), rs.getString(6),
                        rs.getString(7), rs.getString(8), rs.getString(9), rs.getString(10), rs.getString(11),
                        rs.getBoolean(12))).single();
        var physicians = jdbc.sql("select distinct d.rpps, d.last_name, d.first_name " + EMPLOYED_DURING
                        + " order by 1")
                .param("worker", workerId).param("from", from).param("to", to).param("today", today)
                .param("role", "OCCUPATIONAL_PHYSICIAN")
                .query((rs, n) -> new Facts.Recipient(rs.getString(1).strip(), rs.getString(2), rs.getString(3)))
                .list();
        var advisers = jdbc.sql("select distinct lower(d.email), min(d.last_name), min(d.first_name) " + EMPLOYED_DURING
                        + " and d.email is not null group by lower(d.email) order by 1")
                .param("worker", workerId).param("from", from).param("to", to).param("today", today)
                .param("role", "RADIATION_PROTECTION_ADVISER")
                .query((rs, n) -> new Facts.Recipient(rs.getString(1), rs.getString(2), rs.getString(3))).list();
        var sirens = jdbc.sql("""
                select distinct c.siren from registry.employment m
                join registry.establishment x on x.id = m.establishment_id
                join registry.company c on c.id = x.company_id
                where m.worker_id = ? and m.start_date <= ? and (m.end_date is null or m.end_date >= ?)
                union select c.siren from registry.establishment x join registry.company c on c.id = x.company_id
                where x.id = ? order by 1""").params(workerId, to, from, establishmentId)
                .query(String.class).list().stream().map(String::strip).toList();
        return new Facts(worker, establishment, physicians, advisers, sirens);
    }
}
