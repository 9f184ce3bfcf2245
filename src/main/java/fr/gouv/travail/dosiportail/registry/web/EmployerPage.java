package fr.gouv.travail.dosiportail.registry.web;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/** Marks the employer's page controllers, whose errors are HTML pages rather than API problem documents. */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@interface EmployerPage {

    /** Who may see the employer's pages (the page chain's authorities are ROLE_&lt;ActorKind&gt;). */
    String DECLARANTS = "hasAnyRole('EMPLOYER','EMPLOYER_CORRESPONDENT','OPERATOR')";
}
