package fr.gouv.travail.dosiportail.identity.security;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * {@code dosiportail.rate-limit.*}: request budgets per client (docs/SECURITY.md, "Rate limiting").
 *
 * @param login the login endpoints ({@code /oauth2/authorization/**}, {@code /login/oauth2/code/**}), per address
 * @param api {@code /api/**}, per token subject (or per address without a valid token)
 * @param maxClients clients remembered at once; the least recently seen is forgotten beyond that
 */
@ConfigurationProperties("dosiportail.rate-limit")
@Validated
record RateLimitSettings(@Valid Budget login, @Valid Budget api,
                         @DefaultValue("100000") @Min(100) @Max(10_000_000) int maxClients) {

    RateLimitSettings {
        login = login == null ? new Budget(20, 10) : login;
        api = api == null ? new Budget(600, 100) : api;
    }

    /**
     * A token bucket: {@code burst} requests at once, refilled at {@code perMinute}.
     *
     * @param perMinute sustained requests per minute
     * @param burst requests allowed at once after a quiet period
     */
    record Budget(@Min(1) int perMinute, @Min(1) int burst) {
    }
}
