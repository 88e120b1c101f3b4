package ai.alquimista.nigredo.recebimento;

/**
 * A lead as it arrived (a spreadsheet row or a JSON payload): every field raw text, possibly null or blank.
 * The field names are the seed's (nigredo_leads.leads) and name the fields in {@link Inconformidade}.
 */
public record LeadRecebido(
        String empresa,
        String contato,
        String telefone,
        String email,
        String cnpj,
        String setor,
        String porte,
        String atividadePrincipal) {

    public static final String EMPRESA = "empresa";
    public static final String CONTATO = "contato";
    public static final String TELEFONE = "telefone";
    public static final String EMAIL = "email";
    public static final String CNPJ = "cnpj";
    public static final String SETOR = "setor";
    public static final String PORTE = "porte";
    public static final String ATIVIDADE_PRINCIPAL = "atividade_principal";
    /** Not part of the record: read from the raw row as evidence of consent ({@link OptInWhatsapp}). */
    public static final String OPT_IN_WHATSAPP = "opt_in_whatsapp";
}
