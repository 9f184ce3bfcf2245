package fr.gouv.travail.dosiportail;

import static org.assertj.core.api.Assertions.assertThat;

import fr.gouv.travail.dosiportail.platform.PublicEndpoint;
import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationContext;
import org.springframework.core.annotation.AnnotatedElementUtils;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.authorization.AuthorizationResult;
import org.springframework.security.core.authority.AuthorityUtils;
import org.springframework.security.web.FilterChainProxy;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.access.intercept.AuthorizationFilter;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.function.support.RouterFunctionMapping;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.RequestMappingInfoHandlerMapping;

/**
 * Every web handler declares who may call it: {@code @PreAuthorize} (method or class) or {@code @PublicEndpoint}.
 * The URL rules of the security chains must agree: a public handler is open to an anonymous visitor, no other
 * handler is. Framework handlers are allowed by the short list below, each with its reason.
 */
@SpringBootTest
@ActiveProfiles("test")
class EndpointPermissionsTest {

    /** Handlers the application does not write, by package of the handler's class, and why they may stay. */
    static final Map<String, String> FRAMEWORK = Map.of(
            "org.springframework.boot.webmvc.autoconfigure.error.",
            "Boot's BasicErrorController renders /error: a status and a fixed message (server.error.include-* never)",
            "org.springdoc.",
            "springdoc serves the OpenAPI document and Swagger UI: a description of the API, no data",
            "org.springframework.boot.webmvc.actuate.",
            "actuator exposes health (public) and info (role required), guarded by the URL rules only");

    /** {@code /api/**} is for bearer tokens only: no public API handler, and no exception so far. */
    static final Set<String> PUBLIC_API_EXCEPTIONS = Set.of();

    private static final String SAMPLE_ID = "00000000-0000-0000-0000-000000000000";

    @Autowired
    ApplicationContext context;
    @Autowired
    FilterChainProxy securityChains;

    /** One handler as the checks see it. */
    record Endpoint(String name, String pattern, boolean declaredPublic, boolean preAuthorized, String framework,
                    boolean anonymousAllowedByUrl) {
    }

    @Test
    void everyHandlerDeclaresItsPermissionAndTheUrlRulesAgree() {
        List<Endpoint> endpoints = endpoints();

        assertThat(endpoints).as("handlers found").hasSizeGreaterThan(30)
                .anyMatch(e -> e.pattern().equals("/api/v1/workers/{id}") && e.preAuthorized())
                .anyMatch(e -> e.pattern().equals("/") && e.declaredPublic() && e.anonymousAllowedByUrl());
        assertThat(violations(endpoints)).as("handlers whose permission is undeclared or contradicted").isEmpty();
    }

    @Test
    void noFunctionalRouteEscapesTheAnnotations() {
        for (RouterFunctionMapping mapping : context.getBeansOfType(RouterFunctionMapping.class).values()) {
            assertThat(mapping.getRouterFunction())
                    .as("functional routes cannot carry @PreAuthorize: write a @Controller instead").isNull();
        }
    }

    @Test
    void theChecksReportEachKindOfMistake() {
        List<Endpoint> wrong = List.of(
                new Endpoint("Undeclared#page", "/x", false, false, null, false),
                new Endpoint("Both#page", "/y", true, true, null, true),
                new Endpoint("PublicApi#me", "/api/v1/open", true, false, null, true),
                new Endpoint("PublicButGuarded#page", "/public-ish", true, false, null, false),
                new Endpoint("GuardedButOpen#page", "/public/secret", false, true, null, true));
        List<Endpoint> right = List.of(
                new Endpoint("Fine#page", "/employeur", false, true, null, false),
                new Endpoint("Fine#home", "/", true, false, null, true),
                new Endpoint("Boot#error", "/error", false, false, "reason", true));

        assertThat(violations(wrong)).hasSize(5);
        assertThat(violations(right)).isEmpty();
    }

    static List<String> violations(List<Endpoint> endpoints) {
        List<String> problems = new ArrayList<>();
        for (Endpoint e : endpoints) {
            String where = e.name() + " " + e.pattern();
            if (e.framework() != null) {
                continue;
            }
            if (!e.declaredPublic() && !e.preAuthorized()) {
                problems.add(where + ": neither @PreAuthorize nor @PublicEndpoint");
            } else if (e.declaredPublic() && e.preAuthorized()) {
                problems.add(where + ": both @PublicEndpoint and @PreAuthorize");
            } else if (e.declaredPublic() && e.pattern().startsWith("/api/")
                    && !PUBLIC_API_EXCEPTIONS.contains(e.pattern())) {
                problems.add(where + ": @PublicEndpoint under /api/** (the API is for bearer tokens only)");
            } else if (e.declaredPublic() && !e.anonymousAllowedByUrl()) {
                problems.add(where + ": @PublicEndpoint, but the security chain requires login for this address");
            } else if (!e.declaredPublic() && e.anonymousAllowedByUrl()) {
                problems.add(where + ": the security chain lets anonymous visitors in, but the handler is not public");
            }
        }
        return problems;
    }

    private List<Endpoint> endpoints() {
        List<Endpoint> endpoints = new ArrayList<>();
        for (RequestMappingInfoHandlerMapping mapping
                : context.getBeansOfType(RequestMappingInfoHandlerMapping.class).values()) {
            for (Map.Entry<RequestMappingInfo, HandlerMethod> entry : mapping.getHandlerMethods().entrySet()) {
                HandlerMethod handler = entry.getValue();
                Class<?> type = handler.getBeanType();
                Method method = handler.getMethod();
                boolean isPublic = AnnotatedElementUtils.hasAnnotation(method, PublicEndpoint.class)
                        || AnnotatedElementUtils.hasAnnotation(type, PublicEndpoint.class);
                boolean guarded = AnnotatedElementUtils.hasAnnotation(method, PreAuthorize.class)
                        || AnnotatedElementUtils.hasAnnotation(type, PreAuthorize.class);
                String framework = FRAMEWORK.entrySet().stream().filter(f -> type.getName().startsWith(f.getKey()))
                        .map(Map.Entry::getValue).findFirst().orElse(null);
                String httpMethod = entry.getKey().getMethodsCondition().getMethods().stream().findFirst()
                        .map(RequestMethod::name).orElse("GET");
                for (String pattern : entry.getKey().getPatternValues()) {
                    endpoints.add(new Endpoint(type.getSimpleName() + "#" + method.getName(), pattern, isPublic,
                            guarded, framework, anonymousAllowed(httpMethod, pattern)));
                }
            }
        }
        return endpoints;
    }

    /** Asks the security chain that serves this address whether an anonymous visitor may pass its URL rules. */
    private boolean anonymousAllowed(String httpMethod, String pattern) {
        String path = pattern.replaceAll("\\{\\*[^}]+}", "x").replaceAll("\\{[^}]+}", SAMPLE_ID)
                .replace("**", "x").replace("*", "x");
        MockHttpServletRequest request = new MockHttpServletRequest(httpMethod, path);
        request.setServletPath(path);
        Optional<SecurityFilterChain> chain = securityChains.getFilterChains().stream()
                .filter(c -> c.matches(request)).findFirst();
        if (chain.isEmpty()) {
            return true; // no chain at all: open
        }
        AuthorizationFilter filter = chain.get().getFilters().stream().filter(AuthorizationFilter.class::isInstance)
                .map(AuthorizationFilter.class::cast).findFirst().orElseThrow();
        var anonymous = new AnonymousAuthenticationToken("check", "anonymousUser",
                AuthorityUtils.createAuthorityList("ROLE_ANONYMOUS"));
        AuthorizationResult result = filter.getAuthorizationManager().authorize(() -> anonymous, request);
        return result != null && result.isGranted();
    }
}
