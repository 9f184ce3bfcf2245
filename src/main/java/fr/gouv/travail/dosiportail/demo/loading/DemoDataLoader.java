package fr.gouv.travail.dosiportail.demo.loading;

import fr.gouv.travail.dosiportail.demo.DemoSettings;
import fr.gouv.travail.dosiportail.demo.generation.DemoGenerator;
import fr.gouv.travail.dosiportail.demo.generation.DemoModel.Company;
import fr.gouv.travail.dosiportail.identity.Actor;
import fr.gouv.travail.dosiportail.identity.ActorKind;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Loads the demo data of the default run once: the showcase company behind the demo accounts, the accredited
 * bodies, then a generated set of companies. Everything goes through the référentiel's own declarations, so the
 * demo data obey the same rules as real ones. Skipped when the showcase company is already there.
 */
@Component
@ConditionalOnProperty(name = "dosiportail.demo.enabled", havingValue = "true")
class DemoDataLoader implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(DemoDataLoader.class);
    static final Actor LOADER = new Actor(ActorKind.OPERATOR, "demo-data-loader", "Chargement des données de démonstration",
            Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty());

    private final DemoSettings settings;
    private final DemoDeclarations declarations;
    private final JdbcClient jdbc;
    private final Clock clock;

    DemoDataLoader(DemoSettings settings, DemoDeclarations declarations, JdbcClient jdbc, Optional<Clock> clock) {
        this.settings = settings;
        this.declarations = declarations;
        this.jdbc = jdbc;
        this.clock = clock.orElse(Clock.systemDefaultZone());
    }

    @Override
    public void run(ApplicationArguments args) {
        boolean present = jdbc.sql("select exists (select 1 from registry.company where siren = :siren)")
                .param("siren", Showcase.SIREN).query(Boolean.class).single();
        if (present) {
            log.info("Demo data already loaded; nothing to do");
            return;
        }
        long started = System.nanoTime();
        LocalDate today = LocalDate.now(clock);
        declarations.showcase(today);
        int lines = 0;
        int companies = 0;
        for (Company company : new DemoGenerator(settings.seed(), settings.workers(), today)) {
            lines += declarations.company(company);
            companies++;
        }
        log.info("Demo data loaded: showcase company {} and {} generated companies ({} employments) in {} s",
                Showcase.SIREN, companies, lines, Duration.ofNanos(System.nanoTime() - started).toSeconds());
    }
}
