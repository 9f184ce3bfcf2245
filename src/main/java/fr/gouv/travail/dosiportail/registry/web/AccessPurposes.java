package fr.gouv.travail.dosiportail.registry.web;

import fr.gouv.travail.dosiportail.access.Purposes;
import fr.gouv.travail.dosiportail.identity.Actor;
import fr.gouv.travail.dosiportail.identity.ActorKind;
import fr.gouv.travail.dosiportail.identity.CurrentActor;
import fr.gouv.travail.dosiportail.platform.ApiProblem;
import fr.gouv.travail.dosiportail.registry.query.Access;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.stereotype.Component;

/**
 * The journal's view of a request reading workers: an employer's purpose is fixed (managing its référentiel); the
 * operator reading through the API must state one, in the {@code X-Purpose} header or the {@code purpose} parameter.
 */
@Component
class AccessPurposes {

    static final String HEADER = "X-Purpose";
    static final String PARAMETER = "purpose";
    private static final int MAX_LENGTH = 500;

    private final CurrentActor current;

    AccessPurposes(CurrentActor current) {
        this.current = current;
    }

    /** For an API read; 400 when the operator gives no purpose. */
    Access api(HttpServletRequest request) {
        Actor actor = current.get();
        String resource = request.getMethod() + " " + request.getRequestURI();
        if (actor.kind() != ActorKind.OPERATOR) {
            return Access.of(actor, Purposes.of(actor.kind()), resource);
        }
        String purpose = request.getHeader(HEADER);
        if (purpose == null || purpose.isBlank()) {
            purpose = request.getParameter(PARAMETER);
        }
        if (purpose == null || purpose.isBlank()) {
            throw ApiProblem.invalid(PARAMETER, "PURPOSE_REQUIRED",
                    "L’opérateur doit indiquer la finalité de sa consultation (en-tête X-Purpose ou paramètre purpose).",
                    "The operator must state the purpose of the read (X-Purpose header or purpose parameter).");
        }
        purpose = purpose.strip();
        return Access.of(actor, purpose.length() > MAX_LENGTH ? purpose.substring(0, MAX_LENGTH) : purpose, resource);
    }

    /** For an employer page; the operator acting for a company is journaled as such. */
    Access page(EmployerScope.Scope scope, HttpServletRequest request) {
        String resource = request.getMethod() + " " + request.getRequestURI();
        if (scope.operator()) {
            return new Access(scope.actor(), scope.siren() == null ? null : "SIREN " + scope.siren(),
                    Access.OPERATOR_SUPPORT, resource);
        }
        return Access.of(scope.actor(), Access.MANAGEMENT, resource);
    }
}
