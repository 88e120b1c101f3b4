package ai.alquimista.nigredo.atendimento;

/**
 * The port that drafts Atendimento's answer to a lead (the LLM of seed 001 §5.4): the embedded pt-BR writer
 * ({@link RedatorEmbutido}, the default) or Amazon Bedrock, by configuration.
 *
 * <p>The draft comes back without the signature: the caller signs it ({@link PoliticaDaMarca#assinada}) and checks the
 * signed text ({@link PoliticaDaMarca#violacoes}); a draft that breaks the policy waits for a person.
 */
public interface Redator {

    /**
     * @return the reply's text, unsigned
     * @throws RedacaoIndisponivel when the writer cannot draft now (a remote model throttles, fails or times out); the
     *     reply then waits in the review queue
     */
    String redigir(ContextoDaResposta contexto);
}
