package ai.alquimista.nigredo.atendimento.control;

import ai.alquimista.fibonacci.events.boundary.EventIntake;
import ai.alquimista.nigredo.agendamento.boundary.AgendamentoNaConversa;
import ai.alquimista.nigredo.agendamento.events.ReuniaoSolicitada;
import ai.alquimista.nigredo.atendimento.CategoriaDeObjecao;
import ai.alquimista.nigredo.atendimento.ConfirmacaoDeDescadastro;
import ai.alquimista.nigredo.atendimento.ContextoDaResposta;
import ai.alquimista.nigredo.atendimento.PoliticaDaMarca;
import ai.alquimista.nigredo.atendimento.ProximoPasso;
import ai.alquimista.nigredo.atendimento.RedacaoIndisponivel;
import ai.alquimista.nigredo.atendimento.Violacao;
import ai.alquimista.nigredo.atendimento.events.LeadRespondeu;
import ai.alquimista.nigredo.canais.CanalDeEnvio;
import ai.alquimista.nigredo.disparo.EnvioDeConversa;
import ai.alquimista.nigredo.disparo.TipoDeEnvio;
import ai.alquimista.nigredo.disparo.boundary.EnviosDaConversa;
import ai.alquimista.nigredo.interacoes.entity.Sentimento;
import ai.alquimista.nigredo.sentimento.Analise;
import ai.alquimista.nigredo.sentimento.Intencao;
import ai.alquimista.nigredo.sentimento.boundary.ClassificacaoIndisponivel;
import ai.alquimista.nigredo.sentimento.boundary.SentimentoService;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.logging.Logger;
import java.util.stream.Collectors;
import javax.sql.DataSource;

/**
 * Seed 001 §5.4 for one reply, inside Atendimento's transaction: Sentimento reads it, the next step is decided and
 * recorded on the interação, the lead moves, a draft is written and checked against the brand, and the answer goes
 * out through Disparo after a person-like pause, or waits for a person in the review queue. When Agendamento books
 * for the tenant, its proposal of slots is the answer to a lead who wants a meeting, and a lead with a proposal open
 * has its next reply read by Agendamento (an opt-out still goes the opt-out way).
 */
@Dependent
public class Atendente {

    private static final Logger LOG = Logger.getLogger(Atendente.class.getName());

    private static final String POLITICA_INVALIDA =
            "as configurações de marca do Atendimento são inválidas: corrija-as em Meus agentes; uma pessoa responde";

    @Resource(lookup = "java:app/jdbc/alquimista")
    DataSource dataSource;

    @Inject
    SentimentoService sentimento;

    @Inject
    Redatores redatores;

    @Inject
    EnviosDaConversa envios;

    @Inject
    EventIntake events;

    @Inject
    PausaDeAtendimento pausa;

    @Inject
    AgendamentoNaConversa agendamento;

    public void atender(UUID tenantId, LeadRespondeu resposta, UUID traceId) {
        try (Connection db = dataSource.getConnection()) {
            var lead = ConversaQuery.lead(db, tenantId, resposta.leadId());
            if (lead.isEmpty()) {
                LOG.info(() -> "lead " + resposta.leadId() + " of tenant " + tenantId + " no longer exists; reply "
                        + resposta.interacaoId() + " left unanswered");
                return;
            }
            atender(db, lead.get(), resposta, traceId);
        } catch (SQLException e) {
            throw new IllegalStateException("cannot answer reply " + resposta.interacaoId() + ": " + e.getMessage(), e);
        }
    }

    private void atender(Connection db, LeadDaConversa lead, LeadRespondeu resposta, UUID traceId) throws SQLException {
        CanalDeEnvio canal = CanalDeEnvio.valueOf(resposta.canal());
        if (resposta.descadastro()) {
            confirmarDescadastro(db, lead, resposta, canal, traceId);
            return;
        }
        boolean agendamentoAtivo = agendamento.ativo(lead.tenantId());
        if (agendamentoAtivo && agendamento.propostaAberta(lead.tenantId(), lead.id())) {
            agendamento.encaminhar(
                    lead.tenantId(), lead.id(), resposta.interacaoId(), resposta.canal(), resposta.mensagem());
            return;
        }
        if (resposta.mensagem().isBlank()) {
            aguardarPessoa(
                    db, lead, resposta, canal, null, "a mensagem não tem texto: uma pessoa a lê", ProximoPasso.nurture);
            return;
        }
        Analise analise;
        try {
            analise = sentimento.analisar(lead.tenantId(), legivel(resposta.mensagem()));
        } catch (ClassificacaoIndisponivel e) {
            aguardarPessoa(
                    db,
                    lead,
                    resposta,
                    canal,
                    null,
                    "o Sentimento não leu a mensagem (" + e.getMessage() + "): uma pessoa responde",
                    ProximoPasso.escalate_human);
            return;
        }
        ProximoPasso passo = passo(analise);
        CategoriaDeObjecao objecao =
                passo == ProximoPasso.answer_objection ? CategoriaDeObjecao.de(resposta.mensagem()) : null;
        ConversaQuery.classificar(db, lead.tenantId(), resposta.interacaoId(), analise, passo, objecao, traceId);
        envios.reterDaConta(lead.tenantId(), lead.id(), lead.conta(), retencao(lead));
        Optional<PoliticaDaMarca> politica = politica(lead);
        seguir(db, lead, resposta, passo);
        if (passo == ProximoPasso.forward_to_scheduler && agendamentoAtivo) {
            LOG.fine(() -> "reply " + resposta.interacaoId() + " is answered by Agendamento's proposal");
            return;
        }
        if (politica.isEmpty()) {
            aguardarPessoa(db, lead, resposta, canal, null, POLITICA_INVALIDA, passo);
            return;
        }
        if (!passo.respondeAutomaticamente()) {
            aguardarPessoa(db, lead, resposta, canal, null, motivoSemResposta(passo, analise), passo);
            return;
        }
        ContextoDaResposta contexto = new ContextoDaResposta(
                lead.empresaCliente(),
                lead.contato(),
                lead.empresa(),
                ConversaQuery.historico(db, lead.tenantId(), lead.id(), resposta.interacaoId()),
                resposta.mensagem(),
                analise,
                passo,
                politica.get(),
                canal,
                objecao);
        responder(db, lead, resposta, contexto);
    }

    /**
     * An opt-out is honoured when the reply arrives, whatever agents the tenant activated; a request to stop that only
     * the classifier saw (not the arrival's rules) goes to a person rather than being guessed either way.
     */
    private static ProximoPasso passo(Analise analise) {
        ProximoPasso passo = ProximoPasso.para(analise);
        return passo == ProximoPasso.opt_out ? ProximoPasso.escalate_human : passo;
    }

    /**
     * Sentimento reads at most its limit (and Comprehend at most 5,000 bytes); a long e-mail's opening says what the
     * lead wants.
     */
    static String legivel(String mensagem) {
        String texto = mensagem;
        if (texto.codePointCount(0, texto.length()) > SentimentoService.MAX_CARACTERES) {
            texto = texto.substring(0, texto.offsetByCodePoints(0, SentimentoService.MAX_CARACTERES));
        }
        while (texto.getBytes(StandardCharsets.UTF_8).length > SentimentoService.MAX_CARACTERES) {
            texto = texto.substring(0, texto.offsetByCodePoints(0, texto.codePointCount(0, texto.length()) * 9 / 10));
        }
        return texto;
    }

    /** Settings stored before activation checked them may break the brand policy's rules: then a person answers. */
    private static Optional<PoliticaDaMarca> politica(LeadDaConversa lead) {
        try {
            return Optional.of(PoliticaDaMarca.de(lead.settings()));
        } catch (IllegalArgumentException e) {
            LOG.warning(() -> "Atendimento settings of tenant " + lead.tenantId() + " are invalid: " + e.getMessage());
            return Optional.empty();
        }
    }

    private void seguir(Connection db, LeadDaConversa lead, LeadRespondeu resposta, ProximoPasso passo)
            throws SQLException {
        ConversaQuery.avancar(db, lead.tenantId(), lead.id(), passo.status());
        if (passo == ProximoPasso.forward_to_scheduler) {
            events.publish(new ReuniaoSolicitada(lead.id(), resposta.interacaoId()), lead.tenantId());
        } else if (passo == ProximoPasso.disqualify) {
            envios.cancelarEtapas(lead.tenantId(), lead.id(), "cancelado: o lead recusou (" + passo + ")");
        }
    }

    private void responder(Connection db, LeadDaConversa lead, LeadRespondeu resposta, ContextoDaResposta contexto)
            throws SQLException {
        PoliticaDaMarca politica = contexto.politica();
        String rascunho;
        try {
            rascunho = politica.assinada(redatores.redator().redigir(contexto));
        } catch (RedacaoIndisponivel e) {
            aguardarPessoa(
                    db,
                    lead,
                    resposta,
                    contexto.canal(),
                    null,
                    "o redator não respondeu: " + e.getMessage(),
                    contexto.objetivo());
            return;
        }
        List<Violacao> violacoes = politica.violacoes(rascunho);
        if (!violacoes.isEmpty()) {
            String motivos = violacoes.stream().map(Violacao::motivo).collect(Collectors.joining("; "));
            aguardarPessoa(
                    db,
                    lead,
                    resposta,
                    contexto.canal(),
                    rascunho,
                    "a resposta fere a política da marca: " + motivos,
                    contexto.objetivo());
        } else if (politica.modoAprovacao()) {
            aguardarPessoa(
                    db,
                    lead,
                    resposta,
                    contexto.canal(),
                    rascunho,
                    "modo de aprovação: toda resposta passa por uma pessoa",
                    contexto.objetivo());
        } else {
            enviar(
                    lead,
                    resposta,
                    contexto.canal(),
                    TipoDeEnvio.resposta,
                    rascunho,
                    pausa.para(resposta.interacaoId()));
        }
    }

    /** Seed 001's handleDescadastro, its fourth step: the lead is told, once, that it will hear from us no more. */
    private void confirmarDescadastro(
            Connection db, LeadDaConversa lead, LeadRespondeu resposta, CanalDeEnvio canal, UUID traceId)
            throws SQLException {
        Analise pedido = new Analise(Sentimento.neutro, 0, true, Intencao.descadastro, List.of());
        ConversaQuery.classificar(
                db, lead.tenantId(), resposta.interacaoId(), pedido, ProximoPasso.opt_out, null, traceId);
        envios.reterDaConta(lead.tenantId(), lead.id(), lead.conta(), retencao(lead));
        PoliticaDaMarca politica = politica(lead).orElseGet(PoliticaDaMarca::padrao);
        String texto = politica.assinada(
                ConfirmacaoDeDescadastro.texto(lead.contato(), lead.empresaCliente(), politica.tamanhoDoCorpo()));
        enviar(lead, resposta, canal, TipoDeEnvio.confirmacao, texto, Duration.ZERO);
    }

    private static String retencao(LeadDaConversa lead) {
        return "retido: " + lead.empresa() + " respondeu por outro contato; retome na conversa";
    }

    private void enviar(
            LeadDaConversa lead,
            LeadRespondeu resposta,
            CanalDeEnvio canal,
            TipoDeEnvio tipo,
            String texto,
            Duration depoisDe) {
        envios.programar(new EnvioDeConversa(
                lead.tenantId(),
                lead.id(),
                resposta.interacaoId(),
                tipo,
                canal,
                canal == CanalDeEnvio.email ? assunto(tipo, lead) : null,
                texto,
                depoisDe));
    }

    private static String assunto(TipoDeEnvio tipo, LeadDaConversa lead) {
        return tipo == TipoDeEnvio.confirmacao
                ? "Descadastro confirmado — " + lead.empresaCliente()
                : "Re: sua conversa com " + lead.empresaCliente();
    }

    private static void aguardarPessoa(
            Connection db,
            LeadDaConversa lead,
            LeadRespondeu resposta,
            CanalDeEnvio canal,
            String rascunho,
            String motivo,
            ProximoPasso passo)
            throws SQLException {
        RevisoesQuery.guardar(
                db, new Revisao(lead.tenantId(), lead.id(), resposta.interacaoId(), canal, rascunho, motivo, passo));
    }

    private static String motivoSemResposta(ProximoPasso passo, Analise analise) {
        return passo == ProximoPasso.escalate_human && analise.descadastro()
                ? "o texto parece um pedido de descadastro que as regras de chegada não reconheceram: confirme"
                : "lead irritado (intensidade " + analise.intensidade() + "): uma pessoa responde";
    }
}
