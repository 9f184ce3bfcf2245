package fr.gouv.travail.dosiportail.surveillance.limits;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.Test;

/** The configured limits are checked at start-up: a wrong configuration stops the application with a clear reason. */
class LimitCatalogueTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 11, 28);

    @Test
    void theShippedConfigurationIsValidAndNamesAnArticleForEveryLimit() {
        List<LimitRule> rules = new LimitCatalogue(Limits.configured()).rules();
        assertThat(rules).hasSizeGreaterThanOrEqualTo(15).allSatisfy(r -> assertThat(r.article()).startsWith("R."));
    }

    @Test
    void aLimitWithoutItsArticleStopsTheStart() {
        assertThatThrownBy(() -> validate(0, r -> copy(r, "", r.limitMsv(), r.appliesFrom())))
                .hasMessageContaining("must name its article");
    }

    @Test
    void aZeroLimitStopsTheStart() {
        assertThatThrownBy(() -> validate(0, r -> copy(r, r.article(), BigDecimal.ZERO, r.appliesFrom())))
                .hasMessageContaining("positive value");
    }

    @Test
    void twoValuesInForceAtOnceStopTheStart() {
        List<LimitRule> rules = new ArrayList<>(shipped());
        LimitRule e = rules.get(0);
        rules.add(new LimitRule("EFFECTIVE_12M_BIS", e.article(), e.quantity(), e.population(), e.window(),
                new BigDecimal("18"), LocalDate.of(2026, 1, 1), null, false, false));
        assertThatThrownBy(() -> LimitCatalogue.validated(rules, TODAY)).hasMessageContaining("both in force");
    }

    @Test
    void aMissingLimitOfTheCodeStopsTheStart() {
        List<LimitRule> rules = shipped().stream().filter(r -> !r.code().equals("UNBORN_CHILD_PREGNANCY")).toList();
        assertThatThrownBy(() -> LimitCatalogue.validated(rules, TODAY)).hasMessageContaining("R.4451-7");
    }

    @Test
    void exactlyAtTheLimitIsNotExceededExceptWhereTheTextSaysBelow() {
        LimitRule effective = shipped().stream().filter(r -> r.code().equals("EFFECTIVE_12M")).findFirst().orElseThrow();
        LimitRule unborn = shipped().stream().filter(r -> r.code().equals("UNBORN_CHILD_PREGNANCY")).findFirst()
                .orElseThrow();
        assertThat(effective.exceededBy(new BigDecimal("20.000"))).isFalse();
        assertThat(effective.exceededBy(new BigDecimal("20.001"))).isTrue();
        assertThat(unborn.exceededBy(new BigDecimal("1"))).isTrue();
        assertThat(unborn.exceededBy(new BigDecimal("0.999"))).isFalse();
    }

    private static List<LimitRule> shipped() {
        return new LimitCatalogue(Limits.configured()).rules();
    }

    private static void validate(int index, UnaryOperator<LimitRule> change) {
        List<LimitRule> rules = new ArrayList<>(shipped());
        rules.set(index, change.apply(rules.get(index)));
        LimitCatalogue.validated(rules, TODAY);
    }

    private static LimitRule copy(LimitRule r, String article, BigDecimal limit, LocalDate from) {
        return new LimitRule(r.code(), article, r.quantity(), r.population(), r.window(), limit, from,
                r.appliesUntil(), r.externalOnly(), r.reachingIsExceeding());
    }
}
