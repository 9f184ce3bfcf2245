package fr.gouv.travail.dosiportail.registry.declaration;

import fr.gouv.travail.dosiportail.core.Nir;
import fr.gouv.travail.dosiportail.identity.IdentityPivot;
import fr.gouv.travail.dosiportail.identity.WorkerIdentityResolver;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Finds the worker of a first FranceConnect login in the référentiel by the identity pivot: birth name, given
 * names, birth date, sex and birth place must all agree (accents, case and punctuation aside). Several candidates
 * or none: no match, the worker is not guessed.
 */
@Component
class PivotWorkerResolver implements WorkerIdentityResolver {

    private static final String FRANCE = "99100";

    private final JdbcClient jdbc;

    PivotWorkerResolver(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    private record Candidate(String nir, String birthName, String firstNames, String birthPlaceCode) {
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<Nir> resolve(IdentityPivot pivot) {
        String sex = "female".equalsIgnoreCase(pivot.gender()) ? "F" : "male".equalsIgnoreCase(pivot.gender()) ? "M" : null;
        if (sex == null || pivot.birthdate() == null || pivot.familyName() == null || pivot.givenNames() == null) {
            return Optional.empty();
        }
        List<Candidate> matches = jdbc.sql("""
                        select nir, birth_name, first_names, birth_place_code from registry.worker
                        where birth_date = :birthDate and sex = :sex""")
                .param("birthDate", pivot.birthdate()).param("sex", sex)
                .query(Candidate.class).list().stream()
                .filter(c -> IdentityPivot.normalize(c.birthName()).equals(IdentityPivot.normalize(pivot.familyName())))
                .filter(c -> IdentityPivot.normalize(c.firstNames()).equals(IdentityPivot.normalize(pivot.givenNames())))
                .filter(c -> samePlace(c.birthPlaceCode(), pivot))
                .toList();
        return matches.size() == 1 ? Optional.of(new Nir(matches.get(0).nir())) : Optional.empty();
    }

    private static boolean samePlace(String birthPlaceCode, IdentityPivot pivot) {
        String country = pivot.birthcountry().orElse(FRANCE);
        if (!FRANCE.equals(country)) {
            return birthPlaceCode.equals(country);
        }
        return pivot.birthplace().map(birthPlaceCode::equals).orElse(true);
    }
}
