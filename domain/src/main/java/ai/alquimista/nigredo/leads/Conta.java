package ai.alquimista.nigredo.leads;

import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * The company a lead works for, as far as its data tells: the CNPJ's root (its first 8 digits, shared by every branch)
 * and the e-mail's domain when it is the company's own, not a free mailbox shared by millions.
 */
public record Conta(Optional<String> raizDoCnpj, Optional<String> dominio) {

    private static final Set<String> PROVEDORES_GRATUITOS = Set.of(
            "gmail.com",
            "googlemail.com",
            "hotmail.com",
            "hotmail.com.br",
            "outlook.com",
            "outlook.com.br",
            "live.com",
            "msn.com",
            "yahoo.com",
            "yahoo.com.br",
            "icloud.com",
            "me.com",
            "uol.com.br",
            "bol.com.br",
            "terra.com.br",
            "ig.com.br",
            "globo.com",
            "globomail.com",
            "r7.com",
            "zipmail.com.br",
            "protonmail.com",
            "proton.me",
            "aol.com");

    public static Conta de(String cnpj, String email) {
        Optional<String> raiz = Optional.ofNullable(cnpj)
                .map(valor -> valor.replaceAll("\\D", ""))
                .filter(digitos -> digitos.length() == 14)
                .map(digitos -> digitos.substring(0, 8));
        Optional<String> dominio = Optional.ofNullable(email)
                .filter(valor -> valor.indexOf('@') > 0)
                .map(valor ->
                        valor.substring(valor.lastIndexOf('@') + 1).strip().toLowerCase(Locale.ROOT))
                .filter(valor -> !valor.isEmpty() && !PROVEDORES_GRATUITOS.contains(valor));
        return new Conta(raiz, dominio);
    }

    /** Whether anything tells which company this is. */
    public boolean conhecida() {
        return raizDoCnpj.isPresent() || dominio.isPresent();
    }
}
