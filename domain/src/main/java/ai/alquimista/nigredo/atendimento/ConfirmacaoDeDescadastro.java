package ai.alquimista.nigredo.atendimento;

/**
 * The message that confirms an LGPD opt-out (seed 001, handleDescadastro): a fixed text, not a draft, so it says the
 * same thing to everyone and never argues. The caller signs it with the brand's signature.
 */
public final class ConfirmacaoDeDescadastro {

    private ConfirmacaoDeDescadastro() {}

    /** "Pronto, Ana: …"; without a usable first name, "Pronto: …". */
    public static String texto(String nomeDoContato, String empresaCliente) {
        String nome = Nomes.primeiroNome(nomeDoContato);
        String empresa = Nomes.empresa(empresaCliente);
        return "Pronto" + (nome.isEmpty() ? "" : ", " + nome) + ": o seu contato foi removido e você não receberá"
                + " novas mensagens" + (empresa.isEmpty() ? "" : " da " + empresa) + ", conforme a LGPD."
                + " Obrigado pela atenção.";
    }
}
