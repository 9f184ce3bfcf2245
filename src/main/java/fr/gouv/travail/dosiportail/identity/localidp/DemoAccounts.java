package fr.gouv.travail.dosiportail.identity.localidp;

import fr.gouv.travail.dosiportail.identity.ActorKind;
import fr.gouv.travail.dosiportail.identity.localidp.DemoAccount.Registration;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The demo people of the default run and the tests (password {@code demo} for all; see docs/login.md). */
public final class DemoAccounts {

    public static final String PASSWORD = "demo";
    public static final String DEMO_SIREN = "123456782";
    public static final String DEMO_ACCREDITATION_NUMBER = "DEMO-LAB-0001";
    private static final String ADMINISTRATION_SIRET = "98765432410000";
    private static final String EMPLOYER_SIRET = "12345678210001";

    public static final List<DemoAccount> ALL = List.of(
            worker("travailleur", "Marie Louise", "Martin", "1985-03-14", "female", "75056",
                    new Registration(ActorKind.WORKER, "Marie Martin", null, null, null, "285037505612306", List.of())),
            professional("employeur", "Émilie", "Bernard", EMPLOYER_SIRET,
                    registered(ActorKind.EMPLOYER, "Émilie Bernard", DEMO_SIREN, null, null)),
            professional("correspondant", "Karim", "Haddad", EMPLOYER_SIRET,
                    registered(ActorKind.EMPLOYER_CORRESPONDENT, "Karim Haddad", DEMO_SIREN, null, null)),
            professional("crp", "Sophie", "Lefèvre", EMPLOYER_SIRET,
                    registered(ActorKind.RADIATION_PROTECTION_ADVISER, "Sophie Lefèvre", DEMO_SIREN, null, null)),
            professional("mdt", "Paul", "Moreau", ADMINISTRATION_SIRET,
                    registered(ActorKind.OCCUPATIONAL_PHYSICIAN, "Dr Paul Moreau", null, "10000000017", null)),
            professional("sante", "Inès", "Garcia", ADMINISTRATION_SIRET,
                    registered(ActorKind.HEALTH_PROFESSIONAL, "Dr Inès Garcia", null, "10000000025", null)),
            professional("inspecteur-travail", "Luc", "Petit", ADMINISTRATION_SIRET,
                    Optional.of(new Registration(ActorKind.LABOUR_INSPECTOR, "Luc Petit", null, null, null, null,
                            List.of("75", "92", "93", "94")))),
            professional("inspecteur-asnr", "Claire", "Roux", ADMINISTRATION_SIRET,
                    Optional.of(new Registration(ActorKind.RADIATION_PROTECTION_INSPECTOR, "Claire Roux", null, null,
                            null, null, List.of("01", "38", "42", "69")))),
            professional("laboratoire", "Hugo", "Fontaine", ADMINISTRATION_SIRET,
                    registered(ActorKind.ACCREDITED_BODY, "Hugo Fontaine", null, null, DEMO_ACCREDITATION_NUMBER)),
            // the labour ministry's central administration (DGT): anonymous alerts only
            professional("dgt", "Anne", "Lambert", ADMINISTRATION_SIRET,
                    Optional.of(new Registration(ActorKind.MINISTRY, "DGT – Anne Lambert", null, null, null, null,
                            List.of(), "DGT"))),
            professional("operateur", "Nadia", "Chevalier", ADMINISTRATION_SIRET,
                    registered(ActorKind.OPERATOR, "Nadia Chevalier", null, null, null)),
            // a professional ProConnect knows but the portal does not: lands on /compte-inconnu
            professional("inconnu", "Jean", "Inconnu", ADMINISTRATION_SIRET, Optional.empty()));

    private DemoAccounts() {
    }

    public static Optional<DemoAccount> find(String username) {
        return ALL.stream().filter(a -> a.username().equals(username)).findFirst();
    }

    public static String email(String username) {
        return username + "@demo.dosiportail.fr";
    }

    private static DemoAccount worker(String username, String givenNames, String familyName, String birthdate,
                                      String gender, String birthplace, Registration registration) {
        return new DemoAccount(username, "franceconnect", Map.of("given_name", givenNames, "family_name", familyName,
                "birthdate", birthdate, "gender", gender, "birthplace", birthplace, "birthcountry", "99100",
                "preferred_username", username), Optional.of(registration));
    }

    private static DemoAccount professional(String username, String givenName, String usualName, String siret,
                                            Optional<Registration> registration) {
        return new DemoAccount(username, "proconnect", Map.of("email", email(username), "given_name", givenName,
                "usual_name", usualName, "siret", siret, "uid", "demo-" + username), registration);
    }

    private static Optional<Registration> registered(ActorKind kind, String name, String siren, String rpps,
                                                     String accreditationNumber) {
        return Optional.of(new Registration(kind, name, siren, rpps, accreditationNumber, null, List.of()));
    }
}
