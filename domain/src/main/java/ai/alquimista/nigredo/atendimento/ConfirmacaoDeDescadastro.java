package ai.alquimista.nigredo.atendimento;

/**
 * The message that confirms an LGPD opt-out (seed 001, handleDescadastro): a fixed text, not a draft, so it says the
 * same thing to everyone and never argues. The caller signs it with the brand's signature.
 */
public final class ConfirmacaoDeDescadastro {

    private ConfirmacaoDeDescadastro() {}

    /** The shortest confirmation, for a brand whose maximum length leaves little room. */
    static final String CURTA = "Pronto: o seu contato foi removido, conforme a LGPD.";

    /** "Pronto, Ana: …"; without a usable first name, "Pronto: …". */
    public static String texto(String nomeDoContato, String empresaCliente) {
        String nome = Nomes.primeiroNome(nomeDoContato);
        String empresa = Nomes.empresa(empresaCliente);
        return "Pronto" + (nome.isEmpty() ? "" : ", " + nome) + ": o seu contato foi removido e você não receberá"
                + " novas mensagens" + (empresa.isEmpty() ? "" : " da " + empresa) + ", conforme a LGPD."
                + " Obrigado pela atenção.";
    }

    /**
     * The confirmation within {@code limite} characters (a brand's {@link PoliticaDaMarca#tamanhoDoCorpo()}): the full
     * text if it fits, else without the name and company, else {@value #CURTA}.
     */
    public static String texto(String nomeDoContato, String empresaCliente, int limite) {
        String completa = texto(nomeDoContato, empresaCliente);
        if (completa.length() <= limite) {
            return completa;
        }
        String semNomes = texto(null, null);
        return semNomes.length() <= limite ? semNomes : CURTA;
    }
}
