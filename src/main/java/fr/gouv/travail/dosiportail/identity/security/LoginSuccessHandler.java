package fr.gouv.travail.dosiportail.identity.security;

import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.security.core.Authentication;
import org.springframework.security.web.authentication.SavedRequestAwareAuthenticationSuccessHandler;

/** A login that matches no account lands on the "account not registered" page; others go where they were going. */
class LoginSuccessHandler extends SavedRequestAwareAuthenticationSuccessHandler {

    private final String unknownAccountPage;

    LoginSuccessHandler(String unknownAccountPage) {
        this.unknownAccountPage = unknownAccountPage;
    }

    @Override
    public void onAuthenticationSuccess(HttpServletRequest request, HttpServletResponse response, Authentication auth)
            throws ServletException, IOException {
        if (auth.getPrincipal() instanceof ActorOidcUser user && user.actor().isEmpty()) {
            getRedirectStrategy().sendRedirect(request, response, unknownAccountPage);
            return;
        }
        super.onAuthenticationSuccess(request, response, auth);
    }
}
