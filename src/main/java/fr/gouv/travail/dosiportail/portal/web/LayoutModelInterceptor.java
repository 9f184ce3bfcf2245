package fr.gouv.travail.dosiportail.portal.web;

import fr.gouv.travail.dosiportail.identity.Actor;
import fr.gouv.travail.dosiportail.identity.CurrentActor;
import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.ModelAndView;

/**
 * Adds what {@code layout.html} reads to every rendered page, error pages included: the path of the page (for the
 * language links and the current menu entry; Thymeleaf 3.1 no longer exposes the request) and the caller's name.
 * Only views get it: JSON answers have no {@link ModelAndView}.
 */
class LayoutModelInterceptor implements HandlerInterceptor {

    static final String CURRENT_PATH = "currentPath";
    static final String CURRENT_ACTOR_NAME = "currentActorName";

    private final CurrentActor currentActor;

    LayoutModelInterceptor(CurrentActor currentActor) {
        this.currentActor = currentActor;
    }

    @Override
    public void postHandle(HttpServletRequest request, HttpServletResponse response, Object handler,
            ModelAndView view) {
        if (view == null || (view.getViewName() != null && view.getViewName().startsWith("redirect:"))) {
            return;
        }
        view.addObject(CURRENT_PATH, pagePath(request));
        view.addObject(CURRENT_ACTOR_NAME, currentActor.find().map(Actor::displayName).orElse(null));
    }

    /** The path the visitor asked for: on an error page, the failed page rather than {@code /error}. */
    static String pagePath(HttpServletRequest request) {
        Object failed = request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI);
        String uri = failed instanceof String s ? s : request.getRequestURI();
        String context = request.getContextPath();
        if (uri.startsWith(context)) {
            uri = uri.substring(context.length());
        }
        // A path like //host would become a link to another site.
        if (!uri.startsWith("/") || uri.startsWith("//") || uri.contains("\\")) {
            return "/";
        }
        return uri;
    }
}
