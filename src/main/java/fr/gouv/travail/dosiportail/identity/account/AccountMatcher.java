package fr.gouv.travail.dosiportail.identity.account;

import fr.gouv.travail.dosiportail.core.Nir;
import fr.gouv.travail.dosiportail.identity.Actor;
import fr.gouv.travail.dosiportail.identity.IdentityPivot;
import fr.gouv.travail.dosiportail.identity.WorkerIdentityResolver;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Maps an OpenID Connect login to the account, hence the actor, it belongs to. Workers come through FranceConnect
 * only, professionals through ProConnect only. A login that matches no account gives no actor.
 */
@Service
public class AccountMatcher {

    public static final String FRANCECONNECT = "franceconnect";
    public static final String PROCONNECT = "proconnect";
    private static final Logger log = LoggerFactory.getLogger(AccountMatcher.class);
    private static final WorkerIdentityResolver NO_RESOLVER = pivot -> Optional.empty();

    private final AccountRepository accounts;
    private final ObjectProvider<WorkerIdentityResolver> resolvers;

    AccountMatcher(AccountRepository accounts, ObjectProvider<WorkerIdentityResolver> resolvers) {
        this.accounts = accounts;
        this.resolvers = resolvers;
    }

    @Transactional
    public Optional<Actor> match(String registrationId, String issuer, String subject, Map<String, Object> claims) {
        Optional<Account> bound = accounts.findBySubject(registrationId, subject);
        if (bound.isPresent()) {
            return bound.map(Account::toActor);
        }
        Optional<Account> found = switch (registrationId) {
            case PROCONNECT -> Optional.ofNullable(PivotClaims.text(claims, "email"))
                    .flatMap(accounts::findUnboundProfessionalByEmail)
                    .filter(a -> accounts.bindSubject(a.id(), issuer, subject));
            case FRANCECONNECT -> PivotClaims.read(claims).flatMap(p -> worker(issuer, subject, p));
            default -> Optional.empty();
        };
        if (found.isEmpty()) {
            log.info("Login through {} matches no account", registrationId);
        }
        return found.map(Account::toActor);
    }

    private Optional<Account> worker(String issuer, String subject, IdentityPivot pivot) {
        List<Account> byPivot = accounts.findUnboundWorkersByPivot(pivot);
        if (byPivot.size() == 1) {
            Account account = byPivot.get(0);
            return accounts.bindSubject(account.id(), issuer, subject) ? Optional.of(account) : Optional.empty();
        }
        if (byPivot.size() > 1) {
            log.warn("FranceConnect login matches {} worker accounts by identity pivot: none chosen", byPivot.size());
            return Optional.empty();
        }
        Optional<Nir> nir = resolvers.getIfAvailable(() -> NO_RESOLVER).resolve(pivot);
        if (nir.isEmpty()) {
            return Optional.empty();
        }
        Optional<Account> byNir = accounts.findWorkerByNir(nir.get());
        if (byNir.isPresent()) {
            // an account already bound to another subject is not taken over
            return byNir.filter(a -> accounts.bindSubject(a.id(), issuer, subject));
        }
        return Optional.of(accounts.insertWorker(issuer, subject, displayName(pivot), pivot, nir.get()));
    }

    private static String displayName(IdentityPivot pivot) {
        return pivot.givenNames().split("\\s+")[0] + " " + pivot.familyName();
    }
}
