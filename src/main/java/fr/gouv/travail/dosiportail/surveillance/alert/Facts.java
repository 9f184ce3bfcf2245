package fr.gouv.travail.dosiportail.surveillance.alert;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** What the référentiel says around an alert: the worker, the establishment, and who must be told. */
record Facts(Worker worker, Establishment establishment, List<Recipient> physicians, List<Recipient> advisers,
             List<String> employerSirens) {

    record Worker(UUID id, String birthName, String usageName, String firstNames, LocalDate birthDate) {
    }

    record Establishment(UUID id, String name, String companyName, String siren, String siret, String postalCode,
                         String city, String nafCode, String domainCode, String domainFr, String domainEn,
                         boolean defence) {
    }

    /** An MDT (key: RPPS) or a CRP (key: e-mail in lower case). */
    record Recipient(String key, String lastName, String firstName) {
    }
}
