package fr.gouv.travail.dosiportail.identity.localidp;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.context.annotation.Bean;
import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.servlet.function.RouterFunction;
import org.springframework.web.servlet.function.RouterFunctions;
import org.springframework.web.servlet.function.ServerResponse;
import org.springframework.web.servlet.i18n.AcceptHeaderLocaleResolver;

/** The login form (a router function, not a {@code @Controller}, so that the application never maps it). */
class LocalIdpLoginPage {

    /** French unless the browser asks for English. */
    @Bean
    LocaleResolver localeResolver() {
        AcceptHeaderLocaleResolver resolver = new AcceptHeaderLocaleResolver();
        resolver.setDefaultLocale(Locale.FRENCH);
        resolver.setSupportedLocales(List.of(Locale.FRENCH, Locale.ENGLISH));
        return resolver;
    }

    @Bean
    RouterFunction<ServerResponse> loginPage() {
        return RouterFunctions.route().GET("/login", request -> {
            Map<String, Object> model = new HashMap<>();
            model.put("csrf", request.servletRequest().getAttribute(CsrfToken.class.getName()));
            model.put("failed", request.param("error").isPresent());
            model.put("accounts", DemoAccounts.ALL);
            model.put("password", DemoAccounts.PASSWORD);
            return ServerResponse.ok().render("localidp/login", model);
        }).build();
    }
}
