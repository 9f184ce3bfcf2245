package fr.gouv.travail.dosiportail.registry.declaration;

import fr.gouv.travail.dosiportail.identity.Actor;
import fr.gouv.travail.dosiportail.platform.ApiProblem;
import fr.gouv.travail.dosiportail.platform.FieldProblem;
import fr.gouv.travail.dosiportail.registry.ExposureProfileChanged;
import fr.gouv.travail.dosiportail.registry.ExposureProfileDeclaration;
import fr.gouv.travail.dosiportail.registry.MonitoringType;
import fr.gouv.travail.dosiportail.registry.Outcome;
import fr.gouv.travail.dosiportail.registry.Receipt;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.stream.Collectors;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Exposure profiles: one per validity period; a new one closes the previous one the day before. */
@Component
public class ProfileDeclarations {

    static final String SUBJECT = "EXPOSURE_PROFILE";
    private final JdbcClient jdbc;
    private final EmploymentDeclarations employments;
    private final Guard guard;
    private final Receipts receipts;
    private final MissingInformation missing;
    private final ApplicationEventPublisher events;
    private final ReferentialChanges changes;

    ProfileDeclarations(JdbcClient jdbc, EmploymentDeclarations employments, Guard guard, Receipts receipts,
                        MissingInformation missing, ApplicationEventPublisher events, ReferentialChanges changes) {
        this.changes = changes;
        this.jdbc = jdbc;
        this.employments = employments;
        this.guard = guard;
        this.receipts = receipts;
        this.missing = missing;
        this.events = events;
    }

    Receipt declare(Actor actor, ExposureProfileDeclaration d) {
        EmploymentDeclarations.Employment m = employments.load(actor, d.employmentId());
        Guard.Establishment est = guard.establishmentById(actor, m.establishmentId());
        var r = upsert(actor, d, m);
        var stillMissing = missing.forEmployment(m.id(), est.id(), receipts.today());
        return r.outcome() == Outcome.UNCHANGED ? receipts.unchanged(est.companyId(), SUBJECT, r.profileId(), stillMissing)
                : receipts.issue(actor, est.companyId(), SUBJECT, r.profileId(), r.outcome(), stillMissing);
    }

    public record Result(UUID profileId, Outcome outcome) {
    }

    /** Checks that need no employment: the nomenclature codes exist. */
    public List<FieldProblem> checkCodes(String sectorCode, String occupationCode) {
        List<FieldProblem> problems = new ArrayList<>();
        if (sectorCode != null && !exists("activity_sector", sectorCode)) {
            problems.add(new FieldProblem("sectorCode", "UNKNOWN_SECTOR", "Ce secteur n’existe pas dans la nomenclature.",
                    "This sector is not in the nomenclature."));
        }
        if (occupationCode != null && !exists("occupation", occupationCode)) {
            problems.add(new FieldProblem("occupationCode", "UNKNOWN_OCCUPATION", "Ce métier n’existe pas dans la nomenclature.",
                    "This occupation is not in the nomenclature."));
        }
        return problems;
    }

    public static String typesLiteral(Set<MonitoringType> types) {
        return types.stream().map(Enum::name).sorted().collect(Collectors.joining(",", "{", "}"));
    }

    public Result upsert(Actor actor, ExposureProfileDeclaration d, EmploymentDeclarations.Employment m) {
        List<FieldProblem> problems = checkCodes(d.sectorCode(), d.occupationCode());
        if (d.validFrom().isBefore(m.start()) || (m.end() != null && d.validFrom().isAfter(m.end()))) {
            problems.add(new FieldProblem("validFrom", "PROFILE_OUTSIDE_EMPLOYMENT",
                    "Le profil doit commencer pendant l’emploi.", "The profile must start within the employment."));
        }
        if (!problems.isEmpty()) {
            throw ApiProblem.invalid(problems);
        }
        String types = typesLiteral(d.monitoringTypes());
        var same = jdbc.sql("select * from registry.exposure_profile where employment_id = ? and valid_from = ?")
                .params(m.id(), d.validFrom()).query().listOfRows();
        Map<String, Object> values = Map.of("c", d.classification().name(), "r", d.radon(), "k", d.cosmicRadiation(),
                "t", types);
        if (!same.isEmpty()) {
            Map<String, Object> row = same.get(0);
            UUID id = (UUID) row.get("id");
            if (unchanged(row, d)) {
                return new Result(id, Outcome.UNCHANGED);
            }
            jdbc.sql("""
                            update registry.exposure_profile set classification = :c, emergency_group = :g, radon = :r,
                                cosmic_radiation = :k, sector_code = :s, occupation_code = :o, monitoring_types = :t::text[],
                                updated_at = now(), updated_by = :by where id = :id""")
                    .params(values).param("g", d.emergencyGroup()).param("s", d.sectorCode())
                    .param("o", d.occupationCode()).param("by", actor.subject()).param("id", id).update();
            events.publishEvent(new ExposureProfileChanged(id, m.id(), m.workerId(), d.validFrom(), d.classification()));
            changes.worker(m.workerId());
        changes.worker(m.workerId());
            return new Result(id, Outcome.UPDATED);
        }
        jdbc.sql("""
                        update registry.exposure_profile set valid_to = :to, updated_at = now(), updated_by = :by
                        where employment_id = :m and valid_from < :from and (valid_to is null or valid_to >= :from)""")
                .param("to", d.validFrom().minusDays(1)).param("by", actor.subject()).param("m", m.id())
                .param("from", d.validFrom()).update();
        LocalDate validTo = jdbc.sql("select min(valid_from) - 1 from registry.exposure_profile where employment_id = ? and valid_from > ?")
                .params(m.id(), d.validFrom()).query((rs, n) -> rs.getObject(1, LocalDate.class)).list().get(0);
        if (validTo == null) {
            validTo = m.end();
        }
        UUID id = UUID.randomUUID();
        jdbc.sql("""
                        insert into registry.exposure_profile (id, employment_id, valid_from, valid_to, classification,
                            emergency_group, radon, cosmic_radiation, sector_code, occupation_code, monitoring_types,
                            created_by, updated_by)
                        values (:id, :m, :from, :to, :c, :g, :r, :k, :s, :o, :t::text[], :by, :by)""")
                .params(values).param("id", id).param("m", m.id()).param("from", d.validFrom()).param("to", validTo)
                .param("g", d.emergencyGroup()).param("s", d.sectorCode()).param("o", d.occupationCode())
                .param("by", actor.subject()).update();
        events.publishEvent(new ExposureProfileChanged(id, m.id(), m.workerId(), d.validFrom(), d.classification()));
        changes.worker(m.workerId());
        return new Result(id, Outcome.CREATED);
    }

    private static boolean unchanged(Map<String, Object> row, ExposureProfileDeclaration d) {
        Object g = row.get("emergency_group");
        Set<String> registeredTypes = new TreeSet<>();
        try {
            registeredTypes.addAll(Arrays.asList((String[]) ((java.sql.Array) row.get("monitoring_types")).getArray()));
        } catch (java.sql.SQLException e) {
            throw new IllegalStateException(e);
        }
        Set<String> declaredTypes = d.monitoringTypes().stream().map(Enum::name).collect(Collectors.toCollection(TreeSet::new));
        return d.classification().name().equals(row.get("classification"))
                && Objects.equals(d.emergencyGroup(), g == null ? null : ((Number) g).intValue())
                && d.radon() == (boolean) row.get("radon") && d.cosmicRadiation() == (boolean) row.get("cosmic_radiation")
                && Objects.equals(d.sectorCode(), row.get("sector_code"))
                && Objects.equals(d.occupationCode(), row.get("occupation_code"))
                && registeredTypes.equals(declaredTypes);
    }

    private boolean exists(String table, String code) {
        return jdbc.sql("select exists (select 1 from registry." + table + " where code = ?)").param(code)
                .query(Boolean.class).single();
    }
}
