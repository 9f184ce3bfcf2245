package fr.gouv.travail.dosiportail.surveillance.alert;

import java.math.BigDecimal;
import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/** Titles from the surveillance bundle, in French and English; doses written in each language's notation. */
@Component
class Texts {

    private final MessageSource messages;

    Texts(MessageSource messages) {
        this.messages = messages;
    }

    String fr(String key, Object... args) {
        return messages.getMessage(key, args, Locale.FRENCH);
    }

    String en(String key, Object... args) {
        return messages.getMessage(key, args, Locale.ENGLISH);
    }

    static String frMsv(BigDecimal v) {
        return enMsv(v).replace('.', ',');
    }

    static String enMsv(BigDecimal v) {
        return v.stripTrailingZeros().toPlainString();
    }
}
