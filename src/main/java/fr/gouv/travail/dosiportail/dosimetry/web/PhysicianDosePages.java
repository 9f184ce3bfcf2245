package fr.gouv.travail.dosiportail.dosimetry.web;

import fr.gouv.travail.dosiportail.access.AccessPolicy;
import fr.gouv.travail.dosiportail.access.Purposes;
import fr.gouv.travail.dosiportail.access.SqlFilter;
import fr.gouv.travail.dosiportail.dosimetry.DoseRecordSubmission;
import fr.gouv.travail.dosiportail.dosimetry.MonitoringKind;
import fr.gouv.travail.dosiportail.dosimetry.OriginatorKind;
import fr.gouv.travail.dosiportail.dosimetry.QuantityCode;
import fr.gouv.travail.dosiportail.dosimetry.RecordStatus;
import fr.gouv.travail.dosiportail.dosimetry.collection.DoseCollection;
import fr.gouv.travail.dosiportail.dosimetry.collection.Originators;
import fr.gouv.travail.dosiportail.dosimetry.revision.CorrectionRequest;
import fr.gouv.travail.dosiportail.dosimetry.revision.DoseRevisions;
import fr.gouv.travail.dosiportail.dosimetry.revision.PhysicianEntries;
import fr.gouv.travail.dosiportail.identity.Actor;
import fr.gouv.travail.dosiportail.identity.CurrentActor;
import fr.gouv.travail.dosiportail.journal.AccessJournal;
import fr.gouv.travail.dosiportail.journal.DataKind;
import fr.gouv.travail.dosiportail.journal.JournalAction;
import fr.gouv.travail.dosiportail.journal.JournalEntry;
import fr.gouv.travail.dosiportail.journal.Outcome;
import fr.gouv.travail.dosiportail.platform.ApiProblem;
import fr.gouv.travail.dosiportail.platform.FieldProblem;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import tools.jackson.databind.json.JsonMapper;

/**
 * The MDT's entry form (internal committed dose, or a result from no accredited body) for a worker it follows, and
 * its correction or cancellation form for a record. Entries go through collection (channel FORM), revisions through
 * {@link DoseRevisions}: the same rules as the API.
 */
@Controller
@RequestMapping("/medecin/doses")
@PreAuthorize("hasRole('OCCUPATIONAL_PHYSICIAN')")
class PhysicianDosePages {

    private final DoseCollection collection;
    private final DoseRevisions revisions;
    private final PhysicianEntries physicians;
    private final CurrentActor current;
    private final AccessPolicy policy;
    private final AccessJournal journal;
    private final JdbcClient jdbc;
    private final TransactionTemplate tx;
    private final JsonMapper json;

    PhysicianDosePages(DoseCollection collection, DoseRevisions revisions, PhysicianEntries physicians,
                       CurrentActor current, AccessPolicy policy, AccessJournal journal, JdbcClient jdbc,
                       TransactionTemplate tx, JsonMapper json) {
        this.collection = collection;
        this.revisions = revisions;
        this.physicians = physicians;
        this.current = current;
        this.policy = policy;
        this.journal = journal;
        this.jdbc = jdbc;
        this.tx = tx;
        this.json = json;
    }

    /** A worker the MDT follows today, at one establishment. */
    record Followed(UUID workerId, String key, String nir, String lastName, String firstNames, String siret,
                    String establishment) {
    }

    @GetMapping("/saisie")
    String entryForm(Model model) {
        return entryPage(model, Map.of("kind", "INTERNAL_COMMITTED_BY_MDT", "quantity", "E50",
                "dosimeterId", proposedIdentifier(current.get())), Map.of());
    }

    @PostMapping("/saisie")
    String enter(@RequestParam Map<String, String> form, Model model) {
        Actor actor = current.get();
        Map<String, String> errors = new LinkedHashMap<>();
        boolean fr = fr();
        Optional<Followed> worker = followed(actor).stream().filter(f -> f.key().equals(form.get("worker"))).findFirst();
        if (worker.isEmpty()) {
            errors.put("worker", fr ? "Choisissez un travailleur que vous suivez." : "Choose a worker you follow.");
        }
        MonitoringKind kind = parse(() -> MonitoringKind.valueOf(form.getOrDefault("kind", "")));
        if (kind == null || !Originators.MDT_ONLY.contains(kind)) {
            errors.put("kind", fr ? "Choisissez le type de résultat." : "Choose the kind of result.");
        }
        QuantityCode quantity = parse(() -> QuantityCode.valueOf(form.getOrDefault("quantity", "")));
        if (quantity == null) {
            errors.put("quantity", fr ? "Choisissez la grandeur." : "Choose the quantity.");
        }
        LocalDate start = date(form, "periodStart", errors, fr);
        LocalDate end = date(form, "periodEnd", errors, fr);
        BigDecimal value = parse(() -> new BigDecimal(form.getOrDefault("valueMsv", "").strip().replace(',', '.')));
        if (value == null) {
            errors.put("valueMsv", fr ? "Indiquez la dose en mSv (exemple : 0,25)." : "Give the dose in mSv (example: 0.25).");
        }
        String identifier = form.getOrDefault("dosimeterId", "").strip();
        if (identifier.isEmpty() || identifier.length() > 60) {
            errors.put("dosimeterId", fr ? "Indiquez l’identifiant du résultat (60 caractères au plus)."
                    : "Give the identifier of the result (at most 60 characters).");
        }
        String note = form.getOrDefault("sourceNote", "").strip();
        if (note.length() > DoseRecordSubmission.SOURCE_NOTE_MAX) {
            errors.put("sourceNote", fr ? "La note de provenance compte 500 caractères au plus."
                    : "The source note has at most 500 characters.");
        } else if (note.isEmpty() && kind == MonitoringKind.MDT_NON_ACCREDITED_SOURCE) {
            errors.put("sourceNote", fr ? "Indiquez la provenance de ce résultat : il ne vient pas d’un organisme "
                    + "accrédité." : "Say where this result comes from: it does not come from an accredited body.");
        }
        if (errors.isEmpty()) {
            Followed w = worker.get();
            var record = new DoseRecordSubmission(w.nir(), w.lastName(), w.firstNames().split(" ")[0], w.siret(),
                    OriginatorKind.OCCUPATIONAL_PHYSICIAN, actor.rpps().map(r -> r.value()).orElse(""), kind, identifier,
                    null, null, start, end, quantity, value, false, null, RecordStatus.RESULT, null,
                    note.isEmpty() ? null : note);
            var items = List.of(new DoseCollection.Item(record, json.writeValueAsString(record), List.of()));
            try {
                physicians.requireFollowed(actor, items);
                var answer = collection.submit(actor, items, "FORM", Optional.empty(), true);
                model.addAttribute("receipt", answer.receipt());
                return "dosimetry/physician-receipt";
            } catch (ApiProblem p) {
                collect(p, errors, fr);
            }
        }
        return entryPage(model, form, errors);
    }

    @GetMapping("/{recordId}/correction")
    String correctionForm(@PathVariable UUID recordId, Model model) {
        var r = revisions.revisable(current.get(), recordId);
        Map<String, String> form = new LinkedHashMap<>();
        form.put("valueMsv", r.valueMsv() == null ? "" : r.valueMsv().toPlainString().replace('.', ','));
        form.put("sourceNote", r.sourceNote() == null ? "" : r.sourceNote());
        return correctionPage(model, recordId, form, Map.of());
    }

    @PostMapping("/{recordId}/correction")
    String correct(@PathVariable UUID recordId, @RequestParam Map<String, String> form, Model model) {
        Actor actor = current.get();
        revisions.revisable(actor, recordId);
        boolean fr = fr();
        Map<String, String> errors = new LinkedHashMap<>();
        String reason = form.getOrDefault("reason", "").strip();
        if (reason.isEmpty() || reason.length() > 500) {
            errors.put("reason", fr ? "Indiquez le motif (500 caractères au plus)." : "Give the reason (at most 500 characters).");
        }
        boolean cancel = "cancel".equals(form.get("action"));
        BigDecimal value = cancel ? null
                : parse(() -> new BigDecimal(form.getOrDefault("valueMsv", "").strip().replace(',', '.')));
        if (!cancel && value == null) {
            errors.put("valueMsv", fr ? "Indiquez la dose en mSv (exemple : 0,25)." : "Give the dose in mSv (example: 0.25).");
        }
        String note = form.getOrDefault("sourceNote", "").strip();
        if (note.length() > DoseRecordSubmission.SOURCE_NOTE_MAX) {
            errors.put("sourceNote", fr ? "La note de provenance compte 500 caractères au plus."
                    : "The source note has at most 500 characters.");
        }
        if (errors.isEmpty()) {
            try {
                var receipt = cancel ? revisions.cancel(actor, recordId, reason, "FORM")
                        : revisions.correct(actor, recordId, new CorrectionRequest(value, false, null,
                        RecordStatus.RESULT, null, null, null, reason, note.isEmpty() ? null : note), "FORM");
                model.addAttribute("revision", receipt);
                return "dosimetry/physician-receipt";
            } catch (ApiProblem p) {
                if (p.status() == 404) {
                    throw p;
                }
                collect(p, errors, fr);
            }
        }
        return correctionPage(model, recordId, form, errors);
    }

    private String entryPage(Model model, Map<String, String> form, Map<String, String> errors) {
        model.addAttribute("workers", followed(current.get()));
        model.addAttribute("form", form);
        model.addAttribute("errors", errors);
        model.addAttribute("failed", !errors.isEmpty());
        model.addAttribute("quantities", List.of(QuantityCode.values()));
        return "dosimetry/physician-entry";
    }

    private String correctionPage(Model model, UUID recordId, Map<String, String> form, Map<String, String> errors) {
        model.addAttribute("recordId", recordId);
        model.addAttribute("form", form);
        model.addAttribute("errors", errors);
        model.addAttribute("failed", !errors.isEmpty());
        return "dosimetry/physician-correction";
    }

    /** The workers the MDT may write for today, one line per current employment; each one shown is journaled. */
    private List<Followed> followed(Actor actor) {
        SqlFilter f = policy.workersWritableBy(actor, DataKind.EXTERNAL_DOSE, "w.id");
        LocalDate today = policy.today();
        return tx.execute(s -> {
            List<Followed> list = jdbc.sql("""
                            select w.id, m.id, w.nir, coalesce(w.usage_name, w.birth_name), w.first_names, x.siret, x.name
                            from registry.worker w join registry.employment m on m.worker_id = w.id
                            join registry.establishment x on x.id = m.establishment_id
                            where m.start_date <= :acc_at and (m.end_date is null or m.end_date >= :acc_at) and\s"""
                            + f.sql() + " order by 4, 5 limit 500")
                    .params(f.params()).param("acc_at", today)
                    .query((rs, n) -> new Followed(rs.getObject(1, UUID.class), rs.getString(2), rs.getString(3).trim(),
                            rs.getString(4), rs.getString(5), rs.getString(6).trim(), rs.getString(7))).list();
            journal.recordAll(list.stream().map(w -> JournalEntry.of(actor, w.workerId(), DataKind.ADMINISTRATIVE,
                    JournalAction.READ, Purposes.of(actor.kind()), Outcome.ALLOWED, "registry.worker/" + w.workerId()))
                    .toList());
            return list;
        });
    }

    /**
     * A proposed identifier for a new entry, MDT-date-n (n: this MDT's entries of the day + 1); it only has to tell
     * apart two results of the same period and quantity, and the MDT may replace it by an analysis or report number.
     */
    private String proposedIdentifier(Actor actor) {
        LocalDate today = policy.today();
        long n = jdbc.sql("""
                        select count(*) from dosimetry.dose_record where originator_kind = 'OCCUPATIONAL_PHYSICIAN'
                          and originator_id = :rpps and version = 1 and received_at >= :day""")
                .param("rpps", actor.rpps().map(r -> r.value()).orElse(""))
                .param("day", java.sql.Timestamp.from(today.atStartOfDay(java.time.ZoneId.of("Europe/Paris")).toInstant()))
                .query(Long.class).single();
        return "MDT-" + today + "-" + (n + 1);
    }

    private static void collect(ApiProblem p, Map<String, String> errors, boolean fr) {
        for (FieldProblem e : p.errors()) {
            String field = switch (e.field()) {
                case "nir", "lastName", "firstName", "siret" -> "worker";
                case "dosimeterId", "sourceNote", "periodStart", "periodEnd", "valueMsv", "quantity", "reason" ->
                        e.field();
                default -> "form";
            };
            errors.putIfAbsent(field, fr ? e.message() : e.messageEn());
        }
        if (p.errors().isEmpty()) {
            errors.put("form", fr ? p.detailFr() : p.detailEn());
        }
    }

    private static LocalDate date(Map<String, String> form, String field, Map<String, String> errors, boolean fr) {
        LocalDate d = parse(() -> LocalDate.parse(form.getOrDefault(field, "").strip()));
        if (d == null) {
            errors.put(field, fr ? "Indiquez la date (exemple : 2025-01-31)." : "Give the date (example: 2025-01-31).");
        }
        return d;
    }

    private static <T> T parse(java.util.function.Supplier<T> s) {
        try {
            return s.get();
        } catch (RuntimeException e) {
            return null;
        }
    }

    private static boolean fr() {
        return !"en".equals(LocaleContextHolder.getLocale().getLanguage());
    }
}
