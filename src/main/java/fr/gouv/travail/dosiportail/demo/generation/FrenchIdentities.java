package fr.gouv.travail.dosiportail.demo.generation;

import java.math.BigInteger;
import java.util.List;
import java.util.Random;

/** Plausible French identities and identifiers, with correct check keys, from a seeded random source. */
final class FrenchIdentities {

    record Commune(String inseeCode, String postalCode, String name) {
    }

    static final List<String> SURNAMES = List.of("Martin", "Bernard", "Thomas", "Petit", "Robert", "Richard", "Durand",
            "Dubois", "Moreau", "Laurent", "Simon", "Michel", "Lefèvre", "Leroy", "Roux", "David", "Bertrand", "Morel",
            "Fournier", "Girard", "Bonnet", "Dupont", "Lambert", "Fontaine", "Rousseau", "Vincent", "Müller", "Lefebvre",
            "Faure", "André", "Mercier", "Blanc", "Guérin", "Boyer", "Garnier", "Chevalier", "François", "Legrand",
            "Gauthier", "Garcia", "Perrin", "Robin", "Clément", "Morin", "Nicolas", "Henry", "Roussel", "Mathieu",
            "Gautier", "Masson", "Le Goff", "Le Gall", "Da Silva", "N'Diaye", "Benali", "Nguyen", "Dos Santos",
            "Saint-Martin", "Lemaître", "Aubé", "Bézier", "Cœur");
    static final List<String> MALE_NAMES = List.of("Jean", "Pierre", "Michel", "Philippe", "Alain", "Nicolas", "Thomas",
            "Julien", "Hugo", "Lucas", "Léo", "Gabriel", "Raphaël", "Jérôme", "François", "Stéphane", "Mathéo", "Noé",
            "Karim", "Mehdi", "Loïc", "Gaël", "Jean-Baptiste", "Anthony");
    static final List<String> FEMALE_NAMES = List.of("Marie", "Nathalie", "Isabelle", "Sylvie", "Catherine", "Anne",
            "Sophie", "Camille", "Léa", "Manon", "Chloé", "Emma", "Inès", "Jade", "Hélène", "Françoise", "Céline",
            "Aurélie", "Zoé", "Noémie", "Fatima", "Yasmine", "Anne-Sophie", "Maëlle");
    static final List<Commune> COMMUNES = List.of(
            new Commune("75056", "75015", "Paris"), new Commune("13055", "13005", "Marseille"),
            new Commune("69123", "69003", "Lyon"), new Commune("31555", "31000", "Toulouse"),
            new Commune("06088", "06000", "Nice"), new Commune("44109", "44000", "Nantes"),
            new Commune("67482", "67000", "Strasbourg"), new Commune("34172", "34000", "Montpellier"),
            new Commune("33063", "33000", "Bordeaux"), new Commune("59350", "59000", "Lille"),
            new Commune("35238", "35000", "Rennes"), new Commune("51454", "51100", "Reims"),
            new Commune("76351", "76600", "Le Havre"), new Commune("42218", "42000", "Saint-Étienne"),
            new Commune("83137", "83000", "Toulon"), new Commune("38185", "38000", "Grenoble"),
            new Commune("21231", "21000", "Dijon"), new Commune("49007", "49000", "Angers"),
            new Commune("30189", "30000", "Nîmes"), new Commune("2A004", "20000", "Ajaccio"),
            new Commune("2B033", "20200", "Bastia"), new Commune("50129", "50100", "Cherbourg-en-Cotentin"),
            new Commune("50184", "50340", "Flamanville"), new Commune("59273", "59820", "Gravelines"),
            new Commune("37072", "37420", "Chinon"), new Commune("13099", "13115", "Saint-Paul-lès-Durance"),
            new Commune("26235", "26700", "Pierrelatte"), new Commune("30028", "30200", "Bagnols-sur-Cèze"),
            new Commune("50041", "50440", "La Hague"), new Commune("97209", "97200", "Fort-de-France"),
            new Commune("97411", "97400", "Saint-Denis"), new Commune("63113", "63000", "Clermont-Ferrand"));
    /** INSEE country codes for people born abroad: Maroc, Algérie, Tunisie, Belgique, Espagne, Portugal, Italie, Sénégal. */
    static final List<String> COUNTRIES = List.of("99350", "99352", "99351", "99131", "99134", "99139", "99127", "99341");
    static final List<String> STREETS = List.of("rue de la République", "avenue Jean Jaurès", "boulevard Pasteur",
            "rue Victor Hugo", "place de la Mairie", "chemin des Écoles", "rue du Général de Gaulle", "allée des Tilleuls");

    private FrenchIdentities() {
    }

    static <T> T pick(Random random, List<T> values) {
        return values.get(random.nextInt(values.size()));
    }

    /** The 2-digit NIR key: 97 − (number mod 97), Corsica 2A/2B counted as 19/18. */
    static String nirKey(String thirteen) {
        String digits = thirteen.replace("2A", "19").replace("2B", "18");
        int key = 97 - new BigInteger(digits).mod(BigInteger.valueOf(97)).intValue();
        return String.format("%02d", key);
    }

    static String nir(char sexDigit, int birthYear, int birthMonth, String birthPlace, int order) {
        String thirteen = "" + sexDigit + String.format("%02d%02d", birthYear % 100, birthMonth) + birthPlace
                + String.format("%03d", order);
        return thirteen + nirKey(thirteen);
    }

    static int luhnCheckDigit(String digitsWithoutCheck) {
        int sum = 0;
        for (int i = 0; i < digitsWithoutCheck.length(); i++) {
            int d = digitsWithoutCheck.charAt(digitsWithoutCheck.length() - 1 - i) - '0';
            if (i % 2 == 0) {
                d *= 2;
                if (d > 9) {
                    d -= 9;
                }
            }
            sum += d;
        }
        return (10 - sum % 10) % 10;
    }

    static String withLuhn(String digitsWithoutCheck) {
        return digitsWithoutCheck + luhnCheckDigit(digitsWithoutCheck);
    }

    /** A SIREN from a running number (never La Poste's 356000000, which has its own rule). */
    static String siren(int companyNumber) {
        String siren = withLuhn(String.format("%08d", 10_000_000 + companyNumber * 7 % 89_999_999));
        return siren.equals("356000000") ? siren(companyNumber + 1) : siren;
    }

    static String siret(String siren, int establishmentIndex) {
        return withLuhn(siren + String.format("%04d", establishmentIndex + 1));
    }

    static String rpps(int physicianNumber) {
        return withLuhn("10" + String.format("%08d", 100_000 + physicianNumber));
    }
}
