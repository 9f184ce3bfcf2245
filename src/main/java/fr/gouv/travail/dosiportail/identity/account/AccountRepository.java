package fr.gouv.travail.dosiportail.identity.account;

import fr.gouv.travail.dosiportail.core.Nir;
import fr.gouv.travail.dosiportail.core.Rpps;
import fr.gouv.travail.dosiportail.core.Siren;
import fr.gouv.travail.dosiportail.identity.ActorKind;
import fr.gouv.travail.dosiportail.identity.IdentityPivot;
import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
class AccountRepository {

    private static final String COLUMNS =
            " id, registration_id, actor_kind, display_name, siren, rpps, accreditation_number, nir, territory, email, authority ";

    private final JdbcClient jdbc;

    AccountRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    Optional<Account> findBySubject(String registrationId, String subject) {
        return jdbc.sql("select " + COLUMNS + " from identity.account where registration_id = ? and subject = ?")
                .params(registrationId, subject).query(AccountRepository::map).optional();
    }

    /** Professionals registered by e-mail who have not logged in yet. */
    Optional<Account> findUnboundProfessionalByEmail(String email) {
        return jdbc.sql("select " + COLUMNS + """
                 from identity.account
                 where lower(email) = lower(?) and subject is null and actor_kind <> 'WORKER'""")
                .param(email).query(AccountRepository::map).optional();
    }

    /** Workers not yet bound to a FranceConnect subject whose pivot matches; several rows mean ambiguity. */
    List<Account> findUnboundWorkersByPivot(IdentityPivot pivot) {
        return jdbc.sql("select " + COLUMNS + """
                 from identity.account
                 where actor_kind = 'WORKER' and subject is null
                   and family_name = ? and given_names = ? and birthdate = ? and gender = ?""")
                .params(IdentityPivot.normalize(pivot.familyName()), IdentityPivot.normalize(pivot.givenNames()),
                        pivot.birthdate(), pivot.gender())
                .query(AccountRepository::map).list();
    }

    Optional<Account> findWorkerByNir(Nir nir) {
        return jdbc.sql("select " + COLUMNS + " from identity.account where nir = ?")
                .param(nir.value()).query(AccountRepository::map).optional();
    }

    /** Binds the account to the provider's subject, unless another login bound it in the meantime. */
    boolean bindSubject(long id, String issuer, String subject) {
        return jdbc.sql("""
                update identity.account
                   set issuer = ?, subject = ?, updated_at = now(), updated_by = 'login'
                 where id = ? and subject is null""")
                .params(issuer, subject, id).update() == 1;
    }

    Account insertWorker(String issuer, String subject, String displayName, IdentityPivot pivot, Nir nir) {
        long id = jdbc.sql("""
                insert into identity.account (registration_id, issuer, subject, actor_kind, display_name, nir,
                       family_name, given_names, birthdate, gender, created_by, updated_by)
                values ('franceconnect', ?, ?, 'WORKER', ?, ?, ?, ?, ?, ?, 'login', 'login')
                returning id""")
                .params(issuer, subject, displayName, nir.value(), IdentityPivot.normalize(pivot.familyName()),
                        IdentityPivot.normalize(pivot.givenNames()), pivot.birthdate(), pivot.gender())
                .query(Long.class).single();
        return new Account(id, "franceconnect", ActorKind.WORKER, displayName, Optional.empty(), Optional.empty(),
                Optional.empty(), Optional.of(nir), List.of(), Optional.empty(), Optional.empty());
    }

    private static Account map(ResultSet rs, int row) throws SQLException {
        return new Account(rs.getLong("id"), rs.getString("registration_id"),
                ActorKind.valueOf(rs.getString("actor_kind")), rs.getString("display_name"),
                Optional.ofNullable(rs.getString("siren")).map(Siren::new),
                Optional.ofNullable(rs.getString("rpps")).map(Rpps::new),
                Optional.ofNullable(rs.getString("accreditation_number")),
                Optional.ofNullable(rs.getString("nir")).map(Nir::new),
                territory(rs.getArray("territory")),
                Optional.ofNullable(rs.getString("email")),
                Optional.ofNullable(rs.getString("authority")));
    }

    private static List<String> territory(Array array) throws SQLException {
        return array == null ? List.of() : Arrays.asList((String[]) array.getArray());
    }
}
