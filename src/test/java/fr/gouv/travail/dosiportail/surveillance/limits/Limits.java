package fr.gouv.travail.dosiportail.surveillance.limits;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.env.YamlPropertySourceLoader;
import org.springframework.core.env.PropertySource;
import org.springframework.core.env.StandardEnvironment;
import org.springframework.core.io.ClassPathResource;

/** The engine over the limits actually configured in surveillance-limits.yml, and dose builders. */
final class Limits {

    private Limits() {
    }

    static SurveillanceSettings configured() {
        try {
            StandardEnvironment env = new StandardEnvironment();
            for (PropertySource<?> source : new YamlPropertySourceLoader()
                    .load("limits", new ClassPathResource("surveillance-limits.yml"))) {
                env.getPropertySources().addFirst(source);
            }
            return Binder.get(env).bind("dosiportail.surveillance", SurveillanceSettings.class).get();
        } catch (java.io.IOException e) {
            throw new IllegalStateException(e);
        }
    }

    static LimitsEngine engine() {
        return engine(configured());
    }

    static LimitsEngine engine(SurveillanceSettings settings) {
        return new LimitsEngine(new LimitCatalogue(settings), settings);
    }

    static SurveillanceSettings withStraddling(SurveillanceSettings.Straddling straddling) {
        SurveillanceSettings s = configured();
        return new SurveillanceSettings(s.limits(), straddling, s.emergencyDosesInWorkerLimits());
    }

    static CountedDose effective(String start, String end, String mSv) {
        return dose(start, end, LimitQuantity.EFFECTIVE, null, mSv, null);
    }

    static CountedDose dose(String start, String end, LimitQuantity q, String site, String mSv, UUID emergency) {
        return new CountedDose(UUID.randomUUID(), LocalDate.parse(start), LocalDate.parse(end), q, site,
                new BigDecimal(mSv), true, emergency);
    }

    static List<String> codes(List<Exceedance> found) {
        List<String> codes = new ArrayList<>();
        found.forEach(e -> codes.add(e.rule().code()));
        return codes;
    }
}
