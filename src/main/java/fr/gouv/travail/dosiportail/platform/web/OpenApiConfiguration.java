package fr.gouv.travail.dosiportail.platform.web;

import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.info.Contact;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.info.License;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.oas.models.security.SecurityScheme;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The OpenAPI 3 document: what the API is, and that every operation needs an OAuth2 bearer token (JWT). */
@Configuration(proxyBeanMethods = false)
class OpenApiConfiguration {

    static final String BEARER = "bearer-jwt";

    @Bean
    OpenAPI dosiportailOpenApi() {
        return new OpenAPI()
                .info(new Info().title("API Dosiportail").version("v1")
                        .description("""
                                API du portail national de suivi dosimétrique des travailleurs exposés aux rayonnements \
                                ionisants. Les systèmes (laboratoires, exploitants, logiciels des employeurs) s'authentifient \
                                par OAuth2 « client credentials » et présentent un jeton JWT (en-tête Authorization: Bearer). \
                                Les erreurs sont des documents RFC 9457 (application/problem+json) nommant chaque champ en cause.""")
                        .contact(new Contact().name("Direction générale du travail"))
                        .license(new License().name("Licence Ouverte 2.0 (documentation)")))
                .components(new Components().addSecuritySchemes(BEARER, new SecurityScheme()
                        .type(SecurityScheme.Type.HTTP).scheme("bearer").bearerFormat("JWT")
                        .description("Jeton d'accès OAuth2 obtenu par client credentials")))
                .addSecurityItem(new SecurityRequirement().addList(BEARER));
    }
}
