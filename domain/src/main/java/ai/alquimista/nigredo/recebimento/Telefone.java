package ai.alquimista.nigredo.recebimento;

import com.google.i18n.phonenumbers.NumberParseException;
import com.google.i18n.phonenumbers.PhoneNumberUtil;
import com.google.i18n.phonenumbers.PhoneNumberUtil.PhoneNumberFormat;
import com.google.i18n.phonenumbers.PhoneNumberUtil.PhoneNumberType;
import com.google.i18n.phonenumbers.Phonenumber.PhoneNumber;
import java.time.ZoneId;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * A Brazilian phone number with a DDD, in E.164 ({@code +5511987654321}).
 *
 * <p>Reads what people type: masks, {@code +55}, {@code 0xx11}, a leading 0 with a carrier code
 * ({@code 0 21 11 98765-4321}). A mobile written with the eight digits it had before the ninth digit
 * ({@code (11) 8765-4321}) gets its 9, so the same person is one number whichever way it was written.
 */
public record Telefone(String e164) {

    private static final int BRAZIL = 55;
    private static final String REGION = "BR";
    private static final PhoneNumberUtil PHONES = PhoneNumberUtil.getInstance();
    private static final Pattern TRUNK_PLACEHOLDER = Pattern.compile("(?i)\\b0\\s*x\\s*x");
    private static final Pattern TYPED_CHARACTERS = Pattern.compile("[0-9+().\\-\\s]+");
    /** Landlines start with 2–5; an eight-digit number starting with 6–9 is a mobile that lost its 9. */
    private static final Pattern NOT_DIALLED = Pattern.compile("[^0-9+]");

    private static final Pattern MOBILE_WITHOUT_NINTH_DIGIT = Pattern.compile("\\d{2}[6-9]\\d{7}");

    private static final Set<PhoneNumberType> GEOGRAPHIC =
            Set.of(PhoneNumberType.FIXED_LINE, PhoneNumberType.MOBILE, PhoneNumberType.FIXED_LINE_OR_MOBILE);

    public Telefone {
        Objects.requireNonNull(e164, "e164");
        if (!e164.equals(normalise(e164).value().orElse(null))) {
            throw new IllegalArgumentException("not a Brazilian phone number in E.164: " + e164);
        }
    }

    public static Parsed<Telefone> parse(String text) {
        return normalise(text).map(Telefone::new);
    }

    /** The two-digit area code. */
    public String ddd() {
        return e164.substring(3, 5);
    }

    public Uf uf() {
        return Uf.ofDdd(ddd()).orElseThrow();
    }

    public ZoneId zoneId() {
        return uf().zoneId();
    }

    /** Since the ninth digit, every Brazilian number with nine digits after the DDD is a mobile. */
    public boolean celular() {
        return subscriber().length() == 9;
    }

    /** {@code (11) 98765-4321}, {@code (11) 3333-4444}. */
    public String formatted() {
        String subscriber = subscriber();
        int split = subscriber.length() - 4;
        return "(" + ddd() + ") " + subscriber.substring(0, split) + "-" + subscriber.substring(split);
    }

    @Override
    public String toString() {
        return e164;
    }

    private String subscriber() {
        return e164.substring(5);
    }

    private static Parsed<String> normalise(String text) {
        if (text == null || text.isBlank()) {
            return Parsed.invalid(Motivo.PHONE_NOT_A_NUMBER);
        }
        String typed =
                TRUNK_PLACEHOLDER.matcher(text.replace('\u00A0', ' ').strip()).replaceAll("0");
        // letters would otherwise reach libphonenumber, which reads "x12" or "ramal" as an extension or a vanity number
        if (!TYPED_CHARACTERS.matcher(typed).matches()) {
            return Parsed.invalid(Motivo.PHONE_INVALID_CHARACTER);
        }
        String dialled = NOT_DIALLED.matcher(typed).replaceAll("");
        if (dialled.lastIndexOf('+') > 0) {
            return Parsed.invalid(Motivo.PHONE_INVALID_CHARACTER);
        }
        if (dialled.replace("+", "").isEmpty()) {
            return Parsed.invalid(Motivo.PHONE_NOT_A_NUMBER);
        }
        PhoneNumber number;
        try {
            number = PHONES.parse(internationalPrefixAsPlus(dialled), REGION);
        } catch (NumberParseException e) {
            return Parsed.invalid(Motivo.PHONE_INVALID);
        }
        if (number.getCountryCode() != BRAZIL) {
            return Parsed.invalid(Motivo.PHONE_NOT_BRAZILIAN);
        }
        if (PHONES.isValidNumber(number) && !GEOGRAPHIC.contains(PHONES.getNumberType(number))) {
            return Parsed.invalid(Motivo.PHONE_NON_GEOGRAPHIC);
        }
        String national = PHONES.getNationalSignificantNumber(number);
        if (national.length() < 10) {
            return Parsed.invalid(Motivo.PHONE_MISSING_DDD);
        }
        if (national.length() > 11) {
            return Parsed.invalid(Motivo.PHONE_TOO_MANY_DIGITS);
        }
        if (Uf.ofDdd(national.substring(0, 2)).isEmpty()) {
            return Parsed.invalid(Motivo.PHONE_UNKNOWN_DDD);
        }
        if (MOBILE_WITHOUT_NINTH_DIGIT.matcher(national).matches()) {
            national = national.substring(0, 2) + "9" + national.substring(2);
        }
        PhoneNumber brazilian = new PhoneNumber().setCountryCode(BRAZIL).setNationalNumber(Long.parseLong(national));
        if (!PHONES.isValidNumber(brazilian)) {
            return Parsed.invalid(Motivo.PHONE_INVALID);
        }
        return Parsed.valid(PHONES.format(brazilian, PhoneNumberFormat.E164));
    }

    /**
     * From Brazil "00" must be followed by a carrier code, and 55 is one, so libphonenumber reads "0055 11 …" as a
     * call through carrier 55 to country 1. In a lead list it is someone writing +55 the European way.
     */
    private static String internationalPrefixAsPlus(String dialled) {
        boolean brazilWithDdd = dialled.startsWith("0055") && (dialled.length() == 14 || dialled.length() == 15);
        return brazilWithDdd ? "+" + dialled.substring(2) : dialled;
    }
}
