package fr.gouv.travail.dosiportail.registry.declaration;

import fr.gouv.travail.dosiportail.registry.MissingItem;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** What the employer still has to declare, as listed on the receipt (judged at today's date). */
@Component
public class MissingInformation {

    private final JdbcClient jdbc;
    private final MessageSource messages;

    MissingInformation(JdbcClient jdbc, MessageSource messages) {
        this.jdbc = jdbc;
        this.messages = messages;
    }

    public List<MissingItem> forEstablishment(UUID establishmentId, LocalDate today) {
        List<MissingItem> missing = new ArrayList<>();
        if (!designated(establishmentId, "OCCUPATIONAL_PHYSICIAN", today)) {
            missing.add(item("NO_OCCUPATIONAL_PHYSICIAN"));
        }
        if (!designated(establishmentId, "RADIATION_PROTECTION_ADVISER", today)) {
            missing.add(item("NO_RADIATION_PROTECTION_ADVISER"));
        }
        boolean noEmail = jdbc.sql("select coalesce(trim(head_email), '') = '' from registry.establishment where id = ?")
                .param(establishmentId).query(Boolean.class).single();
        if (noEmail) {
            missing.add(item("HEAD_OF_ESTABLISHMENT_EMAIL_MISSING"));
        }
        boolean exposed = jdbc.sql("""
                        select exists (select 1 from registry.employment m
                            join registry.exposure_profile p on p.employment_id = m.id
                            where m.establishment_id = :e and (m.end_date is null or m.end_date >= :d)
                              and (p.valid_to is null or p.valid_to >= :d)
                              and (p.classification in ('A', 'B') or p.emergency_group is not null
                                   or p.radon or p.cosmic_radiation))""")
                .param("e", establishmentId).param("d", today).query(Boolean.class).single();
        if (!exposed) {
            missing.add(item("ESTABLISHMENT_WITHOUT_EXPOSED_WORKER"));
        }
        return missing;
    }

    public List<MissingItem> forWorker(UUID workerId, UUID establishmentId, LocalDate today) {
        List<MissingItem> missing = forEstablishment(establishmentId, today);
        boolean pending = jdbc.sql("""
                        select exists (select 1 from registry.identity_discrepancy
                                       where worker_id = ? and establishment_id = ? and status = 'OPEN')""")
                .params(workerId, establishmentId).query(Boolean.class).single();
        if (pending) {
            missing.add(0, item("IDENTITY_DISCREPANCY_PENDING"));
        }
        return missing;
    }

    public List<MissingItem> forEmployment(UUID employmentId, UUID establishmentId, LocalDate today) {
        List<MissingItem> missing = forEstablishment(establishmentId, today);
        var current = jdbc.sql("""
                        select classification, cardinality(monitoring_types) as types,
                               sector_code is null or occupation_code is null as incomplete
                        from registry.exposure_profile where employment_id = :m and (valid_to is null or valid_to >= :d)
                        order by (valid_from <= :d) desc, valid_from desc limit 1""")
                .param("m", employmentId).param("d", today)
                .query((rs, n) -> new Object[] {rs.getString(1), rs.getInt(2), rs.getBoolean(3)}).optional();
        if (current.isEmpty()) {
            missing.add(item("WORKER_WITHOUT_EXPOSURE_PROFILE"));
        } else {
            Object[] p = current.get();
            if (("A".equals(p[0]) || "B".equals(p[0])) && (int) p[1] == 0) {
                missing.add(item("CLASSIFIED_WORKER_WITHOUT_MONITORING_TYPE"));
            }
            if ((boolean) p[2]) {
                missing.add(item("NO_SECTOR_OR_OCCUPATION"));
            }
        }
        return missing;
    }

    private boolean designated(UUID establishmentId, String role, LocalDate today) {
        return jdbc.sql("""
                        select exists (select 1 from registry.designation where establishment_id = :e and role = :r
                                       and valid_from <= :d and (valid_to is null or valid_to >= :d))""")
                .param("e", establishmentId).param("r", role).param("d", today).query(Boolean.class).single();
    }

    MissingItem item(String code) {
        return new MissingItem(code, messages.getMessage("registry.missing." + code, null, code, Locale.FRENCH),
                messages.getMessage("registry.missing." + code, null, code, Locale.ENGLISH));
    }
}
