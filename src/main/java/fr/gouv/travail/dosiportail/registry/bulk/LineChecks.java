package fr.gouv.travail.dosiportail.registry.bulk;

import fr.gouv.travail.dosiportail.core.InvalidValue;
import fr.gouv.travail.dosiportail.core.Nir;
import fr.gouv.travail.dosiportail.identity.Actor;
import fr.gouv.travail.dosiportail.platform.ApiProblem;
import fr.gouv.travail.dosiportail.platform.FieldProblem;
import fr.gouv.travail.dosiportail.registry.BulkReport.LineError;
import fr.gouv.travail.dosiportail.registry.EmploymentDeclaration;
import fr.gouv.travail.dosiportail.registry.WorkerDeclaration;
import fr.gouv.travail.dosiportail.registry.declaration.EmploymentDeclarations;
import fr.gouv.travail.dosiportail.registry.declaration.Guard;
import fr.gouv.travail.dosiportail.registry.declaration.ProfileDeclarations;
import fr.gouv.travail.dosiportail.registry.declaration.WorkerDeclarations;
import jakarta.validation.Validator;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.apache.commons.csv.CSVRecord;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Every check a line goes through, with the codes and messages of the single declarations and in the same order:
 * the cells, bean validation, the NIR against sex and birth date; then, per chunk, what needs the registry
 * (establishment and right to declare for it, nomenclature codes), looked up once per distinct value in the file.
 */
final class LineChecks {

    static final Map<String, String> COLUMN_OF = Map.ofEntries(Map.entry("birthName", "nom_naissance"),
            Map.entry("usageName", "nom_usage"), Map.entry("firstNames", "prenoms"), Map.entry("sex", "sexe"),
            Map.entry("birthDate", "date_naissance"), Map.entry("birthPlaceCode", "lieu_naissance"),
            Map.entry("contractType", "type_contrat"), Map.entry("workingTimeRatio", "quotite"),
            Map.entry("startDate", "date_debut"), Map.entry("endDate", "date_fin"), Map.entry("validFrom", "date_debut"),
            Map.entry("sectorCode", "secteur"), Map.entry("occupationCode", "metier"));

    private final Actor actor;
    private final Guard guard;
    private final ProfileDeclarations profiles;
    private final Validator validator;
    private final JdbcTemplate jdbc;
    /** SIRET → establishment (empty: unknown); bounded by the establishments named in the file. */
    private final Map<String, Optional<Guard.Establishment>> establishments = new HashMap<>();
    /** (sector, occupation) → problems; bounded by the nomenclatures. */
    private final Map<String, List<FieldProblem>> codes = new HashMap<>();
    UUID companyId;

    LineChecks(Actor actor, Guard guard, ProfileDeclarations profiles, Validator validator, JdbcTemplate jdbc) {
        this.actor = actor;
        this.guard = guard;
        this.profiles = profiles;
        this.validator = validator;
        this.jdbc = jdbc;
    }

    /** Reads a record (the cells are read in the order of the single-line path, so errors come in that order). */
    BulkLine read(CSVRecord record, long number) {
        LineParser p = new LineParser(record);
        WorkerDeclaration w = new WorkerDeclaration(p.required("siret"), p.required("nir"), p.required("nom_naissance"),
                p.text("nom_usage"), p.required("prenoms"), p.sex(), p.date("date_naissance", true),
                p.required("lieu_naissance"));
        EmploymentDeclaration m = new EmploymentDeclaration(w.nir(), w.siret(), p.contract(), p.ratio(),
                p.date("date_debut", true), p.date("date_fin", false));
        var c = p.classification();
        BulkLine line = new BulkLine(number, w, m, c, p.emergencyGroup(), p.flag("radon"),
                p.flag("rayonnement_cosmique"), p.text("secteur"), p.text("metier"), p.types());
        p.errors.forEach(e -> line.errors.add(new LineError(number, e.column(), e.code(), e.message())));
        if (line.valid()) {
            validate(w, line);
            validate(m, line);
            WorkerDeclarations.check(w).forEach(f -> line.errors.add(error(number, f)));
        }
        return line;
    }

    /** The checks that need the registry, for the lines of one chunk still valid. */
    void checkAgainstRegistry(List<BulkLine> chunk) {
        prefetchEstablishments(chunk);
        for (BulkLine line : chunk) {
            if (!line.valid()) {
                continue;
            }
            try {
                line.establishment = establishment(line.worker.siret());
                companyId = companyId == null ? line.establishment.companyId() : companyId;
                new Nir(line.worker.nir());
                EmploymentDeclarations.checkDates(line.employment.startDate(), line.employment.endDate(), "endDate");
                if (line.classification != null) {
                    List<FieldProblem> problems = codes(line.sectorCode, line.occupationCode);
                    if (!problems.isEmpty()) {
                        throw ApiProblem.invalid(problems);
                    }
                }
            } catch (ApiProblem e) {
                line.establishment = null;
                line.errors.addAll(errors(line.number, e));
            } catch (InvalidValue e) {
                line.establishment = null;
                line.errors.add(new LineError(line.number, column(e.field()), "INVALID_VALUE", e.reasonFr()));
            }
        }
    }

    static List<LineError> errors(long number, ApiProblem e) {
        List<LineError> errors = new ArrayList<>();
        e.errors().forEach(f -> errors.add(error(number, f)));
        if (e.errors().isEmpty()) {
            errors.add(new LineError(number, "siret", e.type().toUpperCase().replace('-', '_'), e.detailFr()));
        }
        return errors;
    }

    private Guard.Establishment establishment(String siret) {
        Optional<Guard.Establishment> known = establishments.get(siret);
        if (known == null || known.isEmpty()) {
            return guard.establishmentForWrite(actor, siret, "siret"); // throws the single path's problem
        }
        guard.requireCompany(actor, known.get().siren());
        return known.get();
    }

    private void prefetchEstablishments(List<BulkLine> chunk) {
        Set<String> missing = new LinkedHashSet<>();
        chunk.stream().filter(BulkLine::valid).map(l -> l.worker.siret())
                .filter(s -> !establishments.containsKey(s)).forEach(missing::add);
        if (missing.isEmpty()) {
            return;
        }
        missing.forEach(s -> establishments.put(s, Optional.empty()));
        jdbc.query("""
                        select e.id, e.company_id, c.siren, e.siret from registry.establishment e
                        join registry.company c on c.id = e.company_id where e.siret = any(cast(? as bpchar[]))""",
                ps -> Columns.bindTexts(ps, 1, missing),
                rs -> {
                    establishments.put(rs.getString(4).trim(), Optional.of(new Guard.Establishment(
                            rs.getObject(1, UUID.class), rs.getObject(2, UUID.class), rs.getString(3).trim())));
                });
    }

    private List<FieldProblem> codes(String sector, String occupation) {
        return codes.computeIfAbsent(sector + "\u0000" + occupation, k -> profiles.checkCodes(sector, occupation));
    }

    private <T> void validate(T value, BulkLine line) {
        validator.validate(value).forEach(v -> line.errors.add(new LineError(line.number,
                column(v.getPropertyPath().toString()), "INVALID_VALUE", v.getMessage())));
    }

    static LineError error(long line, FieldProblem f) {
        return new LineError(line, column(f.field()), f.code(), f.message());
    }

    static String column(String field) {
        return COLUMN_OF.getOrDefault(field, field);
    }
}
