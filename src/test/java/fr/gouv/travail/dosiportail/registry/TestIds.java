package fr.gouv.travail.dosiportail.registry;

import fr.gouv.travail.dosiportail.core.Sex;
import java.math.BigInteger;
import java.util.concurrent.atomic.AtomicInteger;

/** Valid identifiers for tests: NIR with its key (97 − n mod 97), SIREN and SIRET with their Luhn digit. */
public final class TestIds {

    private static final AtomicInteger SEQ = new AtomicInteger(100);

    private TestIds() {
    }

    public static int next() {
        return SEQ.incrementAndGet();
    }

    /** A NIR for a person of this sex born in this year and month, in Paris (75056). */
    public static String nir(Sex sex, int year, int month, int order) {
        String body = (sex == Sex.M ? "1" : "2") + "%02d%02d75056%03d".formatted(year % 100, month, order % 1000);
        int key = 97 - new BigInteger(body).mod(BigInteger.valueOf(97)).intValue();
        return body + "%02d".formatted(key);
    }

    public static String siren(int n) {
        return luhn("%08d".formatted(n));
    }

    public static String siret(String siren, int nic) {
        return luhn(siren + "%04d".formatted(nic));
    }

    static String luhn(String digits) {
        for (int d = 0; d <= 9; d++) {
            String candidate = digits + d;
            if (luhnValid(candidate)) {
                return candidate;
            }
        }
        throw new IllegalStateException();
    }

    static boolean luhnValid(String s) {
        int sum = 0;
        for (int i = 0; i < s.length(); i++) {
            int v = s.charAt(s.length() - 1 - i) - '0';
            if (i % 2 == 1) {
                v *= 2;
                if (v > 9) {
                    v -= 9;
                }
            }
            sum += v;
        }
        return sum % 10 == 0;
    }
}
