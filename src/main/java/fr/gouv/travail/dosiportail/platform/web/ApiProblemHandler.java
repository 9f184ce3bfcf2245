package fr.gouv.travail.dosiportail.platform.web;

import fr.gouv.travail.dosiportail.core.InvalidValue;
import fr.gouv.travail.dosiportail.platform.ApiProblem;
import fr.gouv.travail.dosiportail.platform.FieldProblem;
import fr.gouv.travail.dosiportail.platform.ProblemTypes;
import jakarta.servlet.http.HttpServletRequest;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.MessageSource;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.validation.FieldError;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.method.annotation.HandlerMethodValidationException;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;

/**
 * Every refused API request answers RFC 9457 problem details ({@code application/problem+json}) with a stable
 * type URI, a French (or English, from Accept-Language) detail and one entry per bad field. Never a stack trace,
 * an SQL text or a rejected value (which could be a NIR).
 */
@RestControllerAdvice
@Order(Ordered.HIGHEST_PRECEDENCE + 10) // after the portal's HTML 404 for browsers
class ApiProblemHandler extends ResponseEntityExceptionHandler {

    private static final Logger log = LoggerFactory.getLogger(ApiProblemHandler.class);

    private final MessageSource messages;
    private final JsonReadErrors jsonReadErrors;

    ApiProblemHandler(MessageSource messages) {
        this.messages = messages;
        this.jsonReadErrors = new JsonReadErrors(messages);
    }

    @ExceptionHandler(ApiProblem.class)
    ResponseEntity<Object> apiProblem(ApiProblem ex, WebRequest request) {
        return answer(HttpStatus.valueOf(ex.status()), ex.type(), request, ex.detailFr(), ex.detailEn(), ex.errors());
    }

    @ExceptionHandler(InvalidValue.class)
    ResponseEntity<Object> invalidValue(InvalidValue ex, WebRequest request) {
        return answer(HttpStatus.BAD_REQUEST, "validation", request, ex.reasonFr(), ex.reasonEn(),
                List.of(fieldProblem(ex)));
    }

    @ExceptionHandler(DataIntegrityViolationException.class)
    ResponseEntity<Object> integrity(DataIntegrityViolationException ex, WebRequest request) {
        log.warn("integrity violation answered 409: {}", ex.getClass().getSimpleName());
        return answer(HttpStatus.CONFLICT, "conflit", request,
                "La déclaration contredit des données déjà enregistrées.",
                "The declaration conflicts with data already recorded.", List.of());
    }

    @ExceptionHandler(AccessDeniedException.class)
    ResponseEntity<Object> accessDenied(AccessDeniedException ex, WebRequest request, HttpServletRequest servlet)
            throws AccessDeniedException {
        if (!servlet.getRequestURI().startsWith(servlet.getContextPath() + "/api/")) {
            throw ex; // pages keep Spring Security's own handling (login redirect, error page)
        }
        return answer(HttpStatus.FORBIDDEN, "acces-refuse", request,
                "Votre rôle ne permet pas cette opération.", "Your role does not allow this operation.", List.of());
    }

    /**
     * Anything unforeseen on the API: 500 with an error id, logged with the exception so that support can find it,
     * and nothing of the exception in the answer. Pages rethrow: the container shows templates/error/500.html.
     */
    @ExceptionHandler(Exception.class)
    ResponseEntity<Object> unexpected(Exception ex, WebRequest request, HttpServletRequest servlet) throws Exception {
        if (!servlet.getRequestURI().startsWith(servlet.getContextPath() + "/api/")
                || ex instanceof AuthenticationException || ex instanceof AccessDeniedException) {
            throw ex;
        }
        String errorId = UUID.randomUUID().toString();
        log.error("unexpected error {} on {} {}", errorId, servlet.getMethod(), servlet.getRequestURI(), ex);
        ProblemDetail pd = ProblemAnswers.problem(HttpStatus.INTERNAL_SERVER_ERROR, ProblemTypes.INTERNAL_ERROR,
                locale(request), "Erreur interne. Communiquez l’identifiant d’erreur au support : " + errorId + ".",
                "Internal error. Give the error id to support: " + errorId + ".", List.of());
        pd.setProperty("errorId", errorId);
        return ResponseEntity.status(HttpStatus.INTERNAL_SERVER_ERROR)
                .contentType(org.springframework.http.MediaType.APPLICATION_PROBLEM_JSON).body(pd);
    }

    /** French unless the client asks for English in Accept-Language (the JVM's locale plays no part). */
    private static Locale locale(WebRequest request) {
        String header = request.getHeader("Accept-Language");
        return header == null || header.isBlank() ? Locale.FRENCH : request.getLocale();
    }

    static FieldProblem fieldProblem(InvalidValue ex) {
        return new FieldProblem(ex.field(), "INVALID_" + ex.field().replaceAll("([a-z])([A-Z])", "$1_$2")
                .replaceAll("[^A-Za-z0-9]+", "_").toUpperCase(Locale.ROOT), ex.reasonFr(), ex.reasonEn());
    }

    @Override
    protected ResponseEntity<Object> handleMethodArgumentNotValid(MethodArgumentNotValidException ex,
            HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        List<FieldProblem> errors = new ArrayList<>();
        for (FieldError fe : ex.getBindingResult().getFieldErrors()) {
            errors.add(beanValidation(fe.getField(), fe.getCode(), fe.getArguments()));
        }
        ex.getBindingResult().getGlobalErrors().forEach(ge -> errors.add(beanValidation("", ge.getCode(), null)));
        return answer(HttpStatus.BAD_REQUEST, "validation", request, "La requête contient des valeurs invalides.",
                "The request contains invalid values.", errors);
    }

    @Override
    protected ResponseEntity<Object> handleHandlerMethodValidationException(HandlerMethodValidationException ex,
            HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        List<FieldProblem> errors = new ArrayList<>();
        ex.getParameterValidationResults().forEach(r -> r.getResolvableErrors().forEach(e -> {
            String[] codes = e.getCodes();
            String code = codes == null || codes.length == 0 ? null : codes[codes.length - 1];
            errors.add(beanValidation(r.getMethodParameter().getParameterName(), code, e.getArguments()));
        }));
        return answer(HttpStatus.BAD_REQUEST, "validation", request, "La requête contient des valeurs invalides.",
                "The request contains invalid values.", errors);
    }

    @Override
    protected ResponseEntity<Object> handleHttpMessageNotReadable(HttpMessageNotReadableException ex,
            HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        JsonReadErrors.Reading reading = jsonReadErrors.explain(ex);
        return answer(HttpStatus.BAD_REQUEST, reading.type(), request, reading.detailFr(), reading.detailEn(),
                reading.errors());
    }

    @Override
    protected ResponseEntity<Object> handleExceptionInternal(Exception ex, Object body, HttpHeaders headers,
            HttpStatusCode statusCode, WebRequest request) {
        if (body instanceof ProblemDetail pd && pd.getType().toString().startsWith(ProblemAnswers.TYPE_BASE)) {
            return super.handleExceptionInternal(ex, body, headers, statusCode, request);
        }
        int s = statusCode.value();
        String fr = messages.getMessage("problem.detail." + s, null, ProblemAnswers.title(s, false), Locale.FRENCH);
        String en = messages.getMessage("problem.detail." + s, null, ProblemAnswers.title(s, true), Locale.ENGLISH);
        ProblemDetail pd = ProblemAnswers.problem(statusCode, ProblemAnswers.typeFor(s), locale(request), fr, en,
                List.of());
        return super.handleExceptionInternal(ex, pd, headers, statusCode, request);
    }

    private ResponseEntity<Object> answer(HttpStatusCode status, String type, WebRequest request, String fr,
                                          String en, List<FieldProblem> errors) {
        ProblemDetail pd = ProblemAnswers.problem(status, type, locale(request), fr, en, errors);
        return ResponseEntity.status(status).contentType(org.springframework.http.MediaType.APPLICATION_PROBLEM_JSON)
                .body(pd);
    }

    private FieldProblem beanValidation(String field, String constraint, Object[] args) {
        String code = switch (constraint == null ? "" : constraint) {
            case "NotNull", "NotBlank", "NotEmpty" -> "REQUIRED";
            case "Size", "Length" -> "INVALID_LENGTH";
            case "Pattern" -> "INVALID_FORMAT";
            case "Email" -> "INVALID_EMAIL";
            case "Past", "PastOrPresent" -> "MUST_BE_PAST";
            case "Min", "Max", "DecimalMin", "DecimalMax", "Positive", "PositiveOrZero", "Range" -> "OUT_OF_RANGE";
            default -> "INVALID_VALUE";
        };
        return new FieldProblem(field,
                code, messages.getMessage("problem.field." + code, null, code, Locale.FRENCH),
                messages.getMessage("problem.field." + code, null, code, Locale.ENGLISH));
    }
}
