package fr.gouv.travail.dosiportail.dosimetry.web;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/** Marks the laboratory's page controllers, whose errors are DSFR pages rather than API problem documents. */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@interface LabPage {

    /** Who may use the laboratory's pages (the page chain's authorities are ROLE_&lt;ActorKind&gt;). */
    String SENDERS = "hasAnyRole('ACCREDITED_BODY','OPERATOR')";
}
