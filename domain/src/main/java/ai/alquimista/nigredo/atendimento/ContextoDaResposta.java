package ai.alquimista.nigredo.atendimento;

import ai.alquimista.nigredo.canais.CanalDeEnvio;
import ai.alquimista.nigredo.sentimento.Analise;
import ai.alquimista.nigredo.sentimento.Intencao;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;

/**
 * Everything a {@link Redator} needs to draft the answer to a lead's reply: who writes (the tenant's company), to
 * whom, the conversation so far, the reply, Sentimento's reading, the step Atendimento decided, the brand policy and
 * the channel.
 *
 * @param empresaCliente the tenant's company name ({@code empresa_cliente} in the seed's template)
 * @param nomeDoContato the lead's contact name; may be null or blank
 * @param empresaDoLead the lead's company; may be null or blank
 * @param historico the conversation before this reply, in any order (kept oldest first); the reply itself not
 *     included
 * @param mensagemDoLead the reply being answered
 * @param objecao the objection's category; derived from the reply when null and Sentimento read an objection, null
 *     otherwise
 */
public record ContextoDaResposta(
        String empresaCliente,
        String nomeDoContato,
        String empresaDoLead,
        List<MensagemDoHistorico> historico,
        String mensagemDoLead,
        Analise analise,
        ProximoPasso objetivo,
        PoliticaDaMarca politica,
        CanalDeEnvio canal,
        CategoriaDeObjecao objecao) {

    public ContextoDaResposta {
        Objects.requireNonNull(empresaCliente, "empresaCliente");
        Objects.requireNonNull(mensagemDoLead, "mensagemDoLead");
        Objects.requireNonNull(analise, "analise");
        Objects.requireNonNull(objetivo, "objetivo");
        Objects.requireNonNull(politica, "politica");
        Objects.requireNonNull(canal, "canal");
        historico = historico == null
                ? List.of()
                : historico.stream()
                        .sorted(Comparator.comparing(MensagemDoHistorico::quando))
                        .toList();
        if (objecao == null && (objetivo == ProximoPasso.answer_objection || analise.intencao() == Intencao.objecao)) {
            objecao = CategoriaDeObjecao.de(mensagemDoLead);
        }
    }
}
