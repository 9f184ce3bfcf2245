package fr.gouv.travail.dosiportail.registry.bulk;

import fr.gouv.travail.dosiportail.identity.Actor;
import fr.gouv.travail.dosiportail.registry.EmploymentEnded;
import fr.gouv.travail.dosiportail.registry.EmploymentStarted;
import fr.gouv.travail.dosiportail.registry.ExposureProfileChanged;
import fr.gouv.travail.dosiportail.registry.WorkerDeclared;
import fr.gouv.travail.dosiportail.registry.bulk.ChunkState.EmploymentKey;
import fr.gouv.travail.dosiportail.registry.declaration.IdentityComparison;
import fr.gouv.travail.dosiportail.registry.declaration.IdentityComparison.Identity;
import fr.gouv.travail.dosiportail.registry.declaration.ProfileDeclarations;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.JdbcTemplate;
import tools.jackson.databind.json.JsonMapper;

/**
 * Decides each valid line of a chunk in file order exactly as the single declarations do (worker created, usage
 * name updated or identity discrepancy; employment created or updated; profile at the start date created or
 * updated), then writes the chunk with one statement per table and kind of change. Returns the events to publish
 * once the writes have succeeded.
 */
final class ChunkWriter {

    private final JdbcTemplate jdbc;
    private final Actor actor;
    private final JsonMapper json = JsonMapper.builder().build();

    ChunkWriter(JdbcTemplate jdbc, Actor actor) {
        this.jdbc = jdbc;
        this.actor = actor;
    }

    private final class Plan {
        final Columns workers = new Columns(8);
        final List<Object[]> usageNames = new ArrayList<>();
        final Columns discrepancies = new Columns(5);
        final Set<String> discrepancyKeys = new HashSet<>();
        final Columns employments = new Columns(7);
        final List<Object[]> employmentUpdates = new ArrayList<>();
        final List<Object[]> profileCloses = new ArrayList<>();
        final Columns profiles = new Columns(11);
        final List<Object[]> profileUpdates = new ArrayList<>();
        final List<Object> events = new ArrayList<>();
    }

    List<Object> write(List<BulkLine> lines) {
        ChunkState state = ChunkState.load(jdbc, lines);
        Plan plan = new Plan();
        for (BulkLine line : lines) {
            decide(line, state, plan);
        }
        Set<UUID> recorded = execute(plan);
        for (BulkLine line : lines) {
            if (line.discrepancyId != null && recorded.contains(line.discrepancyId)) {
                line.changed = true;
            }
        }
        return plan.events;
    }

    private void decide(BulkLine l, ChunkState state, Plan plan) {
        var d = l.worker;
        UUID establishmentId = l.establishment.id();
        String usage = blankToNull(d.usageName());
        ChunkState.Worker w = state.workers.get(d.nir());
        Identity declared = new Identity(d.birthName(), d.firstNames(), d.sex().name(), d.birthDate().toString(),
                d.birthPlaceCode());
        if (w == null) {
            w = new ChunkState.Worker(UUID.randomUUID(), new Identity(d.birthName().trim(), d.firstNames().trim(),
                    d.sex().name(), d.birthDate().toString(), d.birthPlaceCode()), usage);
            state.workers.put(d.nir(), w);
            plan.workers.row(w.id, d.nir(), d.birthName().trim(), usage, d.firstNames().trim(), d.sex().name(),
                    d.birthDate(), d.birthPlaceCode());
            plan.events.add(new WorkerDeclared(w.id, establishmentId));
            l.changed = true;
        } else {
            Map<String, Map<String, String>> diff = IdentityComparison.differences(w.identity, declared);
            if (!diff.isEmpty()) {
                String declaredJson = json.writeValueAsString(declaredJson(d));
                if (plan.discrepancyKeys.add(w.id + declaredJson)) {
                    l.discrepancyId = UUID.randomUUID();
                    plan.discrepancies.row(l.discrepancyId, w.id, establishmentId, declaredJson,
                            json.writeValueAsString(diff));
                }
            } else if (usage != null && !Objects.equals(IdentityComparison.normalise(usage),
                    IdentityComparison.normalise(w.usageName))) {
                w.usageName = usage;
                plan.usageNames.add(new Object[] {usage, actor.subject(), w.id});
                l.changed = true;
            }
        }
        l.workerId = w.id;
        var m = l.employment;
        EmploymentKey key = new EmploymentKey(w.id, establishmentId, m.startDate());
        ChunkState.Employment e = state.employments.get(key);
        if (e == null) {
            e = new ChunkState.Employment(UUID.randomUUID(), m.contractType().name(), m.workingTimeRatio(), m.endDate());
            state.employments.put(key, e);
            plan.employments.row(e.id, w.id, establishmentId, m.contractType().name(), m.workingTimeRatio(),
                    m.startDate(), m.endDate());
            plan.events.add(new EmploymentStarted(e.id, w.id, establishmentId, m.startDate()));
            l.changed = true;
        } else {
            LocalDate end = m.endDate() != null ? m.endDate() : e.end;
            boolean same = m.contractType().name().equals(e.contractType)
                    && m.workingTimeRatio().compareTo(e.ratio) == 0 && Objects.equals(end, e.end);
            if (!same) {
                plan.employmentUpdates.add(new Object[] {m.contractType().name(), m.workingTimeRatio(), end,
                        actor.subject(), e.id});
                if (!Objects.equals(end, e.end)) {
                    plan.events.add(new EmploymentEnded(e.id, w.id, establishmentId, end));
                }
                e.contractType = m.contractType().name();
                e.ratio = m.workingTimeRatio();
                e.end = end;
                l.changed = true;
            }
        }
        if (l.classification != null) {
            decideProfile(l, e.id, w.id, state, plan);
        }
    }

    private void decideProfile(BulkLine l, UUID employmentId, UUID workerId, ChunkState state, Plan plan) {
        LocalDate from = l.employment.startDate();
        Set<String> types = l.monitoringTypes.stream().map(Enum::name).collect(Collectors.toCollection(TreeSet::new));
        String typesLiteral = ProfileDeclarations.typesLiteral(l.monitoringTypes);
        ChunkState.Profile p = state.profiles.computeIfAbsent(employmentId, k -> new ChunkState.Profile(null, false));
        if (p.id != null) {
            if (ChunkState.sameProfile(p, l, types)) {
                return;
            }
            plan.profileUpdates.add(new Object[] {l.classification.name(), l.emergencyGroup, l.radon, l.cosmicRadiation,
                    l.sectorCode, l.occupationCode, typesLiteral, actor.subject(), p.id});
        } else {
            if (p.earlierOpen) {
                plan.profileCloses.add(new Object[] {from.minusDays(1), actor.subject(), employmentId, from, from});
                p.earlierOpen = false;
            }
            LocalDate validTo = p.nextFrom != null ? p.nextFrom.minusDays(1) : l.employment.endDate();
            p.id = UUID.randomUUID();
            plan.profiles.row(p.id, employmentId, from, validTo, l.classification.name(), l.emergencyGroup, l.radon,
                    l.cosmicRadiation, l.sectorCode, l.occupationCode, typesLiteral);
        }
        p.classification = l.classification.name();
        p.emergencyGroup = l.emergencyGroup;
        p.radon = l.radon;
        p.cosmicRadiation = l.cosmicRadiation;
        p.sectorCode = l.sectorCode;
        p.occupationCode = l.occupationCode;
        p.types = types;
        plan.events.add(new ExposureProfileChanged(p.id, employmentId, workerId, from, l.classification));
        l.changed = true;
    }

    /** Writes the plan; returns the ids of the identity discrepancies actually recorded (others were already open). */
    private Set<UUID> execute(Plan plan) {
        String by = actor.subject();
        insert(plan.workers, """
                insert into registry.worker (id, nir, birth_name, usage_name, first_names, sex, birth_date,
                                             birth_place_code, created_by, updated_by)
                select t.id::uuid, t.nir, t.bn, t.un, t.fn, t.sx, t.bd::date, t.bp, ?, ? from %s"""
                .formatted(Columns.unnest("id", "nir", "bn", "un", "fn", "sx", "bd", "bp")), by);
        batch("update registry.worker set usage_name = ?, updated_at = now(), updated_by = ? where id = ?",
                plan.usageNames);
        Set<UUID> recorded = new HashSet<>();
        if (!plan.discrepancies.isEmpty()) {
            jdbc.query("""
                            insert into registry.identity_discrepancy (id, worker_id, establishment_id, declared,
                                                                       differences, created_by, updated_by)
                            select t.id::uuid, t.w::uuid, t.e::uuid, t.d::jsonb, t.f::jsonb, ?, ? from %s
                            on conflict do nothing returning id""".formatted(Columns.unnest("id", "w", "e", "d", "f")),
                    ps -> {
                        ps.setString(1, by);
                        ps.setString(2, by);
                        plan.discrepancies.bind(ps, 3);
                    },
                    rs -> {
                        recorded.add(rs.getObject(1, UUID.class));
                    });
        }
        insert(plan.employments, """
                insert into registry.employment (id, worker_id, establishment_id, contract_type, working_time_ratio,
                                                 start_date, end_date, created_by, updated_by)
                select t.id::uuid, t.w::uuid, t.e::uuid, t.c, t.r::numeric, t.s::date, t.x::date, ?, ? from %s"""
                .formatted(Columns.unnest("id", "w", "e", "c", "r", "s", "x")), by);
        batch("""
                update registry.employment set contract_type = ?, working_time_ratio = ?, end_date = ?,
                    updated_at = now(), updated_by = ? where id = ?""", plan.employmentUpdates);
        batch("""
                update registry.exposure_profile set valid_to = ?, updated_at = now(), updated_by = ?
                where employment_id = ? and valid_from < ? and (valid_to is null or valid_to >= ?)""",
                plan.profileCloses);
        insert(plan.profiles, """
                insert into registry.exposure_profile (id, employment_id, valid_from, valid_to, classification,
                    emergency_group, radon, cosmic_radiation, sector_code, occupation_code, monitoring_types,
                    created_by, updated_by)
                select t.id::uuid, t.m::uuid, t.f::date, t.u::date, t.c, t.g::smallint, t.r::boolean, t.k::boolean,
                       t.s, t.o, t.y::text[], ?, ? from %s"""
                .formatted(Columns.unnest("id", "m", "f", "u", "c", "g", "r", "k", "s", "o", "y")), by);
        batch("""
                update registry.exposure_profile set classification = ?, emergency_group = ?, radon = ?,
                    cosmic_radiation = ?, sector_code = ?, occupation_code = ?, monitoring_types = ?::text[],
                    updated_at = now(), updated_by = ? where id = ?""", plan.profileUpdates);
        return recorded;
    }

    private void insert(Columns rows, String sql, String by) {
        if (rows.isEmpty()) {
            return;
        }
        int written = jdbc.update(sql, ps -> {
            ps.setString(1, by);
            ps.setString(2, by);
            rows.bind(ps, 3);
        });
        if (written != rows.rows()) {
            throw new IllegalStateException(written + " rows written for " + rows.rows());
        }
    }

    private void batch(String sql, List<Object[]> rows) {
        if (!rows.isEmpty()) {
            jdbc.batchUpdate(sql, rows);
        }
    }

    private static Map<String, Object> declaredJson(fr.gouv.travail.dosiportail.registry.WorkerDeclaration d) {
        Map<String, Object> declared = new LinkedHashMap<>();
        declared.put("birthName", d.birthName());
        declared.put("usageName", d.usageName());
        declared.put("firstNames", d.firstNames());
        declared.put("sex", d.sex().name());
        declared.put("birthDate", d.birthDate().toString());
        declared.put("birthPlaceCode", d.birthPlaceCode());
        return declared;
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.trim();
    }
}
