package ai.alquimista.nigredo.recebimento;

import java.text.Normalizer;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/** The cleaning every free-text spreadsheet cell gets. */
public final class Text {

    // compiled once: a 100,000-row import cleans every cell
    private static final Pattern WHITESPACE = Pattern.compile("[\\s\\u00A0\\u2007\\u202F]+");
    private static final Pattern MARKS = Pattern.compile("\\p{M}+");
    private static final Pattern NOT_SLUG = Pattern.compile("[^a-z0-9]+");

    private Text() {}

    /**
     * NFC (a spreadsheet may hold "é" as e + accent), non-breaking spaces as spaces, runs of whitespace collapsed,
     * trimmed; nothing left is absent.
     */
    static Optional<String> clean(String text) {
        if (text == null) {
            return Optional.empty();
        }
        String cleaned = WHITESPACE
                .matcher(Normalizer.normalize(text, Normalizer.Form.NFC))
                .replaceAll(" ")
                .strip();
        return cleaned.isEmpty() ? Optional.empty() : Optional.of(cleaned);
    }

    /** Lower case, accents dropped, every run of anything but a–z and 0–9 replaced by {@code separator}. */
    public static String slug(String text, String separator) {
        String withoutAccents =
                MARKS.matcher(Normalizer.normalize(text, Normalizer.Form.NFD)).replaceAll("");
        String slug = NOT_SLUG.matcher(withoutAccents.toLowerCase(Locale.ROOT)).replaceAll(separator);
        int start = slug.startsWith(separator) ? separator.length() : 0;
        int end =
                slug.endsWith(separator) && slug.length() > start ? slug.length() - separator.length() : slug.length();
        return start >= end ? "" : slug.substring(start, end);
    }
}
