/** Technical platform: the database (embedded PostgreSQL by default), clock, error answers (RFC 9457) and messages. */
@org.springframework.modulith.ApplicationModule
package fr.gouv.travail.dosiportail.platform;
