package fr.gouv.travail.dosiportail.identity.security;

import java.net.URI;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.springframework.security.config.Customizer;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.HeadersConfigurer;
import org.springframework.security.oauth2.client.registration.ClientRegistration;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;
import org.springframework.security.web.header.HeaderWriter;
import org.springframework.security.web.header.writers.CompositeHeaderWriter;
import org.springframework.security.web.header.writers.ContentSecurityPolicyHeaderWriter;
import org.springframework.security.web.header.writers.DelegatingRequestMatcherHeaderWriter;
import org.springframework.security.web.header.writers.StaticHeadersWriter;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.security.web.util.matcher.NegatedRequestMatcher;
import org.springframework.security.web.util.matcher.RequestMatcher;

/**
 * Response headers of the application (docs/SECURITY.md, "Headers"). Pages: a content security policy without
 * inline scripts or styles, forms posted only to the portal and to the identity providers it is configured with.
 * API: a policy that allows nothing, since a JSON answer is never a document to render.
 */
final class SecurityHeaders {

    static final String PERMISSIONS_POLICY = "camera=(), microphone=(), geolocation=(), payment=(), usb=(), "
            + "interest-cohort=()";
    static final String API_POLICY = "default-src 'none'; frame-ancestors 'none'; base-uri 'none'; form-action 'none'";

    private SecurityHeaders() {
    }

    static String pagePolicy(Set<String> formTargets) {
        String targets = formTargets.isEmpty() ? "" : " " + String.join(" ", formTargets);
        return "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; font-src 'self'; "
                + "connect-src 'self'; frame-ancestors 'none'; form-action 'self'" + targets + "; base-uri 'self'; "
                + "object-src 'none'";
    }

    /** The origins of the identity providers' authorization endpoints (FranceConnect, ProConnect, or the local one). */
    static Set<String> identityProviderOrigins(ClientRegistrationRepository clients) {
        Set<String> origins = new LinkedHashSet<>();
        if (clients instanceof Iterable<?> registrations) {
            for (Object r : registrations) {
                URI uri = URI.create(((ClientRegistration) r).getProviderDetails().getAuthorizationUri());
                origins.add(uri.getScheme() + "://" + uri.getRawAuthority());
            }
        }
        return origins;
    }

    /**
     * Swagger UI (a developer tool, no personal data) injects {@code <style>} elements: its pages alone allow inline
     * styles. Scripts stay {@code 'self'} there too.
     */
    static String swaggerUiPolicy(Set<String> formTargets) {
        return pagePolicy(formTargets).replace("style-src 'self';", "style-src 'self' 'unsafe-inline';");
    }

    static Customizer<HeadersConfigurer<HttpSecurity>> pages(Set<String> formTargets) {
        RequestMatcher swaggerUi = PathPatternRequestMatcher.withDefaults().matcher("/swagger-ui/**");
        HeaderWriter csp = new CompositeHeaderWriter(List.of(
                new DelegatingRequestMatcherHeaderWriter(swaggerUi,
                        new ContentSecurityPolicyHeaderWriter(swaggerUiPolicy(formTargets))),
                new DelegatingRequestMatcherHeaderWriter(new NegatedRequestMatcher(swaggerUi),
                        new ContentSecurityPolicyHeaderWriter(pagePolicy(formTargets)))));
        return common(h -> h.addHeaderWriter(csp));
    }

    static Customizer<HeadersConfigurer<HttpSecurity>> api() {
        return common(h -> h.contentSecurityPolicy(c -> c.policyDirectives(API_POLICY)));
    }

    /** HSTS is only sent on HTTPS requests (Spring's default matcher); X-Content-Type-Options and cache headers stay. */
    private static Customizer<HeadersConfigurer<HttpSecurity>> common(Customizer<HeadersConfigurer<HttpSecurity>> csp) {
        return h -> csp.customize(h.httpStrictTransportSecurity(s -> s.maxAgeInSeconds(31_536_000).includeSubDomains(true))
                .frameOptions(f -> f.deny())
                .referrerPolicy(r -> r.policy(ReferrerPolicy.NO_REFERRER))
                .addHeaderWriter(new StaticHeadersWriter("Permissions-Policy", PERMISSIONS_POLICY)));
    }
}
