package fr.gouv.travail.dosiportail.registry.declaration;

import fr.gouv.travail.dosiportail.core.Siret;
import fr.gouv.travail.dosiportail.identity.Actor;
import fr.gouv.travail.dosiportail.platform.ApiProblem;
import fr.gouv.travail.dosiportail.registry.EstablishmentDeclaration;
import fr.gouv.travail.dosiportail.registry.Outcome;
import fr.gouv.travail.dosiportail.registry.Receipt;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Company + establishment: created, updated field by field, or left unchanged. */
@Component
class EstablishmentDeclarations {

    static final String SUBJECT = "ESTABLISHMENT";
    private final JdbcClient jdbc;
    private final Guard guard;
    private final Receipts receipts;
    private final MissingInformation missing;
    private final ReferentialChanges changes;

    EstablishmentDeclarations(JdbcClient jdbc, Guard guard, Receipts receipts, MissingInformation missing,
                              ReferentialChanges changes) {
        this.changes = changes;
        this.jdbc = jdbc;
        this.guard = guard;
        this.receipts = receipts;
        this.missing = missing;
    }

    Receipt declare(Actor actor, EstablishmentDeclaration d) {
        Siret siret = new Siret(d.siret());
        String siren = siret.siren().value();
        guard.requireCompany(actor, siren);
        String naf = d.nafCode().contains(".") ? d.nafCode() : d.nafCode().substring(0, 2) + "." + d.nafCode().substring(2);
        boolean domainKnown = jdbc.sql("select exists (select 1 from registry.activity_domain where code = ?)")
                .param(d.activityDomain()).query(Boolean.class).single();
        if (!domainKnown) {
            throw ApiProblem.invalid("activityDomain", "UNKNOWN_ACTIVITY_DOMAIN",
                    "Ce domaine d’activité n’existe pas dans la nomenclature.", "This activity domain is not in the nomenclature.");
        }
        boolean changed = false;
        UUID companyId = jdbc.sql("select id from registry.company where siren = ?").param(siren).query(UUID.class)
                .optional().orElse(null);
        if (companyId == null) {
            companyId = UUID.randomUUID();
            jdbc.sql("insert into registry.company (id, siren, legal_name, created_by, updated_by) values (?, ?, ?, ?, ?)")
                    .params(companyId, siren, d.companyName().trim(), actor.subject(), actor.subject()).update();
        } else {
            changed = jdbc.sql("""
                            update registry.company set legal_name = ?, updated_at = now(), updated_by = ?
                            where id = ? and legal_name <> ?""")
                    .params(d.companyName().trim(), actor.subject(), companyId, d.companyName().trim()).update() > 0;
        }
        Map<String, Object> values = new java.util.LinkedHashMap<>();
        values.put("name", d.name().trim());
        values.put("address_line", d.addressLine().trim());
        values.put("postal_code", d.postalCode());
        values.put("city", d.city().trim());
        values.put("city_insee_code", d.cityInseeCode());
        values.put("naf_code", naf);
        values.put("activity_domain_code", d.activityDomain());
        values.put("defence", d.defence());
        values.put("head_last_name", d.headLastName().trim());
        values.put("head_first_name", d.headFirstName().trim());
        values.put("head_email", d.headEmail() == null || d.headEmail().isBlank() ? null : d.headEmail().trim());
        var existing = jdbc.sql("select * from registry.establishment where siret = ?").param(d.siret()).query().listOfRows();
        Outcome outcome;
        UUID id;
        if (existing.isEmpty()) {
            id = UUID.randomUUID();
            jdbc.sql("""
                            insert into registry.establishment (id, company_id, siret, name, address_line, postal_code, city,
                                city_insee_code, naf_code, activity_domain_code, defence, head_last_name, head_first_name,
                                head_email, created_by, updated_by)
                            values (:id, :company, :siret, :name, :address_line, :postal_code, :city, :city_insee_code,
                                    :naf_code, :activity_domain_code, :defence, :head_last_name, :head_first_name,
                                    :head_email, :by, :by)""")
                    .param("id", id).param("company", companyId).param("siret", d.siret()).params(values)
                    .param("by", actor.subject()).update();
            outcome = Outcome.CREATED;
            changes.establishment(id);
        } else {
            Map<String, Object> row = existing.get(0);
            id = (UUID) row.get("id");
            boolean same = values.entrySet().stream().allMatch(e -> Objects.equals(e.getValue(), row.get(e.getKey())));
            if (!same) {
                jdbc.sql("""
                                update registry.establishment set name = :name, address_line = :address_line,
                                    postal_code = :postal_code, city = :city, city_insee_code = :city_insee_code,
                                    naf_code = :naf_code, activity_domain_code = :activity_domain_code, defence = :defence,
                                    head_last_name = :head_last_name, head_first_name = :head_first_name,
                                    head_email = :head_email, updated_at = now(), updated_by = :by where id = :id""")
                        .params(values).param("by", actor.subject()).param("id", id).update();
            }
            outcome = same && !changed ? Outcome.UNCHANGED : Outcome.UPDATED;
        }
        List<fr.gouv.travail.dosiportail.registry.MissingItem> stillMissing = missing.forEstablishment(id, receipts.today());
        return outcome == Outcome.UNCHANGED ? receipts.unchanged(companyId, SUBJECT, id, stillMissing)
                : receipts.issue(actor, companyId, SUBJECT, id, outcome, stillMissing);
    }
}
