package fr.gouv.travail.dosiportail.access;

import static org.assertj.core.api.Assertions.assertThat;

import fr.gouv.travail.dosiportail.core.Siren;
import fr.gouv.travail.dosiportail.identity.Actor;
import fr.gouv.travail.dosiportail.identity.ActorKind;
import fr.gouv.travail.dosiportail.journal.DataKind;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ActiveProfiles;

/**
 * The other reading of R.4451-69 I, chosen by setting: the CRP sees the whole history while the worker is employed,
 * and nothing once the employment has ended. Also the policy used directly (labs' writes, SQL list filters).
 */
@SpringBootTest(properties = "dosiportail.access.crp-window=WHILE_EMPLOYED_WHOLE_HISTORY")
@ActiveProfiles("test")
class CrpWholeHistoryWindowTest {

    @Autowired
    AccessPolicy policy;
    @Autowired
    JdbcClient jdbc;

    private static Actor crp(String email) {
        return new Actor(ActorKind.RADIATION_PROTECTION_ADVISER, "crp", "CRP", Optional.empty(), Optional.empty(),
                Optional.empty(), Optional.empty(), Optional.of(email), List.of());
    }

    @Test
    void theCrpOfTheCurrentEmployerSeesTheWholeHistoryAndTheFormerOneNothing() {
        AccessScenario s = new AccessScenario().build(jdbc);
        assertThat(policy.settings().crpWindow()).isEqualTo(CrpWindow.WHILE_EMPLOYED_WHOLE_HISTORY);
        for (var date : AccessScenario.DATES.values()) {
            assertThat(policy.decide(crp(s.crpB), s.w, DataKind.EXTERNAL_DOSE, date, Action.READ).allowed()).isTrue();
            assertThat(policy.decide(crp(s.crpA), s.w, DataKind.EXTERNAL_DOSE, date, Action.READ).allowed()).isFalse();
            assertThat(policy.decide(crp(s.crpB), s.w, DataKind.INTERNAL_DOSE, date, Action.READ).allowed()).isFalse();
        }
    }

    @Test
    void aLaboratoryWritesResultsButReadsNothingAndListsAreFilteredInSql() {
        AccessScenario s = new AccessScenario().build(jdbc);
        Actor lab = new Actor(ActorKind.ACCREDITED_BODY, "lab", "Labo", Optional.empty(), Optional.empty(),
                Optional.of("LAB-1"), Optional.empty());
        assertThat(policy.decide(lab, s.w, DataKind.EXTERNAL_DOSE, AccessScenario.T, Action.WRITE).allowed()).isTrue();
        assertThat(policy.decide(lab, s.w, DataKind.INTERNAL_DOSE, AccessScenario.T, Action.WRITE).allowed()).isTrue();
        assertThat(policy.decide(lab, s.w, DataKind.EFFECTIVE_DOSE, AccessScenario.T, Action.WRITE).allowed()).isFalse();
        assertThat(policy.decide(lab, s.w, DataKind.EXTERNAL_DOSE, AccessScenario.T, Action.READ).allowed()).isFalse();

        Actor employer2 = new Actor(ActorKind.EMPLOYER, "e2", "E2", Optional.of(new Siren(s.siren2)), Optional.empty(),
                Optional.empty(), Optional.empty());
        SqlFilter f = policy.workersVisibleTo(employer2, DataKind.ADMINISTRATIVE, AccessScenario.T);
        List<String> names = jdbc.sql("select w.birth_name from registry.worker w where w.birth_name in (:a, :b) and "
                + f.sql()).params(f.params()).param("a", s.nameW).param("b", s.nameV).query(String.class).list();
        assertThat(names).containsExactly(s.nameW);
        SqlFilter doses = policy.periodVisibleTo(employer2, "w.id", "cast(:from as date)", "cast(:to as date)",
                DataKind.EFFECTIVE_DOSE);
        assertThat(jdbc.sql("select count(*) from registry.worker w where w.id = :id and " + doses.sql())
                .params(doses.params()).param("id", s.w).param("from", AccessScenario.T).param("to", AccessScenario.T)
                .query(Long.class).single()).as("no dose value for an employer").isZero();
    }
}
