package ai.alquimista.nigredo.canais.whatsapp;

import java.util.LinkedHashSet;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * A WhatsApp user's number ({@code wa_id}, {@code from}): digits with the country code, no {@code +}. For a Brazilian
 * mobile WhatsApp may give it with or without the ninth digit ({@code 551187654321} for a lead stored as
 * {@code +5511987654321}, and the other way round), so a lead is looked for under both.
 */
public final class NumeroWhatsapp {

    /** 55, a DDD, and a mobile's eight digits (6–9 first) as before the ninth digit. */
    private static final Pattern SEM_NONO = Pattern.compile("55[1-9][1-9][6-9]\\d{7}");
    /** 55, a DDD, 9 and a mobile's eight digits. */
    private static final Pattern COM_NONO = Pattern.compile("55[1-9][1-9]9[6-9]\\d{7}");

    private NumeroWhatsapp() {}

    /** Only the digits of a phone as written ({@code +55 (11) 98765-4321} is {@code 5511987654321}). */
    public static String digitos(String telefone) {
        return telefone == null ? "" : telefone.replaceAll("\\D", "");
    }

    /** The ways the same person's number may be written in digits: itself, and with or without the ninth digit. */
    public static Set<String> variantes(String numero) {
        String digitos = digitos(numero);
        Set<String> variantes = new LinkedHashSet<>();
        if (digitos.isEmpty()) {
            return variantes;
        }
        variantes.add(digitos);
        if (SEM_NONO.matcher(digitos).matches()) {
            variantes.add(digitos.substring(0, 4) + "9" + digitos.substring(4));
        } else if (COM_NONO.matcher(digitos).matches()) {
            variantes.add(digitos.substring(0, 4) + digitos.substring(5));
        }
        return variantes;
    }

    /** E.164 of the number as WhatsApp wrote it ({@code +551187654321}). */
    public static String e164(String numero) {
        return "+" + digitos(numero);
    }
}
