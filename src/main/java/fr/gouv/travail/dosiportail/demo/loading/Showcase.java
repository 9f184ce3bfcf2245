package fr.gouv.travail.dosiportail.demo.loading;

import fr.gouv.travail.dosiportail.core.Luhn;
import fr.gouv.travail.dosiportail.core.Nir;
import fr.gouv.travail.dosiportail.registry.AccreditedBodyDeclaration;
import fr.gouv.travail.dosiportail.registry.AccreditedBodyKind;
import fr.gouv.travail.dosiportail.registry.Classification;
import fr.gouv.travail.dosiportail.registry.ContractType;
import fr.gouv.travail.dosiportail.registry.DesignationDeclaration;
import fr.gouv.travail.dosiportail.registry.DesignationRole;
import fr.gouv.travail.dosiportail.registry.EstablishmentDeclaration;
import fr.gouv.travail.dosiportail.registry.MonitoringType;
import fr.gouv.travail.dosiportail.core.Sex;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

/**
 * The hand-written company behind the demo accounts of the local identity provider (docs/login.md): the employer,
 * correspondent and CRP act for SIREN 123456782; the MDT has RPPS 10000000017; the worker account is Marie Louise
 * Martin. Kept equal to the identity provider's demo accounts by {@code ShowcaseMatchesDemoAccountsTest}.
 */
final class Showcase {

    static final String SIREN = "123456782";
    static final String HOSPITAL_SIRET = "12345678210001";
    static final String IMAGING_SIRET = "12345678200028";
    static final String PHYSICIAN_RPPS = "10000000017";

    /** A showcase worker; {@code nir13} is the NIR without its key, which is computed. */
    record Worker(String siret, String nir13, String birthName, String usageName, String firstNames, Sex sex,
                  LocalDate birthDate, String birthPlace, ContractType contract, LocalDate start, Classification classification,
                  String sector, String occupation, Set<MonitoringType> monitoring) {
        String nir() {
            return Nir.withKey(nir13).value();
        }
    }

    private Showcase() {
    }

    static List<EstablishmentDeclaration> establishments() {
        return List.of(
                new EstablishmentDeclaration(HOSPITAL_SIRET, "Centre hospitalier de démonstration",
                        "Centre hospitalier de démonstration — site principal", "12 rue de la République", "75015", "Paris",
                        "75056", "86.10Z", "MED", false, "Bernard", "Émilie", "employeur@demo.dosiportail.fr"),
                new EstablishmentDeclaration(IMAGING_SIRET, "Centre hospitalier de démonstration",
                        "Centre d'imagerie de démonstration", "3 avenue Jean Jaurès", "92130", "Issy-les-Moulineaux",
                        "92040", "86.22A", "MED", false, "Bernard", "Émilie", null));
    }

    static List<DesignationDeclaration> designations(LocalDate since) {
        return List.of(
                new DesignationDeclaration(HOSPITAL_SIRET, DesignationRole.OCCUPATIONAL_PHYSICIAN, "Moreau", "Paul",
                        "mdt@demo.dosiportail.fr", null, PHYSICIAN_RPPS, null, since),
                new DesignationDeclaration(HOSPITAL_SIRET, DesignationRole.RADIATION_PROTECTION_ADVISER, "Lefèvre", "Sophie",
                        "crp@demo.dosiportail.fr", null, null, null, since),
                new DesignationDeclaration(HOSPITAL_SIRET, DesignationRole.EMPLOYER_CORRESPONDENT, "Haddad", "Karim",
                        "correspondant@demo.dosiportail.fr", null, null, null, since),
                // the imaging centre has no MDT yet: its receipts say so
                new DesignationDeclaration(IMAGING_SIRET, DesignationRole.RADIATION_PROTECTION_ADVISER, "Lefèvre", "Sophie",
                        "crp@demo.dosiportail.fr", null, null, null, since));
    }

    static List<Worker> workers(LocalDate today) {
        return List.of(
                new Worker(HOSPITAL_SIRET, "2850375056123", "Martin", null, "Marie Louise", Sex.F, LocalDate.of(1985, 3, 14),
                        "75056", ContractType.CDI, today.minusYears(9), Classification.A, "MED_CARDIO_INTERV", "CARDIO_INTERV",
                        Set.of(MonitoringType.EXTERNAL_WHOLE_BODY, MonitoringType.EXTREMITIES, MonitoringType.LENS)),
                new Worker(HOSPITAL_SIRET, "178082A004123", "Santoni", null, "Jean-Baptiste", Sex.M,
                        LocalDate.of(1978, 8, 2), "2A004", ContractType.CIVIL_SERVANT, today.minusYears(4), Classification.B,
                        "MED_RADIO_CONV", "MERM", Set.of(MonitoringType.EXTERNAL_WHOLE_BODY)),
                new Worker(HOSPITAL_SIRET, "2920699350012", "Benali", "Durand", "Yasmine", Sex.F, LocalDate.of(1992, 6, 20),
                        "99350", ContractType.CDD, today.minusMonths(5), Classification.B, "MED_NUCL", "MEDECIN_NUCL",
                        Set.of(MonitoringType.EXTERNAL_WHOLE_BODY, MonitoringType.EXTREMITIES, MonitoringType.INTERNAL)),
                new Worker(IMAGING_SIRET, "1010175056321", "Girard", null, "Loïc", Sex.M, LocalDate.of(2001, 1, 9),
                        "75056", ContractType.APPRENTICESHIP, today.minusMonths(14), Classification.B, "MED_SCANNER", "MERM",
                        Set.of()));
    }

    /** Accredited bodies: the seven external dosimetry labs named in the SISERI reports, a biology lab, SIEVERT PN, the demo lab. */
    static List<AccreditedBodyDeclaration> accreditedBodies(LocalDate since) {
        return List.of(
                lab(AccreditedBodyKind.EXTERNAL_DOSIMETRY_LAB, "ASNR — Laboratoire de dosimétrie", "DOSI-0001", since),
                lab(AccreditedBodyKind.EXTERNAL_DOSIMETRY_LAB, "ALGADE", "DOSI-0002", since),
                lab(AccreditedBodyKind.EXTERNAL_DOSIMETRY_LAB, "DOSILAB", "DOSI-0003", since),
                lab(AccreditedBodyKind.EXTERNAL_DOSIMETRY_LAB, "LANDAUER Europe", "DOSI-0004", since),
                lab(AccreditedBodyKind.EXTERNAL_DOSIMETRY_LAB, "ORANO La Hague — Laboratoire de dosimétrie", "DOSI-0005", since),
                lab(AccreditedBodyKind.EXTERNAL_DOSIMETRY_LAB, "ORANO Marcoule — Laboratoire de dosimétrie", "DOSI-0006", since),
                lab(AccreditedBodyKind.EXTERNAL_DOSIMETRY_LAB, "SPRA — Service de protection radiologique des armées", "DOSI-0007", since),
                lab(AccreditedBodyKind.MEDICAL_BIOLOGY_LAB, "Laboratoire de biologie médicale de démonstration", "LBM-0001", since),
                lab(AccreditedBodyKind.AIRCREW_DOSE_SERVICE, "ASNR — SIEVERT PN", "SIEVERT-PN", since),
                lab(AccreditedBodyKind.EXTERNAL_DOSIMETRY_LAB, "Laboratoire de démonstration", "DEMO-LAB-0001", since));
    }

    private static AccreditedBodyDeclaration lab(AccreditedBodyKind kind, String name, String number, LocalDate since) {
        String siren = String.format("9%07d", Math.abs(number.hashCode() % 10_000_000));
        siren += Luhn.checkDigit(siren);
        String siret = siren + "0001";
        siret += Luhn.checkDigit(siret);
        return new AccreditedBodyDeclaration(kind, name, siret, number, List.of(), since, null);
    }
}
