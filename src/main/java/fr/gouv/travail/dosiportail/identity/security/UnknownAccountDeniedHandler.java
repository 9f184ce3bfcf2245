package fr.gouv.travail.dosiportail.identity.security;

import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.access.AccessDeniedHandler;
import org.springframework.security.web.access.AccessDeniedHandlerImpl;

/** Pages: someone logged in without an account is sent to the "account not registered" page, others get 403. */
class UnknownAccountDeniedHandler implements AccessDeniedHandler {

    private final String unknownAccountPage;
    private final AccessDeniedHandler forbidden = new AccessDeniedHandlerImpl();

    UnknownAccountDeniedHandler(String unknownAccountPage) {
        this.unknownAccountPage = unknownAccountPage;
    }

    @Override
    public void handle(HttpServletRequest request, HttpServletResponse response, AccessDeniedException e)
            throws IOException, ServletException {
        var auth = SecurityContextHolder.getContext().getAuthentication();
        if (auth != null && auth.getPrincipal() instanceof ActorOidcUser user && user.actor().isEmpty()) {
            response.sendRedirect(request.getContextPath() + unknownAccountPage);
            return;
        }
        forbidden.handle(request, response, e);
    }
}
