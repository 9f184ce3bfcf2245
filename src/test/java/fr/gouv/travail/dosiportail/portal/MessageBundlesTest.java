package fr.gouv.travail.dosiportail.portal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

/** Every module's bundle exists in French and English with the same keys, and templates only use existing keys. */
class MessageBundlesTest {

    private static final Pattern ENGLISH_TWIN = Pattern.compile("(.+)_en\\.properties");
    /** A literal key in a message expression: {@code #{portal.home.title}} or {@code #{portal.error.code(404)}}. */
    private static final Pattern TEMPLATE_KEY = Pattern.compile("#\\{\\s*([A-Za-z0-9_.-]+)\\s*[}(]");
    private static final Pattern ARGUMENT = Pattern.compile("\\{(\\d+)[^}]*}");

    private final PathMatchingResourcePatternResolver resources = new PathMatchingResourcePatternResolver();

    @Test
    void everyKeyExistsInFrenchAndInEnglish() throws IOException {
        Map<String, Properties> french = bundles(false);
        Map<String, Properties> english = bundles(true);
        assertThat(french.keySet()).as("modules with a French bundle").contains("portal", "identity", "platform");
        assertThat(english.keySet()).as("modules with an English bundle").isEqualTo(french.keySet());

        Set<String> problems = new TreeSet<>();
        french.forEach((module, fr) -> {
            Properties en = english.get(module);
            fr.stringPropertyNames().stream().filter(k -> !en.containsKey(k))
                    .forEach(k -> problems.add(module + ": «" + k + "» has no English text"));
            en.stringPropertyNames().stream().filter(k -> !fr.containsKey(k))
                    .forEach(k -> problems.add(module + ": «" + k + "» has no French text"));
            fr.stringPropertyNames().stream().filter(en::containsKey)
                    .filter(k -> !arguments(fr.getProperty(k)).equals(arguments(en.getProperty(k))))
                    .forEach(k -> problems.add(module + ": «" + k + "» has different {n} arguments in each language"));
            fr.stringPropertyNames().stream().filter(k -> fr.getProperty(k).isBlank() || en.getProperty(k, "x").isBlank())
                    .forEach(k -> problems.add(module + ": «" + k + "» is blank"));
        });
        assertThat(problems).isEmpty();
    }

    @Test
    void everyKeyUsedInATemplateExistsInTheFrenchBundles() throws IOException {
        Properties allFrench = new Properties();
        bundles(false).values().forEach(allFrench::putAll);

        Map<String, Set<String>> missing = new TreeMap<>();
        int keysSeen = 0;
        for (Resource template : resources.getResources("classpath*:templates/**/*.html")) {
            Matcher keys = TEMPLATE_KEY.matcher(template.getContentAsString(StandardCharsets.UTF_8));
            while (keys.find()) {
                keysSeen++;
                if (!allFrench.containsKey(keys.group(1))) {
                    missing.computeIfAbsent(template.getFilename(), t -> new TreeSet<>()).add(keys.group(1));
                }
            }
        }
        assertThat(keysSeen).as("message keys found in templates").isGreaterThan(50);
        assertThat(missing).isEmpty();
    }

    /** Module name → bundle, French ({@code i18n/x.properties}) or English ({@code i18n/x_en.properties}). */
    private Map<String, Properties> bundles(boolean englishTwins) throws IOException {
        Map<String, Properties> bundles = new TreeMap<>();
        for (Resource file : resources.getResources("classpath*:i18n/*.properties")) {
            String name = file.getFilename();
            Matcher twin = ENGLISH_TWIN.matcher(name);
            if (twin.matches() == englishTwins && (englishTwins || !name.matches(".+_[a-z]{2}\\.properties"))) {
                String module = englishTwins ? twin.group(1) : name.substring(0, name.length() - ".properties".length());
                Properties properties = new Properties();
                try (Reader in = new InputStreamReader(file.getInputStream(), StandardCharsets.UTF_8)) {
                    properties.load(in);
                }
                bundles.computeIfAbsent(module, m -> new Properties()).putAll(properties);
            }
        }
        return bundles;
    }

    private static Set<String> arguments(String message) {
        Set<String> found = new TreeSet<>();
        Matcher m = ARGUMENT.matcher(message);
        while (m.find()) {
            found.add(m.group(1));
        }
        return found;
    }
}
