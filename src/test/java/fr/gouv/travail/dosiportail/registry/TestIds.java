package fr.gouv.travail.dosiportail.registry;

import fr.gouv.travail.dosiportail.core.Luhn;
import fr.gouv.travail.dosiportail.core.Nir;
import fr.gouv.travail.dosiportail.core.Sex;
import java.util.concurrent.atomic.AtomicInteger;

/** Valid identifiers for tests, built with the core types' own key functions (NIR key, Luhn). */
public final class TestIds {

    private static final AtomicInteger SEQ = new AtomicInteger(100);

    private TestIds() {
    }

    public static int next() {
        return SEQ.incrementAndGet();
    }

    /** A NIR for a person of this sex born in this year and month, in Paris (75056). */
    public static String nir(Sex sex, int year, int month, int order) {
        int rank = 1 + Math.floorMod(order - 1, 999); // 001–999: 000 is no order number
        return Nir.withKey((sex == Sex.M ? "1" : "2") + "%02d%02d75056%03d".formatted(year % 100, month, rank)).value();
    }

    public static String siren(int n) {
        String payload = "%08d".formatted(n);
        return payload + Luhn.checkDigit(payload);
    }

    public static String siret(String siren, int nic) {
        String payload = siren + "%04d".formatted(nic);
        return payload + Luhn.checkDigit(payload);
    }
}
