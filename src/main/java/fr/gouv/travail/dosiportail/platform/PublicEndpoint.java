package fr.gouv.travail.dosiportail.platform;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Declares a web handler (method, or every handler of a class) reachable without login. Such a handler must serve
 * no personal data. Every other handler carries {@code @PreAuthorize}; {@code EndpointPermissionsTest} fails the
 * build when a handler has neither, when a public handler lives under {@code /api/**}, or when this declaration and
 * the page chain's list of public addresses disagree (docs/SECURITY.md, "Declared permissions").
 */
@Documented
@Target({ElementType.METHOD, ElementType.TYPE})
@Retention(RetentionPolicy.RUNTIME)
public @interface PublicEndpoint {
}
