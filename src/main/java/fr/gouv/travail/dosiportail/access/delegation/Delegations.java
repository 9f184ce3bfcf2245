package fr.gouv.travail.dosiportail.access.delegation;

import fr.gouv.travail.dosiportail.access.AccessPolicy;
import fr.gouv.travail.dosiportail.access.DelegationGranted;
import fr.gouv.travail.dosiportail.access.DelegationRevoked;
import fr.gouv.travail.dosiportail.core.Rpps;
import fr.gouv.travail.dosiportail.identity.Actor;
import fr.gouv.travail.dosiportail.identity.ActorKind;
import fr.gouv.travail.dosiportail.journal.DataKind;
import fr.gouv.travail.dosiportail.platform.ApiProblem;
import fr.gouv.travail.dosiportail.platform.FieldProblem;
import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.UUID;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Granting, revoking and listing an MDT's delegations. An MDT only ever sees and changes its own. */
@Service
public class Delegations {

    private static final EnumSet<DataKind> DELEGABLE = EnumSet.of(DataKind.ADMINISTRATIVE, DataKind.EXTERNAL_DOSE,
            DataKind.INTERNAL_DOSE, DataKind.EFFECTIVE_DOSE, DataKind.ALERT);

    private final JdbcClient jdbc;
    private final ApplicationEventPublisher events;
    private final AccessPolicy policy;

    Delegations(JdbcClient jdbc, ApplicationEventPublisher events, AccessPolicy policy) {
        this.jdbc = jdbc;
        this.events = events;
        this.policy = policy;
    }

    private static String rpps(Actor mdt) {
        if (mdt.kind() != ActorKind.OCCUPATIONAL_PHYSICIAN || mdt.rpps().isEmpty()) {
            throw ApiProblem.forbidden("Seul un médecin du travail identifié par son RPPS peut déléguer.",
                    "Only an occupational physician identified by an RPPS number may delegate.");
        }
        return mdt.rpps().map(Rpps::value).orElseThrow();
    }

    @Transactional
    public UUID grant(Actor mdt, DelegationRequest r) {
        String rpps = rpps(mdt);
        List<FieldProblem> problems = new ArrayList<>();
        String email = r.delegateEmail() == null || r.delegateEmail().isBlank() ? null : r.delegateEmail().strip();
        String delegateRpps = r.delegateRpps() == null || r.delegateRpps().isBlank() ? null : r.delegateRpps();
        if (delegateRpps == null && (email == null || "OCCUPATIONAL_PHYSICIAN".equals(r.delegateKind()))) {
            problems.add(new FieldProblem("delegateRpps", "REQUIRED",
                    "Indiquez le RPPS du délégataire (ou son adresse électronique pour un professionnel de santé).",
                    "Give the delegate's RPPS number (or e-mail address for a health professional)."));
        }
        if (delegateRpps != null) {
            try {
                new Rpps(delegateRpps);
            } catch (fr.gouv.travail.dosiportail.core.InvalidValue e) {
                problems.add(new FieldProblem("delegateRpps", "INVALID", "Ce numéro RPPS n’est pas valide.",
                        "This RPPS number is not valid."));
            }
        }
        if ("RADIATION_PROTECTION_ADVISER".equals(r.delegateKind())
                && (email == null || !r.dataKinds().equals(java.util.Set.of(DataKind.INTERNAL_DOSE)))) {
            problems.add(new FieldProblem("dataKinds", "CRP_INTERNAL_ONLY",
                    "Un conseiller en radioprotection ne peut recevoir que les résultats de dosimétrie interne (R.4451-70), "
                            + "désigné par son adresse électronique.",
                    "A radiation protection adviser may only be given internal dosimetry results (R.4451-70), "
                            + "named by e-mail address."));
        }
        if (rpps.equals(delegateRpps)) {
            problems.add(new FieldProblem("delegateRpps", "SELF", "Vous ne pouvez pas vous déléguer à vous-même.",
                    "You cannot delegate to yourself."));
        }
        if (r.validTo() != null && r.validTo().isBefore(r.validFrom())) {
            problems.add(new FieldProblem("validTo", "BEFORE_START", "La fin précède le début.", "The end precedes the start."));
        }
        if (r.validTo() != null && r.validTo().isBefore(policy.today())) {
            problems.add(new FieldProblem("validTo", "PAST", "La fin est déjà passée.", "The end is already past."));
        }
        if (!DELEGABLE.containsAll(r.dataKinds())) {
            problems.add(new FieldProblem("dataKinds", "NOT_DELEGABLE", "Seules les données du travailleur se délèguent.",
                    "Only the worker's data can be delegated."));
        }
        List<String> sirets = r.sirets() == null ? List.of() : List.copyOf(new TreeSet<>(r.sirets()));
        for (String siret : sirets) {
            boolean mine = jdbc.sql("""
                            select exists (select 1 from registry.designation d join registry.establishment e
                                           on e.id = d.establishment_id
                                           where e.siret = :siret and d.role = 'OCCUPATIONAL_PHYSICIAN' and d.rpps = :rpps
                                             and (d.valid_to is null or d.valid_to >= :today))""")
                    .param("siret", siret).param("rpps", rpps).param("today", policy.today()).query(Boolean.class).single();
            if (!mine) {
                problems.add(new FieldProblem("sirets", "NOT_DESIGNATED",
                        "Vous n’êtes pas désigné pour l’établissement " + siret + ".",
                        "You are not designated for establishment " + siret + "."));
            }
        }
        if (!problems.isEmpty()) {
            throw ApiProblem.invalid(problems);
        }
        UUID id = UUID.randomUUID();
        List<String> kinds = r.dataKinds().stream().map(Enum::name).sorted().toList();
        jdbc.sql("""
                        insert into access.delegation (id, delegating_rpps, delegate_kind, delegate_name, delegate_rpps,
                               delegate_email, sirets, data_kinds, valid_from, valid_to, created_by, updated_by)
                        values (:id, :rpps, :kind, :name, :drpps, :email, string_to_array(:sirets, ','),
                                string_to_array(:kinds, ','), :from, :to, :by, :by)""")
                .param("id", id).param("rpps", rpps).param("kind", r.delegateKind()).param("name", r.delegateName().strip())
                .param("drpps", delegateRpps).param("email", email).param("sirets", String.join(",", sirets))
                .param("kinds", String.join(",", kinds)).param("from", r.validFrom()).param("to", r.validTo())
                .param("by", mdt.subject()).update();
        events.publishEvent(new DelegationGranted(id, rpps, r.delegateKind(), delegateRpps, email, sirets,
                EnumSet.copyOf(r.dataKinds()), r.validFrom(), r.validTo(), mdt.subject()));
        return id;
    }

    /** Revokes one of the MDT's delegations; another's, or an unknown id, is not found. */
    @Transactional
    public void revoke(Actor mdt, UUID id, String reason) {
        String rpps = rpps(mdt);
        if (reason == null || reason.isBlank() || reason.length() > 500) {
            throw ApiProblem.invalid("reason", "REQUIRED", "Indiquez le motif de la révocation (500 caractères au plus).",
                    "State the reason for the revocation (at most 500 characters).");
        }
        Boolean revoked = jdbc.sql("select revoked_at is not null from access.delegation where id = ? and delegating_rpps = ?")
                .params(id, rpps).query(Boolean.class).optional()
                .orElseThrow(() -> ApiProblem.notFound("Délégation introuvable.", "Delegation not found."));
        if (revoked) {
            throw ApiProblem.conflict("Cette délégation est déjà révoquée.", "This delegation is already revoked.");
        }
        Instant now = Instant.now();
        jdbc.sql("""
                        update access.delegation set revoked_at = :now, revoked_by = :by, revocation_reason = :reason,
                               updated_at = :now, updated_by = :by where id = :id""")
                .param("now", OffsetDateTime.ofInstant(now, java.time.ZoneOffset.UTC)).param("by", mdt.subject())
                .param("reason", reason.strip()).param("id", id).update();
        events.publishEvent(new DelegationRevoked(id, rpps, now, reason.strip(), mdt.subject()));
    }

    /** The MDT's own delegations, newest first. */
    @Transactional(readOnly = true)
    public List<Map<String, Object>> list(Actor mdt, LocalDate today) {
        return jdbc.sql("""
                        select id, delegate_kind, delegate_name, delegate_rpps, delegate_email, sirets, data_kinds,
                               valid_from, valid_to, revoked_at, revocation_reason, created_at
                        from access.delegation where delegating_rpps = ? order by created_at desc, id limit 500""")
                .param(rpps(mdt)).query((rs, n) -> row(rs, today)).list();
    }

    private static Map<String, Object> row(ResultSet rs, LocalDate today) throws SQLException {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("id", rs.getObject("id", UUID.class));
        m.put("delegateKind", rs.getString("delegate_kind"));
        m.put("delegateName", rs.getString("delegate_name"));
        m.put("delegateRpps", rs.getString("delegate_rpps"));
        m.put("delegateEmail", rs.getString("delegate_email"));
        m.put("sirets", strings(rs.getArray("sirets")));
        m.put("dataKinds", strings(rs.getArray("data_kinds")));
        LocalDate from = rs.getObject("valid_from", LocalDate.class);
        LocalDate to = rs.getObject("valid_to", LocalDate.class);
        m.put("validFrom", from);
        m.put("validTo", to);
        OffsetDateTime revokedAt = rs.getObject("revoked_at", OffsetDateTime.class);
        m.put("revokedAt", revokedAt == null ? null : revokedAt.toInstant());
        m.put("revocationReason", rs.getString("revocation_reason"));
        m.put("status", revokedAt != null ? "REVOKED" : to != null && to.isBefore(today) ? "EXPIRED"
                : from.isAfter(today) ? "PENDING" : "ACTIVE");
        return m;
    }

    private static List<String> strings(Array a) throws SQLException {
        return a == null ? List.of() : Arrays.asList((String[]) a.getArray());
    }
}
