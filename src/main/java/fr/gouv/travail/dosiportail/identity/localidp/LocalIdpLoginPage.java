package fr.gouv.travail.dosiportail.identity.localidp;

import java.util.HashMap;
import java.util.Map;
import org.springframework.context.annotation.Bean;
import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.web.servlet.function.RouterFunction;
import org.springframework.web.servlet.function.RouterFunctions;
import org.springframework.web.servlet.function.ServerResponse;

/** The login form (a router function, not a {@code @Controller}, so that the application never maps it). */
class LocalIdpLoginPage {

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
