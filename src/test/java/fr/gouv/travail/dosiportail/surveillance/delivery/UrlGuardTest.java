package fr.gouv.travail.dosiportail.surveillance.delivery;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Webhook targets outside tests: HTTPS to public addresses only (literal addresses: no DNS needed). */
class UrlGuardTest {

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource({
            "http://93.184.215.14/hook, NOT_HTTPS",
            "ftp://93.184.215.14/hook, NOT_HTTPS",
            "https://127.0.0.1/hook, PRIVATE_ADDRESS",
            "https://localhost/hook, PRIVATE_ADDRESS",
            "https://10.1.2.3/hook, PRIVATE_ADDRESS",
            "https://172.16.0.1/hook, PRIVATE_ADDRESS",
            "https://192.168.1.1/hook, PRIVATE_ADDRESS",
            "https://169.254.169.254/latest/meta-data, PRIVATE_ADDRESS",
            "https://100.64.0.1/hook, PRIVATE_ADDRESS",
            "https://0.0.0.0/hook, PRIVATE_ADDRESS",
            "https://[::1]/hook, PRIVATE_ADDRESS",
            "https://[fd00::1]/hook, PRIVATE_ADDRESS",
            "https://[fe80::1]/hook, PRIVATE_ADDRESS",
            "https://user:pw@93.184.215.14/hook, MALFORMED",
            "https:///nohost, MALFORMED",
            "https://93.184.215.14/hook, OK",
            "https://[2606:4700::1111]/hook, OK"})
    void outsideTestsOnlyHttpsToPublicAddressesIsAccepted(String url, String expected) {
        Optional<String> refusal = UrlGuard.refusal(url, false);
        assertThat(refusal.orElse("OK")).isEqualTo(expected);
    }

    @ParameterizedTest
    @CsvSource({"http://127.0.0.1:8089/hook", "http://localhost/hook"})
    void testsMayTargetLoopbackOverPlainHttp(String url) {
        assertThat(UrlGuard.refusal(url, true)).isEmpty();
    }
}
