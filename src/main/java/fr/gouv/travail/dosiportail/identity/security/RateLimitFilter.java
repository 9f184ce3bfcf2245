package fr.gouv.travail.dosiportail.identity.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.List;
import java.util.function.Function;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationToken;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Answers 429 with {@code Retry-After} and a problem document once a client has spent its budget. Placed inside
 * the security chains (not a bean, so not registered a second time as a servlet filter).
 */
final class RateLimitFilter extends OncePerRequestFilter {

    private final List<String> pathPrefixes;
    private final Function<HttpServletRequest, String> clientKey;
    private final TokenBuckets buckets;
    private final ApiProblems problems;

    private RateLimitFilter(List<String> pathPrefixes, Function<HttpServletRequest, String> clientKey,
                            TokenBuckets buckets, ApiProblems problems) {
        this.pathPrefixes = pathPrefixes;
        this.clientKey = clientKey;
        this.buckets = buckets;
        this.problems = problems;
    }

    /** The login endpoints, per remote address (behind a proxy, see server.forward-headers-strategy). */
    static RateLimitFilter login(RateLimitSettings settings, ApiProblems problems) {
        return new RateLimitFilter(List.of("/oauth2/authorization/", "/login/oauth2/code/"),
                r -> "ip:" + r.getRemoteAddr(),
                new TokenBuckets(settings.login(), settings.maxClients(), System::nanoTime), problems);
    }

    /**
     * The API, per subject of a validated token; requests without one, per remote address. Placed after the
     * bearer-token filter: a forged token cannot spend someone else's budget (it is refused with 401 first).
     */
    static RateLimitFilter api(RateLimitSettings settings, ApiProblems problems) {
        return new RateLimitFilter(List.of("/api/"), RateLimitFilter::subjectOrAddress,
                new TokenBuckets(settings.api(), settings.maxClients(), System::nanoTime), problems);
    }

    private static String subjectOrAddress(HttpServletRequest request) {
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        return auth instanceof JwtAuthenticationToken token ? "sub:" + token.getName() : "ip:" + request.getRemoteAddr();
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        return pathPrefixes.stream().noneMatch(path::startsWith);
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        long wait = buckets.take(clientKey.apply(request));
        if (wait == 0) {
            chain.doFilter(request, response);
            return;
        }
        response.setStatus(429);
        response.setHeader("Retry-After", Long.toString(wait));
        problems.tooManyRequests(request, response);
    }
}
