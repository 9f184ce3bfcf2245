package fr.gouv.travail.dosiportail.demo;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Demo data of the default run.
 *
 * @param enabled load the showcase company and a generated set at start (once: skipped when already there)
 * @param workers size of the generated set; the national size is 390,000
 * @param seed the generator's seed: the same seed gives the same people, companies and careers
 */
@ConfigurationProperties("dosiportail.demo")
public record DemoSettings(@DefaultValue("false") boolean enabled,
                           @DefaultValue("1500") int workers,
                           @DefaultValue("20261128") long seed) {

    public DemoSettings {
        if (workers < 0 || workers > 1_000_000) {
            throw new IllegalArgumentException("dosiportail.demo.workers must be between 0 and 1,000,000, got " + workers);
        }
    }
}
