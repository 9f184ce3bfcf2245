package fr.gouv.travail.dosiportail.registry.query;

import fr.gouv.travail.dosiportail.access.AccessPolicy;
import fr.gouv.travail.dosiportail.access.SqlFilter;
import fr.gouv.travail.dosiportail.core.Siren;
import fr.gouv.travail.dosiportail.identity.Actor;
import fr.gouv.travail.dosiportail.journal.AccessJournal;
import fr.gouv.travail.dosiportail.journal.JournalAction;
import fr.gouv.travail.dosiportail.journal.JournalEntry;
import fr.gouv.travail.dosiportail.journal.Outcome;
import fr.gouv.travail.dosiportail.registry.declaration.Guard;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Reads of the référentiel. The caller's company is always a condition of the SQL itself. Reads that show workers
 * take an {@link Access} and journal one entry per worker shown, in the transaction that builds the answer (hence
 * read-write transactions for those methods); {@code reader} is the view the SQL filters by (an operator reads a
 * company's pages through an employer's view of it).
 */
@Component
@Transactional(readOnly = true)
public class RegistryQueries {

    /** One page of rows, with the total count. */
    public record Page(List<Map<String, Object>> content, int page, int size, long totalElements) {
    }

    private final JdbcClient jdbc;
    private final AccessJournal journal;
    private final AccessPolicy policy;

    RegistryQueries(JdbcClient jdbc, AccessJournal journal, AccessPolicy policy) {
        this.jdbc = jdbc;
        this.journal = journal;
        this.policy = policy;
    }

    private void journalRead(Access access, List<Map<String, Object>> rows, String workerColumn) {
        List<JournalEntry> entries = rows.stream().map(r -> (UUID) r.get(workerColumn)).filter(java.util.Objects::nonNull)
                .distinct().map(w -> access.entry(w, JournalAction.READ, Outcome.ALLOWED)).toList();
        journal.recordAll(entries);
    }

    /** How many employments match, without showing anyone (the dashboard's counts). */
    public long countWorkers(Actor reader, String siret, String classification, LocalDate activeAt) {
        return jdbc.sql("""
                        select count(*)
                        from registry.employment m
                        join registry.establishment e on e.id = m.establishment_id
                        join registry.company c on c.id = e.company_id
                        left join lateral (select classification from registry.exposure_profile p
                                           where p.employment_id = m.id and p.valid_from <= :d
                                             and (p.valid_to is null or p.valid_to >= :d)
                                           order by p.valid_from desc limit 1) p on true
                        where (:op or c.siren = :siren)
                          and (cast(:siret as text) is null or e.siret = :siret)
                          and (cast(:classification as text) is null or p.classification = :classification)
                          and m.start_date <= :d and (m.end_date is null or m.end_date >= :d)""")
                .param("op", Guard.isOperator(reader)).param("siren", siren(reader)).param("siret", siret)
                .param("classification", classification).param("d", activeAt).query(Long.class).single();
    }

    private static String siren(Actor actor) {
        return actor.company().map(Siren::value).orElse("");
    }

    public List<Map<String, Object>> establishments(Actor actor) {
        return jdbc.sql("""
                        select e.id, e.siret, c.siren, c.legal_name as company_name, e.name, e.address_line, e.postal_code,
                               e.city, e.city_insee_code, e.naf_code, e.activity_domain_code as activity_domain, e.defence,
                               e.head_last_name, e.head_first_name, e.head_email, e.closed_on
                        from registry.establishment e join registry.company c on c.id = e.company_id
                        where (:op or c.siren = :siren) order by e.siret limit 1000""")
                .param("op", Guard.isOperator(actor)).param("siren", siren(actor)).query().listOfRows();
    }

    @Transactional
    public Page workers(Access access, Actor actor, String siret, String classification, LocalDate activeAt, String namePrefix,
                        int page, int size, LocalDate today) {
        String prefix = namePrefix == null || namePrefix.isBlank() ? null
                : namePrefix.trim().toLowerCase().replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%";
        // the policy's fragment: an employer sees its establishments' employments, an MDT those it follows, etc.
        SqlFilter visible = policy.employmentsVisibleTo(actor, activeAt == null ? today : activeAt, "m");
        var rows = jdbc.sql("""
                        select w.id as worker_id, w.nir, w.birth_name, w.usage_name, w.first_names, w.sex, w.birth_date,
                               m.id as employment_id, e.siret, m.contract_type, m.working_time_ratio, m.start_date,
                               m.end_date, p.classification, count(*) over () as total
                        from registry.worker w
                        join registry.employment m on m.worker_id = w.id
                        join registry.establishment e on e.id = m.establishment_id
                        join registry.company c on c.id = e.company_id
                        left join lateral (select classification from registry.exposure_profile p
                                           where p.employment_id = m.id and p.valid_from <= :d
                                             and (p.valid_to is null or p.valid_to >= :d)
                                           order by p.valid_from desc limit 1) p on true
                        where %s
                          and (cast(:siret as text) is null or e.siret = :siret)
                          and (cast(:classification as text) is null or p.classification = :classification)
                          and (cast(:activeAt as date) is null
                               or (m.start_date <= :activeAt and (m.end_date is null or m.end_date >= :activeAt)))
                          and (cast(:prefix as text) is null or lower(w.birth_name) like :prefix
                               or lower(coalesce(w.usage_name, '')) like :prefix)
                        order by w.birth_name, w.first_names, w.id, m.start_date
                        limit :size offset :offset""".formatted(visible.sql()))
                .params(visible.params()).param("siret", siret)
                .param("classification", classification).param("activeAt", activeAt).param("prefix", prefix)
                .param("d", activeAt == null ? today : activeAt).param("size", size).param("offset", (long) page * size)
                .query().listOfRows();
        long total = rows.isEmpty() ? 0 : ((Number) rows.get(0).get("total")).longValue();
        rows.forEach(r -> r.remove("total"));
        journalRead(access, rows, "worker_id");
        return new Page(rows, page, size, total);
    }

    /**
     * The worker, with the employments at the caller's establishments; empty when there is none (→ 404). A refused
     * read of a worker who exists is journaled as denied: the worker sees who tried.
     */
    @Transactional
    public java.util.Optional<Map<String, Object>> worker(Access access, Actor actor, UUID workerId) {
        SqlFilter visible = policy.employmentsVisibleTo(actor, policy.today(), "m");
        var employments = jdbc.sql("""
                        select m.id, e.siret, e.name as establishment_name, m.contract_type, m.working_time_ratio,
                               m.start_date, m.end_date, m.end_reason
                        from registry.employment m
                        join registry.establishment e on e.id = m.establishment_id
                        join registry.company c on c.id = e.company_id
                        where m.worker_id = :w and %s order by m.start_date""".formatted(visible.sql()))
                .param("w", workerId).params(visible.params())
                .query().listOfRows();
        if (employments.isEmpty()) {
            boolean exists = jdbc.sql("select exists (select 1 from registry.worker where id = ?)").param(workerId)
                    .query(Boolean.class).single();
            if (exists) {
                journal.record(access.entry(workerId, JournalAction.READ, Outcome.DENIED));
            }
            return java.util.Optional.empty();
        }
        Map<String, Object> worker = jdbc.sql("""
                        select id, nir, birth_name, usage_name, first_names, sex, birth_date, birth_place_code
                        from registry.worker where id = ?""").param(workerId).query().singleRow();
        for (Map<String, Object> m : employments) {
            m.put("exposure_profiles", jdbc.sql("""
                            select id, valid_from, valid_to, classification, emergency_group, radon, cosmic_radiation,
                                   sector_code, occupation_code, array_to_json(monitoring_types)::text as monitoring_types
                            from registry.exposure_profile where employment_id = ? order by valid_from""")
                    .param(m.get("id")).query().listOfRows());
        }
        worker.put("employments", employments);
        journal.record(access.entry(workerId, JournalAction.READ, Outcome.ALLOWED));
        return java.util.Optional.of(worker);
    }

    /** The référentiel id of the worker with this NIR. */
    public java.util.Optional<UUID> workerIdOf(fr.gouv.travail.dosiportail.core.Nir nir) {
        return jdbc.sql("select id from registry.worker where nir = ?").param(nir.value()).query(UUID.class).optional();
    }

    public List<Map<String, Object>> designations(Actor actor, String siret) {
        return jdbc.sql("""
                        select d.id, e.siret, d.role, d.last_name, d.first_name, d.email, d.phone, d.rpps,
                               d.organisation_siret, d.valid_from, d.valid_to
                        from registry.designation d join registry.establishment e on e.id = d.establishment_id
                        join registry.company c on c.id = e.company_id
                        where (:op or c.siren = :siren) and (cast(:siret as text) is null or e.siret = :siret)
                        order by e.siret, d.role, d.valid_from limit 1000""")
                .param("op", Guard.isOperator(actor)).param("siren", siren(actor)).param("siret", siret)
                .query().listOfRows();
    }

    public List<Map<String, Object>> receipts(Actor actor, int limit) {
        return jdbc.sql("""
                        select r.number, r.subject, r.subject_id, r.outcome, r.missing::text as missing, r.created_at
                        from registry.declaration_receipt r join registry.company c on c.id = r.company_id
                        where (:op or c.siren = :siren) order by r.created_at desc, r.number desc limit :limit""")
                .param("op", Guard.isOperator(actor)).param("siren", siren(actor)).param("limit", limit)
                .query().listOfRows();
    }

    /** One receipt of the caller's company, by its number. */
    public java.util.Optional<Map<String, Object>> receipt(Actor actor, String number) {
        return jdbc.sql("""
                        select r.number, r.subject, r.subject_id, r.outcome, r.missing::text as missing, r.created_at
                        from registry.declaration_receipt r join registry.company c on c.id = r.company_id
                        where r.number = :number and (:op or c.siren = :siren)""")
                .param("number", number).param("op", Guard.isOperator(actor)).param("siren", siren(actor))
                .query().listOfRows().stream().findFirst();
    }

    @Transactional
    public List<Map<String, Object>> openDiscrepancies(Access access, Actor actor) {
        var rows = jdbc.sql("""
                        select i.id, i.worker_id, substr(w.nir, 1, 5) || '••••••••••' as nir_masked, e.siret,
                               i.declared::text as declared, i.differences::text as differences, i.created_at
                        from registry.identity_discrepancy i join registry.worker w on w.id = i.worker_id
                        left join registry.establishment e on e.id = i.establishment_id
                        left join registry.company c on c.id = e.company_id
                        where i.status = 'OPEN' and (:op or c.siren = :siren) order by i.created_at limit 1000""")
                .param("op", Guard.isOperator(actor)).param("siren", siren(actor)).query().listOfRows();
        journalRead(access, rows, "worker_id");
        return rows;
    }

    public Map<String, Object> nomenclatures() {
        return Map.of(
                "domains", jdbc.sql("select code, label_fr, label_en from registry.activity_domain order by display_order")
                        .query().listOfRows(),
                "sectors", jdbc.sql("""
                                select code, domain_code, label_fr, label_en, valid_from, valid_to
                                from registry.activity_sector order by domain_code, code""").query().listOfRows(),
                "occupations", jdbc.sql("""
                                select code, domain_code, label_fr, label_en, valid_from, valid_to
                                from registry.occupation order by domain_code, code""").query().listOfRows());
    }
}
