package fr.gouv.travail.dosiportail.identity.account;

import fr.gouv.travail.dosiportail.identity.IdentityPivot;
import fr.gouv.travail.dosiportail.identity.localidp.DemoAccount;
import fr.gouv.travail.dosiportail.identity.localidp.DemoAccounts;
import java.util.Map;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Registers the local identity provider's demo people as accounts, unbound: their first login binds them by
 * e-mail or identity pivot, as a real first login would. Idempotent: existing accounts are left as they are.
 */
@Component
@ConditionalOnProperty(name = "dosiportail.identity.local-idp.enabled", havingValue = "true", matchIfMissing = true)
class DemoAccountSeeder implements ApplicationRunner {

    private final JdbcClient jdbc;

    DemoAccountSeeder(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public void run(ApplicationArguments args) {
        DemoAccounts.ALL.forEach(a -> a.registration().ifPresent(r -> seed(a, r)));
    }

    private void seed(DemoAccount account, DemoAccount.Registration r) {
        Map<String, Object> claims = account.claims();
        boolean worker = "franceconnect".equals(account.clientId());
        jdbc.sql("""
                insert into identity.account (registration_id, email, actor_kind, display_name, siren, rpps,
                       accreditation_number, nir, family_name, given_names, birthdate, gender, territory,
                       authority, created_by, updated_by)
                values (:registration, :email, :kind, :name, :siren, :rpps, :accreditation, :nir,
                        :family, :given, cast(:birthdate as date), :gender, cast(:territory as text[]), :authority, 'demo', 'demo')
                on conflict do nothing""")
                .param("registration", account.clientId())
                .param("email", worker ? null : claims.get("email"))
                .param("kind", r.kind().name())
                .param("name", r.displayName())
                .param("siren", r.siren())
                .param("rpps", r.rpps())
                .param("accreditation", r.accreditationNumber())
                .param("nir", r.nir())
                .param("family", worker ? IdentityPivot.normalize((String) claims.get("family_name")) : null)
                .param("given", worker ? IdentityPivot.normalize((String) claims.get("given_name")) : null)
                .param("birthdate", worker ? claims.get("birthdate") : null)
                .param("gender", worker ? claims.get("gender") : null)
                .param("territory", "{" + String.join(",", r.territory()) + "}")
                .param("authority", r.authority())
                .update();
    }
}
