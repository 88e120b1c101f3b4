package ai.alquimista.nigredo.atendimento;

import ai.alquimista.nigredo.canais.CanalDeEnvio;
import ai.alquimista.nigredo.interacoes.entity.InteracaoTipo;
import ai.alquimista.nigredo.interacoes.entity.Sentimento;
import ai.alquimista.nigredo.sentimento.Analise;
import ai.alquimista.nigredo.sentimento.Intencao;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/** A reply to answer, as Atendimento sees it: Acme Vendas writing to Ana Souza of Padaria Pão Quente, on WhatsApp. */
final class UmContexto {

    static final Instant INICIO = Instant.parse("2026-11-30T12:00:00Z");

    private String empresaCliente = "Acme Vendas";
    private String nome = "Ana Souza";
    private String empresaDoLead = "Padaria Pão Quente";
    private final List<MensagemDoHistorico> historico = new ArrayList<>();
    private String mensagem = "Tenho interesse, vamos agendar";
    private Analise analise = new Analise(Sentimento.positivo, 80, false, Intencao.interesse, List.of("interesse"));
    private ProximoPasso objetivo;
    private PoliticaDaMarca politica = PoliticaDaMarca.padrao();
    private CanalDeEnvio canal = CanalDeEnvio.whatsapp;
    private CategoriaDeObjecao objecao;

    static UmContexto umaResposta(String mensagem) {
        UmContexto contexto = new UmContexto();
        contexto.mensagem = mensagem;
        return contexto;
    }

    UmContexto lida(Sentimento sentimento, int intensidade, Intencao intencao) {
        analise = new Analise(sentimento, intensidade, intencao == Intencao.descadastro, intencao, List.of());
        return this;
    }

    UmContexto de(String nome) {
        this.nome = nome;
        return this;
    }

    UmContexto daEmpresa(String empresaDoLead) {
        this.empresaDoLead = empresaDoLead;
        return this;
    }

    UmContexto escritaPor(String empresaCliente) {
        this.empresaCliente = empresaCliente;
        return this;
    }

    UmContexto depoisDe(InteracaoTipo tipo, String texto) {
        historico.add(new MensagemDoHistorico(tipo, texto, INICIO.plusSeconds(60L * historico.size())));
        return this;
    }

    UmContexto com(PoliticaDaMarca politica) {
        this.politica = politica;
        return this;
    }

    UmContexto por(CanalDeEnvio canal) {
        this.canal = canal;
        return this;
    }

    UmContexto objetivo(ProximoPasso objetivo) {
        this.objetivo = objetivo;
        return this;
    }

    UmContexto objecao(CategoriaDeObjecao objecao) {
        this.objecao = objecao;
        return this;
    }

    ContextoDaResposta build() {
        return new ContextoDaResposta(
                empresaCliente,
                nome,
                empresaDoLead,
                historico,
                mensagem,
                analise,
                objetivo == null ? ProximoPasso.para(analise) : objetivo,
                politica,
                canal,
                objecao);
    }

    static PoliticaDaMarca politica(TomDaMarca tom, int tamanho, String assinatura, String... proibidas) {
        return new PoliticaDaMarca(tom, List.of(proibidas), List.of(), tamanho, assinatura, false);
    }
}
