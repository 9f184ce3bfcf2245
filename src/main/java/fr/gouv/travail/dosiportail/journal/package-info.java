/** The append-only, hash-chained journal of every read or write of personal data. */
@org.springframework.modulith.ApplicationModule
package fr.gouv.travail.dosiportail.journal;
