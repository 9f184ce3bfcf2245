package fr.gouv.travail.dosiportail.surveillance.delivery;

import java.util.Locale;
import org.springframework.context.MessageSource;

/** Labels of payload fields: {@code surveillance.delivery.field.<key>} when the bundle knows it, else the raw key. */
public final class PayloadLabels {

    private PayloadLabels() {
    }

    public static String label(MessageSource messages, String key, Locale locale) {
        return messages.getMessage("surveillance.delivery.field." + key, null, key, locale);
    }
}
