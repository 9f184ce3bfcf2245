package fr.gouv.travail.dosiportail.identity.security;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.context.MessageSource;
import org.springframework.http.MediaType;
import org.springframework.security.oauth2.server.resource.web.BearerTokenAuthenticationEntryPoint;
import org.springframework.security.oauth2.server.resource.web.access.BearerTokenAccessDeniedHandler;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.access.AccessDeniedHandler;
import org.springframework.stereotype.Component;
import fr.gouv.travail.dosiportail.platform.ProblemTypes;
import tools.jackson.databind.json.JsonMapper;

/**
 * API answers for a missing or invalid token (401), insufficient rights (403) and a spent request budget (429): the bearer-token status and
 * {@code WWW-Authenticate} header (RFC 6750), with an RFC 9457 problem body.
 */
@Component
class ApiProblems {

    private final MessageSource messages;
    private final BearerTokenAuthenticationEntryPoint bearerEntryPoint = new BearerTokenAuthenticationEntryPoint();
    private final BearerTokenAccessDeniedHandler bearerDenied = new BearerTokenAccessDeniedHandler();

    ApiProblems(MessageSource messages) {
        this.messages = messages;
    }

    AuthenticationEntryPoint entryPoint() {
        return (request, response, e) -> {
            bearerEntryPoint.commence(request, response, e);
            write(request, response, "unauthorized", ProblemTypes.AUTHENTICATION_REQUIRED);
        };
    }

    AccessDeniedHandler accessDeniedHandler() {
        return (request, response, e) -> {
            bearerDenied.handle(request, response, e);
            write(request, response, "forbidden", ProblemTypes.ACCESS_DENIED);
        };
    }

    /** 429: the client's request budget is spent ({@code Retry-After} is set by the caller). */
    void tooManyRequests(HttpServletRequest request, HttpServletResponse response) throws IOException {
        write(request, response, "tooManyRequests", ProblemTypes.TOO_MANY_REQUESTS);
    }

    private void write(HttpServletRequest request, HttpServletResponse response, String key, String type)
            throws IOException {
        Map<String, Object> problem = new LinkedHashMap<>();
        problem.put("type", ProblemTypes.uri(type).toString());
        problem.put("title", message("identity.api." + key + ".title", request));
        problem.put("status", response.getStatus());
        problem.put("detail", message("identity.api." + key + ".detail", request));
        problem.put("instance", request.getRequestURI());
        response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        response.setCharacterEncoding("UTF-8");
        JsonMapper.shared().writeValue(response.getOutputStream(), problem);
    }

    private String message(String code, HttpServletRequest request) {
        return messages.getMessage(code, null, code, request.getLocale());
    }
}
