package ai.alquimista.shared.text;

/**
 * Text a person meant to write and PostgreSQL can store: no C0 control characters but tab, line feed and
 * carriage return (PostgreSQL refuses NUL in {@code text} and {@code jsonb}; the others are never typed, only
 * injected), and no unpaired surrogate (the driver would store it as '?').
 */
public final class StorableText {

    /** The rule as an API problem names it. */
    public static final String PROBLEM = "must not contain control characters (U+0000 to U+001F other than tab,"
            + " line feed and carriage return) or unpaired surrogates";

    private StorableText() {}

    public static boolean isStorable(String text) {
        return text == null || firstForbidden(text) < 0;
    }

    /** The index of the first character that is not allowed, or -1. */
    public static int firstForbidden(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c < 0x20 && c != '\t' && c != '\n' && c != '\r') {
                return i;
            }
            if (Character.isHighSurrogate(c)) {
                if (i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
                    i++;
                } else {
                    return i;
                }
            } else if (Character.isLowSurrogate(c)) {
                return i;
            }
        }
        return -1;
    }

    /**
     * For a value kept only as information (a User-Agent header): forbidden characters replaced by U+FFFD and
     * the text cut to {@code maxLength} characters, never inside a surrogate pair.
     */
    public static String sanitized(String text, int maxLength) {
        if (text == null) {
            return null;
        }
        StringBuilder clean = new StringBuilder(Math.min(text.length(), maxLength));
        for (int i = 0; i < text.length() && clean.length() < maxLength; i++) {
            char c = text.charAt(i);
            boolean pair = Character.isHighSurrogate(c)
                    && i + 1 < text.length()
                    && Character.isLowSurrogate(text.charAt(i + 1));
            if (pair) {
                if (clean.length() + 2 > maxLength) {
                    break;
                }
                clean.append(c).append(text.charAt(++i));
            } else {
                clean.append(isStorable(String.valueOf(c)) ? c : '\uFFFD');
            }
        }
        return clean.toString();
    }
}
