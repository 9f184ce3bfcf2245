package fr.gouv.travail.dosiportail.registry.declaration;

import fr.gouv.travail.dosiportail.identity.Actor;
import fr.gouv.travail.dosiportail.registry.MissingItem;
import fr.gouv.travail.dosiportail.registry.Outcome;
import fr.gouv.travail.dosiportail.registry.Receipt;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

/** Issues récépissés: numbered from a sequence, kept with what was still missing at that time. */
@Component
public class Receipts {

    private static final ZoneId PARIS = ZoneId.of("Europe/Paris");
    private final JdbcClient jdbc;
    private final JsonMapper json = JsonMapper.builder().build();
    private final Clock clock = Clock.system(PARIS);

    Receipts(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public Receipt issue(Actor actor, UUID companyId, String subject, UUID subjectId, Outcome outcome,
                         List<MissingItem> missing) {
        long seq = jdbc.sql("select nextval('registry.receipt_number_seq')").query(Long.class).single();
        OffsetDateTime now = OffsetDateTime.now(clock);
        String number = "R-%d-%08d".formatted(now.getYear(), seq);
        jdbc.sql("""
                        insert into registry.declaration_receipt (id, number, company_id, subject, subject_id, outcome,
                                                                 missing, created_at, created_by)
                        values (?, ?, ?, ?, ?, ?, ?::jsonb, ?, ?)""")
                .params(UUID.randomUUID(), number, companyId, subject, subjectId, outcome.name(),
                        json.writeValueAsString(missing), now, actor.subject())
                .update();
        return new Receipt(number, outcome, subject, subjectId, missing, now);
    }

    /** Nothing written: the answer repeats the last receipt number issued for this subject, if any. */
    public Receipt unchanged(UUID companyId, String subject, UUID subjectId, List<MissingItem> missing) {
        var last = jdbc.sql("""
                        select number, created_at from registry.declaration_receipt
                        where company_id = ? and subject = ? and subject_id = ? order by created_at desc, number desc limit 1""")
                .params(companyId, subject, subjectId)
                .query((rs, n) -> new Receipt(rs.getString(1), Outcome.UNCHANGED, subject, subjectId, missing,
                        rs.getObject(2, OffsetDateTime.class)))
                .optional();
        return last.orElseGet(() -> new Receipt(null, Outcome.UNCHANGED, subject, subjectId, missing, null));
    }

    /** Today in Paris (designations and exposure are judged at the French date). */
    public java.time.LocalDate today() {
        return java.time.LocalDate.now(clock);
    }
}
