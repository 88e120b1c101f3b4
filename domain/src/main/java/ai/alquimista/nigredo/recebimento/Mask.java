package ai.alquimista.nigredo.recebimento;

/** The punctuation people type around CNPJs and CPFs. */
final class Mask {

    private Mask() {}

    /** Drops dots, slashes, dashes and spaces (spreadsheets often carry non-breaking ones); upper-cases a–z. */
    static String remove(String text) {
        if (text == null) {
            return "";
        }
        StringBuilder kept = new StringBuilder(text.length());
        for (char c : text.toCharArray()) {
            if (c == '.' || c == '/' || c == '-' || Character.isWhitespace(c) || Character.isSpaceChar(c)) {
                continue;
            }
            // only ASCII letters: String.toUpperCase would turn a stray 'ı' or 'ß' into something that looks valid
            kept.append(c >= 'a' && c <= 'z' ? (char) (c - 'a' + 'A') : c);
        }
        return kept.toString();
    }

    static boolean isDigit(int c) {
        return c >= '0' && c <= '9';
    }

    static boolean allSame(String text) {
        return text.chars().allMatch(c -> c == text.charAt(0));
    }
}
