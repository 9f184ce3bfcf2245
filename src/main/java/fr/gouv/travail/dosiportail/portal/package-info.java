/** The public face of the portal: layout, home page and pages that need no login. */
@org.springframework.modulith.ApplicationModule
package fr.gouv.travail.dosiportail.portal;
