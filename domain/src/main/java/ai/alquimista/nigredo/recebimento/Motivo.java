package ai.alquimista.nigredo.recebimento;

/**
 * Every reason the Recebimento agent can give for refusing a value. The messages are shown to the tenant in
 * the non-conformity report, so they are in Portuguese and name the problem, not the rule that found it.
 */
public enum Motivo {
    REQUIRED("Campo obrigatório não preenchido"),
    PHONE_OR_EMAIL_REQUIRED("Informe telefone ou e-mail"),
    TOO_LONG("Texto longo demais"),
    CONTROL_CHARACTER("Texto com caractere de controle (NUL ou outro caractere invisível): apague-o da célula"),

    CNPJ_WRONG_LENGTH("CNPJ deve ter 14 caracteres"),
    CNPJ_INVALID_CHARACTER(
            "CNPJ com caractere inválido: as 12 primeiras posições aceitam números e letras, as 2 últimas só números"),
    CNPJ_REPEATED_CHARACTERS("CNPJ com todos os caracteres iguais"),
    CNPJ_WRONG_CHECK_DIGITS("CNPJ com dígitos verificadores inválidos"),

    CPF_WRONG_LENGTH("CPF deve ter 11 dígitos"),
    CPF_INVALID_CHARACTER("CPF deve ter só números"),
    CPF_REPEATED_DIGITS("CPF com todos os dígitos iguais"),
    CPF_WRONG_CHECK_DIGITS("CPF com dígitos verificadores inválidos"),

    DOCUMENT_WRONG_LENGTH("Documento deve ser um CNPJ (14 caracteres) ou um CPF (11 dígitos)"),

    PHONE_NOT_A_NUMBER("Telefone sem número"),
    PHONE_INVALID_CHARACTER("Telefone com letras ou símbolos (ramal, texto ou mais de um número não são aceitos)"),
    PHONE_NOT_BRAZILIAN("Telefone de fora do Brasil"),
    PHONE_NON_GEOGRAPHIC("Telefone sem DDD (0800, 0300, 4004…) não serve para contato direto"),
    PHONE_MISSING_DDD("Telefone sem DDD"),
    PHONE_UNKNOWN_DDD("Telefone com DDD inexistente"),
    PHONE_TOO_MANY_DIGITS("Telefone com dígitos demais"),
    PHONE_INVALID("Telefone inválido"),

    EMAIL_TOO_LONG("E-mail com mais de 254 caracteres"),
    EMAIL_MISSING_AT("E-mail sem @"),
    EMAIL_CONTAINS_SPACES("E-mail com espaços"),
    EMAIL_INVALID_LOCAL_PART("E-mail com nome de usuário (antes do @) inválido"),
    EMAIL_INVALID_DOMAIN("E-mail com domínio inválido"),

    PORTE_UNKNOWN("Porte não reconhecido: use MEI, ME, EPP, Média ou Grande"),
    CNAE_UNKNOWN_DIVISION("CNAE com divisão inexistente");

    private final String message;

    Motivo(String message) {
        this.message = message;
    }

    public String message() {
        return message;
    }
}
