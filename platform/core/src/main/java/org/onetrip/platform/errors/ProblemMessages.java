package org.onetrip.platform.errors;

import jakarta.ws.rs.core.HttpHeaders;

import java.text.MessageFormat;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/**
 * Problem texts in the client's language: Chinese unless {@code Accept-Language} prefers English. A
 * service may add or override keys in its own {@code problems.properties} / {@code problems_en.properties}.
 */
public final class ProblemMessages {
    public static final Locale CHINESE = Locale.SIMPLIFIED_CHINESE;
    private static final String PLATFORM_BUNDLE = "org.onetrip.platform.errors.ProblemMessages";
    private static final String SERVICE_BUNDLE = "problems";
    private static final ResourceBundle.Control NO_FALLBACK =
            ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES);

    /** An argument that is itself a message key, to be said in the same language. */
    public record Key(String key) {
    }

    private ProblemMessages() {
    }

    public static Locale localeOf(HttpHeaders headers) {
        return headers == null ? CHINESE : localeOf(headers.getAcceptableLanguages());
    }

    /** The language of an {@code Accept-Language} header as it stands, where JAX-RS has not parsed it. */
    public static Locale localeOf(String acceptLanguage) {
        try {
            return localeOf(acceptLanguage == null ? List.of() : Locale.LanguageRange.parse(acceptLanguage).stream()
                    .map(range -> Locale.forLanguageTag(range.getRange())).toList());
        } catch (IllegalArgumentException malformed) {
            return CHINESE;
        }
    }

    /** @param preferred the client's languages, most preferred first */
    private static Locale localeOf(List<Locale> preferred) {
        for (Locale locale : preferred) {
            if ("en".equals(locale.getLanguage())) {
                return Locale.ENGLISH;
            }
            if ("zh".equals(locale.getLanguage())) {
                return CHINESE;
            }
        }
        return CHINESE;
    }

    public static String format(Locale locale, String key, Object... arguments) {
        Object[] said = Arrays.stream(arguments)
                .map(a -> a instanceof Key k ? text(locale, k.key()) : a)
                .toArray();
        String pattern = text(locale, key);
        return said.length == 0 ? pattern : new MessageFormat(pattern, locale).format(said);
    }

    /** Whether the key has a text in the service's bundle or the platform's. */
    public static boolean has(Locale locale, String key) {
        return !text(locale, key).equals(key);
    }

    private static String text(Locale locale, String key) {
        for (String bundle : new String[] {SERVICE_BUNDLE, PLATFORM_BUNDLE}) {
            try {
                return bundle(bundle, locale).getString(key);
            } catch (MissingResourceException notHere) {
                // try the next bundle
            }
        }
        return key;
    }

    private static ResourceBundle bundle(String name, Locale locale) {
        Locale bundleLocale = Locale.ENGLISH.equals(locale) ? Locale.ENGLISH : Locale.ROOT;
        return ResourceBundle.getBundle(name, bundleLocale, Thread.currentThread().getContextClassLoader(), NO_FALLBACK);
    }
}
