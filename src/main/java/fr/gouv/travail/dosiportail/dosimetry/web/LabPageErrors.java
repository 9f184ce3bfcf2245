package fr.gouv.travail.dosiportail.dosimetry.web;

import fr.gouv.travail.dosiportail.platform.ApiProblem;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.beans.TypeMismatchException;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;

/** On the laboratory's pages, another lab's file or a malformed id is the DSFR "not found" page. */
@ControllerAdvice(annotations = LabPage.class)
@Order(Ordered.HIGHEST_PRECEDENCE + 1)
class LabPageErrors {

    @ExceptionHandler(ApiProblem.class)
    void problem(ApiProblem ex, HttpServletResponse response) throws IOException {
        response.sendError(ex.status() == 403 ? 404 : ex.status());
    }

    @ExceptionHandler(TypeMismatchException.class)
    void mismatch(HttpServletResponse response) throws IOException {
        response.sendError(404);
    }
}
