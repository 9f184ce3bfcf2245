package fr.gouv.travail.dosiportail.portal.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import org.springframework.context.i18n.LocaleContext;
import org.springframework.context.i18n.SimpleLocaleContext;
import org.springframework.web.servlet.i18n.CookieLocaleResolver;

/**
 * Remembers the chosen language in a cookie, French by default. Only French and English exist: any other value
 * (a forged cookie, {@code ?lang=de}) falls back to French, so {@code <html lang>} never announces a language the
 * page is not written in.
 */
class SupportedLocaleResolver extends CookieLocaleResolver {

    static final String COOKIE_NAME = "dosiportail-langue";
    static final List<Locale> SUPPORTED = List.of(Locale.FRENCH, Locale.ENGLISH);

    SupportedLocaleResolver() {
        super(COOKIE_NAME);
        setDefaultLocale(Locale.FRENCH);
        setCookieMaxAge(Duration.ofDays(365));
        setCookieHttpOnly(true);
        setCookieSameSite("Lax");
    }

    static Locale supported(Locale locale) {
        if (locale == null) {
            return Locale.FRENCH;
        }
        return SUPPORTED.stream().filter(l -> l.getLanguage().equals(locale.getLanguage())).findFirst()
                .orElse(Locale.FRENCH);
    }

    @Override
    protected Locale parseLocaleValue(String value) {
        Locale parsed = super.parseLocaleValue(value);
        return parsed == null ? null : supported(parsed);
    }

    @Override
    public void setLocaleContext(HttpServletRequest request, HttpServletResponse response, LocaleContext context) {
        Locale wanted = context == null ? null : context.getLocale();
        super.setLocaleContext(request, response, new SimpleLocaleContext(supported(wanted)));
    }
}
