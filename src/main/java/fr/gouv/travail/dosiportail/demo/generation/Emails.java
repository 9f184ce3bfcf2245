package fr.gouv.travail.dosiportail.demo.generation;

import java.text.Normalizer;

/** Demo e-mail addresses on a reserved domain (example.fr would be real; .test is reserved). */
final class Emails {
    private Emails() {
    }

    static String of(String firstName, String lastName, String organisation) {
        return ascii(firstName) + "." + ascii(lastName) + "@" + organisation + ".demo.test";
    }

    private static String ascii(String s) {
        return Normalizer.normalize(s, Normalizer.Form.NFD).replaceAll("\\p{M}", "").toLowerCase()
                .replaceAll("[^a-z0-9]+", "-").replaceAll("(^-|-$)", "");
    }
}
