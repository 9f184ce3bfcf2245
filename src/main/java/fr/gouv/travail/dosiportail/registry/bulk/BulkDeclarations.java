package fr.gouv.travail.dosiportail.registry.bulk;

import fr.gouv.travail.dosiportail.core.InvalidValue;
import fr.gouv.travail.dosiportail.identity.Actor;
import fr.gouv.travail.dosiportail.platform.ApiProblem;
import fr.gouv.travail.dosiportail.platform.FieldProblem;
import fr.gouv.travail.dosiportail.registry.BulkReport;
import fr.gouv.travail.dosiportail.registry.BulkReport.LineError;
import fr.gouv.travail.dosiportail.registry.Classification;
import fr.gouv.travail.dosiportail.registry.EmploymentDeclaration;
import fr.gouv.travail.dosiportail.registry.ExposureProfileDeclaration;
import fr.gouv.travail.dosiportail.registry.Outcome;
import fr.gouv.travail.dosiportail.registry.WorkerDeclaration;
import fr.gouv.travail.dosiportail.registry.declaration.EmploymentDeclarations;
import fr.gouv.travail.dosiportail.registry.declaration.Guard;
import fr.gouv.travail.dosiportail.registry.declaration.ProfileDeclarations;
import fr.gouv.travail.dosiportail.registry.declaration.Receipts;
import fr.gouv.travail.dosiportail.registry.declaration.WorkerDeclarations;
import jakarta.validation.Validator;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.CharacterCodingException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Bulk worker declaration, read line by line from the stream (the file is never held in memory). One transaction;
 * each line in its own savepoint so that keep-valid mode can drop a bad line and keep the others.
 */
@Service
public class BulkDeclarations {

    static final int MAX_LISTED_ERRORS = 1000;
    private static final Map<String, String> COLUMN_OF = Map.ofEntries(Map.entry("birthName", "nom_naissance"),
            Map.entry("usageName", "nom_usage"), Map.entry("firstNames", "prenoms"), Map.entry("sex", "sexe"),
            Map.entry("birthDate", "date_naissance"), Map.entry("birthPlaceCode", "lieu_naissance"),
            Map.entry("contractType", "type_contrat"), Map.entry("workingTimeRatio", "quotite"),
            Map.entry("startDate", "date_debut"), Map.entry("endDate", "date_fin"), Map.entry("validFrom", "date_debut"),
            Map.entry("sectorCode", "secteur"), Map.entry("occupationCode", "metier"));

    private final WorkerDeclarations workers;
    private final EmploymentDeclarations employments;
    private final ProfileDeclarations profiles;
    private final Guard guard;
    private final Receipts receipts;
    private final Validator validator;
    private final TransactionTemplate outer;
    private final TransactionTemplate savepoint;
    private final long maxBytes;

    BulkDeclarations(WorkerDeclarations workers, EmploymentDeclarations employments, ProfileDeclarations profiles,
                     Guard guard, Receipts receipts, Validator validator, PlatformTransactionManager tx,
                     @Value("${dosiportail.registry.bulk.max-bytes:209715200}") long maxBytes) {
        this.workers = workers;
        this.employments = employments;
        this.profiles = profiles;
        this.guard = guard;
        this.receipts = receipts;
        this.validator = validator;
        this.outer = new TransactionTemplate(tx);
        this.savepoint = new TransactionTemplate(tx);
        this.savepoint.setPropagationBehavior(TransactionDefinition.PROPAGATION_NESTED);
        this.maxBytes = maxBytes;
    }

    public long maxBytes() {
        return maxBytes;
    }

    public BulkReport declare(Actor actor, InputStream in, boolean keepValid) {
        return outer.execute(status -> {
            Tally t = new Tally();
            long line = 1;
            try {
                CsvInput csv = new CsvInput(in, maxBytes);
                CSVFormat format = CSVFormat.DEFAULT.builder().setDelimiter(csv.delimiter).setQuote('"')
                        .setHeader(csv.header.toArray(String[]::new)).setIgnoreEmptyLines(true)
                        .setAllowMissingColumnNames(true).setIgnoreSurroundingSpaces(true).get();
                try (CSVParser parser = CSVParser.builder().setReader(csv.reader).setFormat(format).get()) {
                    for (CSVRecord record : parser) {
                        line = record.getRecordNumber() + 1;
                        declareLine(actor, record, line, t);
                    }
                }
            } catch (CharacterCodingException e) {
                throw CsvInput.notUtf8(line + 1);
            } catch (java.io.UncheckedIOException e) {
                if (e.getCause() instanceof CharacterCodingException) {
                    throw CsvInput.notUtf8(line + 1);
                }
                throw e;
            } catch (IOException e) {
                throw new IllegalStateException("bulk file unreadable", e);
            }
            boolean commit = keepValid || t.rejected == 0;
            String number = null;
            if (!commit) {
                status.setRollbackOnly();
            } else if (t.accepted > 0 && t.companyId != null) {
                number = receipts.issue(actor, t.companyId, "WORKER_BULK", null, Outcome.CREATED, List.of()).number();
            }
            return new BulkReport(t.accepted, t.rejected, t.unchanged, t.errors, t.totalErrors, commit, number);
        });
    }

    private void declareLine(Actor actor, CSVRecord record, long line, Tally t) {
        LineParser p = new LineParser(record);
        WorkerDeclaration w = new WorkerDeclaration(p.required("siret"), p.required("nir"), p.required("nom_naissance"),
                p.text("nom_usage"), p.required("prenoms"), p.sex(), p.date("date_naissance", true),
                p.required("lieu_naissance"));
        EmploymentDeclaration m = new EmploymentDeclaration(w.nir(), w.siret(), p.contract(), p.ratio(),
                p.date("date_debut", true), p.date("date_fin", false));
        Classification c = p.classification();
        var profileValues = new Object[] {p.emergencyGroup(), p.flag("radon"), p.flag("rayonnement_cosmique"),
                p.text("secteur"), p.text("metier"), p.types()};
        List<LineError> errors = new ArrayList<>();
        p.errors.forEach(e -> errors.add(new LineError(line, e.column(), e.code(), e.message())));
        if (errors.isEmpty()) {
            validate(w, line, errors);
            validate(m, line, errors);
            WorkerDeclarations.check(w).forEach(f -> errors.add(error(line, f)));
        }
        if (errors.isEmpty()) {
            try {
                Outcome o = savepoint.execute(s -> write(actor, w, m, c, profileValues, t));
                if (o == Outcome.UNCHANGED) {
                    t.unchanged++;
                } else {
                    t.accepted++;
                }
                return;
            } catch (ApiProblem e) {
                e.errors().forEach(f -> errors.add(error(line, f)));
                if (e.errors().isEmpty()) {
                    errors.add(new LineError(line, "siret", e.type().toUpperCase().replace('-', '_'), e.detailFr()));
                }
            } catch (InvalidValue e) {
                errors.add(new LineError(line, column(e.field()), "INVALID_VALUE", e.reasonFr()));
            }
        }
        t.rejected++;
        for (LineError e : errors) {
            t.totalErrors++;
            if (t.errors.size() < MAX_LISTED_ERRORS) {
                t.errors.add(e);
            }
        }
    }

    @SuppressWarnings("unchecked")
    private Outcome write(Actor actor, WorkerDeclaration w, EmploymentDeclaration m, Classification c,
                          Object[] pv, Tally t) {
        Guard.Establishment est = t.establishments.computeIfAbsent(w.siret(),
                s -> guard.establishmentForWrite(actor, s, "siret"));
        t.companyId = t.companyId == null ? est.companyId() : t.companyId;
        var wr = workers.upsert(actor, w, est.id());
        var mr = employments.upsert(actor, m, est.id());
        Outcome result = wr.outcome() != Outcome.UNCHANGED ? wr.outcome() : mr.outcome();
        if (wr.discrepancyRecorded() && result == Outcome.UNCHANGED) {
            result = Outcome.UPDATED;
        }
        if (c != null) {
            var employment = new EmploymentDeclarations.Employment(mr.employmentId(), mr.workerId(), est.id(),
                    m.startDate(), m.endDate(), null);
            var pd = new ExposureProfileDeclaration(mr.employmentId(), m.startDate(), c, (Integer) pv[0],
                    (boolean) pv[1], (boolean) pv[2], (String) pv[3], (String) pv[4],
                    (java.util.Set<fr.gouv.travail.dosiportail.registry.MonitoringType>) pv[5]);
            var pr = profiles.upsert(actor, pd, employment);
            if (result == Outcome.UNCHANGED) {
                result = pr.outcome();
            }
        }
        return result;
    }

    private <T> void validate(T value, long line, List<LineError> errors) {
        validator.validate(value).forEach(v -> {
            String field = v.getPropertyPath().toString();
            errors.add(new LineError(line, column(field), "INVALID_VALUE", v.getMessage()));
        });
    }

    private static LineError error(long line, FieldProblem f) {
        return new LineError(line, column(f.field()), f.code(), f.message());
    }

    private static String column(String field) {
        return COLUMN_OF.getOrDefault(field, field);
    }

    private static final class Tally {
        int accepted;
        int rejected;
        int unchanged;
        int totalErrors;
        UUID companyId;
        final List<LineError> errors = new ArrayList<>();
        final Map<String, Guard.Establishment> establishments = new HashMap<>();
    }
}
