package ai.alquimista.nigredo.recebimento;

import java.net.IDN;
import java.util.Locale;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * An e-mail address, normalised so the same mailbox is written one way: trimmed, all lower case, an
 * internationalised domain in its ASCII (punycode) form.
 *
 * <p>The local part is lower-cased although RFC 5321 lets a server tell case apart: no mainstream provider does,
 * and a lead typed twice in different case must dedupe. Dots and {@code +tags} are kept: ignoring them is a rule
 * of some providers (Gmail), not of e-mail. Deliberately simpler than RFC 5322: no quoted local parts, no
 * comments, no IP-literal domains, ASCII local parts only: what a B2B lead list actually holds.
 */
public record Email(String value) {

    static final int MAX_LENGTH = 254;
    private static final int MAX_LOCAL_PART_LENGTH = 64;
    private static final int MAX_DOMAIN_LENGTH = 253;
    private static final Pattern LOCAL_PART =
            Pattern.compile("[a-z0-9!#$%&'*+/=?^_`{|}~-]+(\\.[a-z0-9!#$%&'*+/=?^_`{|}~-]+)*");
    private static final Pattern DOMAIN_LABEL = Pattern.compile("[a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?");
    private static final Pattern TOP_LEVEL_DOMAIN = Pattern.compile("[a-z]{2,63}|xn--[a-z0-9-]{1,59}");

    public Email {
        Objects.requireNonNull(value, "value");
        if (!value.equals(normalise(value).value().orElse(null))) {
            throw new IllegalArgumentException("not a normalised e-mail address: " + value);
        }
    }

    public static Parsed<Email> parse(String text) {
        return normalise(text).map(Email::new);
    }

    public String domain() {
        return value.substring(value.indexOf('@') + 1);
    }

    @Override
    public String toString() {
        return value;
    }

    private static Parsed<String> normalise(String text) {
        String trimmed = text == null ? "" : text.strip();
        if (trimmed.length() > MAX_LENGTH) {
            return Parsed.invalid(Motivo.EMAIL_TOO_LONG);
        }
        if (trimmed.chars().anyMatch(c -> Character.isWhitespace(c) || Character.isSpaceChar(c))) {
            return Parsed.invalid(Motivo.EMAIL_CONTAINS_SPACES);
        }
        int at = trimmed.lastIndexOf('@');
        if (at < 0) {
            return Parsed.invalid(Motivo.EMAIL_MISSING_AT);
        }
        String localPart = trimmed.substring(0, at).toLowerCase(Locale.ROOT);
        if (localPart.length() > MAX_LOCAL_PART_LENGTH
                || !LOCAL_PART.matcher(localPart).matches()) {
            return Parsed.invalid(Motivo.EMAIL_INVALID_LOCAL_PART);
        }
        String domain = asciiDomain(trimmed.substring(at + 1));
        if (domain == null || !validDomain(domain)) {
            return Parsed.invalid(Motivo.EMAIL_INVALID_DOMAIN);
        }
        String address = localPart + "@" + domain;
        if (address.length() > MAX_LENGTH) {
            return Parsed.invalid(Motivo.EMAIL_TOO_LONG);
        }
        return Parsed.valid(address);
    }

    private static String asciiDomain(String domain) {
        try {
            return IDN.toASCII(domain, IDN.USE_STD3_ASCII_RULES).toLowerCase(Locale.ROOT);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    private static boolean validDomain(String domain) {
        if (domain.isEmpty() || domain.length() > MAX_DOMAIN_LENGTH) {
            return false;
        }
        String[] labels = domain.split("\\.", -1);
        if (labels.length < 2) {
            return false;
        }
        for (String label : labels) {
            if (!DOMAIN_LABEL.matcher(label).matches()) {
                return false;
            }
        }
        return TOP_LEVEL_DOMAIN.matcher(labels[labels.length - 1]).matches();
    }
}
