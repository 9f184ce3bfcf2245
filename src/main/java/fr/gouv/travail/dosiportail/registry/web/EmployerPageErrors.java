package fr.gouv.travail.dosiportail.registry.web;

import fr.gouv.travail.dosiportail.core.InvalidValue;
import fr.gouv.travail.dosiportail.platform.ApiProblem;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.beans.TypeMismatchException;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;

/**
 * On the employer's pages, a refusal that no form can show (another company's id, a malformed id) becomes the
 * container's DSFR error page (templates/error/*.html) instead of the API's problem document.
 */
@ControllerAdvice(annotations = EmployerPage.class)
@Order(Ordered.HIGHEST_PRECEDENCE + 1)
class EmployerPageErrors {

    @ExceptionHandler(ApiProblem.class)
    void problem(ApiProblem ex, HttpServletResponse response) throws IOException {
        response.sendError(ex.status() == 403 ? 404 : ex.status());
    }

    @ExceptionHandler(InvalidValue.class)
    void invalid(HttpServletResponse response) throws IOException {
        response.sendError(400);
    }

    /** A path id that is not a UUID names nothing. */
    @ExceptionHandler(TypeMismatchException.class)
    void mismatch(HttpServletResponse response) throws IOException {
        response.sendError(404);
    }
}
