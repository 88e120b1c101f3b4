package ai.alquimista.nigredo.disparo.control;

import ai.alquimista.nigredo.canais.CanalDeEnvio;
import ai.alquimista.nigredo.canais.MensagemDeSaida;
import ai.alquimista.nigredo.canais.ModeloWhatsapp;
import ai.alquimista.nigredo.canais.ResultadoDoEnvio;
import ai.alquimista.nigredo.canais.boundary.Circuitos;
import ai.alquimista.nigredo.canais.boundary.Transmissor;
import ai.alquimista.nigredo.disparo.Contagem;
import ai.alquimista.nigredo.disparo.DecisaoDeEnvio;
import ai.alquimista.nigredo.disparo.JanelaDeEnvio;
import ai.alquimista.nigredo.disparo.Jitter;
import ai.alquimista.nigredo.disparo.RegrasDeEnvio;
import ai.alquimista.nigredo.disparo.TipoDeEnvio;
import ai.alquimista.nigredo.estrategia.CamposDoLead;
import ai.alquimista.nigredo.estrategia.Etapa;
import ai.alquimista.nigredo.estrategia.ModeloDeMensagem;
import ai.alquimista.nigredo.estrategia.Renderizacao;
import ai.alquimista.nigredo.estrategia.Roteiro;
import ai.alquimista.nigredo.titulares.Pseudonimos;
import ai.alquimista.nigredo.titulares.boundary.Supressoes;
import ai.alquimista.shared.json.JsonText;
import ai.alquimista.shared.templates.TemplateRefused;
import java.net.URI;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Consumer;
import java.util.random.RandomGenerator;

/**
 * One dispatch pass for one tenant, in three steps: {@link #preparar} takes the tenant's pace row (SKIP LOCKED, so one
 * instance at a time), looks at its due sends oldest first and marks at most one {@code enviando} — the 2 s between a
 * tenant's messages makes one per pass the pace; sends that may not go yet are moved to when they may (window,
 * limits, pair interval), sends that never may are closed (blocklist, lead answered or left), and every limit that
 * held a message back is counted. That is committed; {@link #transmitir} calls the provider outside any transaction;
 * {@link #registrar} records its answer in a transaction of its own. Plain JDBC on a given connection, so the
 * benchmark drives exactly this code with a simulated clock.
 *
 * <p>A send whose provider account's circuit is open ({@link Circuitos}) is left as it is: not marked, not counted as an
 * attempt, still due. The pass goes on with the tenant's sends on its other channel, and the tenant's pace comes due
 * again when the circuit lets a trial through.
 */
public class Despacho {

    private static final int CANDIDATOS_POR_PASSO = 50;
    private static final int VARRIDOS_POR_VEZ = 200;
    /** On top of the 2 s minimum, so a tenant's messages do not go out at a machine's steady beat. */
    private static final Duration PAUSA_EXTRA = Duration.ofSeconds(20);

    private static final Set<String> JA_RESPONDEU =
            Set.of("respondeu", "interessado", "agendado", "convertido", "descartado", "descadastrado");
    /** A later stage waits while the one before it may still go (or may have gone: incerto, enviando). */
    private static final Set<String> ESPERANDO_A_ETAPA_ANTERIOR = Set.of("agendado", "enviando", "incerto");

    private static final Set<String> LIMITES_DO_TENANT = Set.of(
            DecisaoDeEnvio.Adiar.LIMITE_HORA, DecisaoDeEnvio.Adiar.LIMITE_DIA, DecisaoDeEnvio.Adiar.INTERVALO_TENANT);

    private final Clock clock;
    private final Transmissores transmissores;
    private final RandomGenerator random;
    private final Consumer<EnvioRealizado> aoEnviar;
    private final String urlPublica;
    private final Pseudonimos titulares;
    private final Circuitos circuitos;
    private final JanelaDeEnvio janela = JanelaDeEnvio.comercial();

    public Despacho(
            Clock clock,
            Transmissores transmissores,
            Circuitos circuitos,
            RandomGenerator random,
            Consumer<EnvioRealizado> aoEnviar,
            String urlPublica,
            Pseudonimos titulares) {
        this.clock = clock;
        this.circuitos = circuitos;
        this.titulares = titulares;
        this.transmissores = transmissores;
        this.random = random;
        this.aoEnviar = aoEnviar;
        this.urlPublica = urlPublica.endsWith("/") ? urlPublica.substring(0, urlPublica.length() - 1) : urlPublica;
    }

    /**
     * The three steps on a connection the caller owns, auto-commit off, each committed on its own: {@link #preparar},
     * {@link #transmitir} outside any transaction, {@link #registrar}. What the benchmark and the tests drive.
     *
     * @return whether a message went out in this pass
     */
    public boolean despachar(Connection db, UUID tenantId) throws SQLException {
        Optional<Tentativa> tentativa = emTransacao(db, () -> preparar(db, tenantId));
        if (tentativa.isEmpty()) {
            return false;
        }
        ResultadoDoEnvio resultado;
        try {
            resultado = transmitir(tentativa.get(), db);
        } catch (RuntimeException e) {
            emTransacao(db, () -> desfazer(db, tentativa.get(), e));
            throw e;
        }
        return emTransacao(db, () -> registrar(db, tentativa.get(), resultado));
    }

    private interface Passo<T> {
        T executar() throws SQLException;
    }

    private static <T> T emTransacao(Connection db, Passo<T> passo) throws SQLException {
        try {
            T resultado = passo.executar();
            db.commit();
            return resultado;
        } catch (SQLException | RuntimeException e) {
            db.rollback();
            throw e;
        }
    }

    /**
     * Step 1, in its own transaction: takes the tenant's pace row (SKIP LOCKED, so one instance at a time), closes and
     * moves the due sends that may not go, and marks at most one {@code enviando}, the tenant's pace moved on as for a
     * message sent. Committed before the provider is called, so a crash leaves a mark to sweep, never a blind re-send.
     *
     * @return the send to hand to its provider, if one may go now
     */
    public Optional<Tentativa> preparar(Connection db, UUID tenantId) throws SQLException {
        Instant agora = clock.instant();
        if (!Ritmo.tomar(db, tenantId, agora)) {
            return Optional.empty();
        }
        Remetente tenant = Remetente.ler(db, tenantId);
        if (!tenant.disparoAtivo()) {
            Ritmo.proximo(db, tenantId, agora.plus(Duration.ofMinutes(5)));
            return Optional.empty();
        }
        // channels whose provider account's circuit is open: their sends stay due, untouched, in this pass
        Set<CanalDeEnvio> emEspera = EnumSet.noneOf(CanalDeEnvio.class);
        Optional<Instant> circuitoPermite = Optional.empty();
        for (int i = 0; i < CANDIDATOS_POR_PASSO; i++) {
            Optional<EnvioDevido> devido = proximoDevido(db, tenantId, agora, emEspera);
            if (devido.isEmpty()) {
                break;
            }
            Resultado resultado = tratar(db, tenant, devido.get(), agora);
            if (resultado.circuitoAberto().isPresent()) {
                emEspera.add(devido.get().canal());
                Instant permite = agora.plus(resultado.circuitoAberto().get());
                circuitoPermite =
                        circuitoPermite.filter(at -> at.isBefore(permite)).or(() -> Optional.of(permite));
                continue;
            }
            if (resultado.tentativa().isPresent()) {
                Ritmo.proximo(
                        db,
                        tenantId,
                        agora.plus(tenant.limites().entreMensagensDoTenant())
                                .plusMillis(random.nextLong(PAUSA_EXTRA.toMillis())));
                return resultado.tentativa();
            }
            if (resultado == Resultado.TENANT_EM_ESPERA) {
                return Optional.empty();
            }
        }
        Optional<Instant> proximo = Ritmo.proximoDevido(db, tenantId, emEspera).filter(at -> at.isAfter(agora));
        Optional<Instant> primeiro = circuitoPermite
                .filter(at -> proximo.isEmpty() || at.isBefore(proximo.get()))
                .or(() -> proximo);
        Ritmo.proximo(db, tenantId, primeiro.orElse(agora.plus(Duration.ofMinutes(1))));
        return Optional.empty();
    }

    /**
     * Step 2, outside any transaction: the provider's answer. {@code db} serves only the sandbox channel, which records
     * the message where the caller says.
     */
    public ResultadoDoEnvio transmitir(Tentativa tentativa, Connection db) {
        Transmissor transmissor = transmissores.para(tentativa.mensagem().canal(), tentativa.settings(), db);
        return circuitos.transmitir(transmissor, tentativa.mensagem());
    }

    /**
     * Step 3, in its own transaction: the provider's answer becomes the send's state, if the send is still this
     * attempt's (a status webhook or the sweep may have settled it meanwhile). Sent: {@code enviado}, the lead {@code
     * contatado}, an interação and, for a campaign's send, {@code nigredo.disparo.sent}. Not sent: due again, closed or
     * blocked as before; the tenant's pace comes due with its next due send, as nothing went out. Unknown: {@code
     * incerto}.
     *
     * @return whether the message went out
     */
    public boolean registrar(Connection db, Tentativa tentativa, ResultadoDoEnvio resultado) throws SQLException {
        Instant agora = clock.instant();
        if (resultado instanceof ResultadoDoEnvio.Enviado enviado) {
            Optional<Tentativas.Confirmado> confirmado = Tentativas.confirmar(
                    db,
                    tentativa.tenantId(),
                    tentativa.envioId(),
                    Optional.of(tentativa.id()),
                    enviado.providerMessageId(),
                    enviado.waId());
            confirmado
                    .filter(envio -> !envio.tipo().daConversa())
                    .map(Tentativas.Confirmado::realizado)
                    .ifPresent(aoEnviar);
            return confirmado.isPresent();
        }
        if (resultado instanceof ResultadoDoEnvio.Incerto incerto) {
            Tentativas.incerto(db, tentativa.envioId(), Optional.of(tentativa.id()), incerto.motivo(), agora);
            return false;
        }
        boolean desta;
        if (resultado instanceof ResultadoDoEnvio.TentarDepois depois) {
            desta = Tentativas.reagendar(db, tentativa, agora.plus(depois.espera()), depois.motivo(), true);
        } else if (resultado instanceof ResultadoDoEnvio.Bloquear bloquear) {
            desta = Tentativas.encerrar(db, tentativa, "bloqueado", bloquear.motivo());
            if (desta) {
                Envios.bloquearDestinatario(db, tentativa.tenantId(), tentativa.envioId(), bloquear.motivo());
            }
        } else {
            desta = Tentativas.encerrar(db, tentativa, "falhou", ((ResultadoDoEnvio.Falhou) resultado).motivo());
        }
        if (desta) {
            // nothing went out: the tenant may send again as soon as a send of its is due
            Ritmo.proximo(
                    db,
                    tentativa.tenantId(),
                    Ritmo.proximoDevido(db, tentativa.tenantId())
                            .filter(at -> at.isAfter(agora))
                            .orElse(agora));
        }
        return false;
    }

    /**
     * The adapter threw (a bug or a broken configuration, before anything went out): the send is due again as it was,
     * as is the tenant, and the failure goes on to the caller.
     */
    public Void desfazer(Connection db, Tentativa tentativa, RuntimeException falha) throws SQLException {
        if (Tentativas.reagendar(db, tentativa, tentativa.em(), "falha ao chamar o provedor: " + falha, false)) {
            Ritmo.acordar(db, tentativa.tenantId(), tentativa.em());
        }
        return null;
    }

    /** What a sweep found: sends stuck {@code enviando} made uncertain, uncertain WhatsApp sends handed to people. */
    public record Varredura(int incertos, int paraPessoas) {}

    /**
     * The sweep, in the caller's transaction: sends {@code enviando} for longer than {@code enviando} (the process
     * died between the mark and the record) become {@code incerto} (an e-mail is scheduled once more with the same
     * Message-ID); WhatsApp sends {@code incerto} for longer than {@code incerto}, which no status webhook settled, go to
     * a person. Nothing is ever sent from here.
     */
    public Varredura varrer(Connection db, Duration enviando, Duration incerto) throws SQLException {
        Instant agora = clock.instant();
        int incertos = Tentativas.varrerEnviando(db, agora.minus(enviando), agora, VARRIDOS_POR_VEZ);
        int paraPessoas = Tentativas.entregarAPessoas(db, agora.minus(incerto), agora);
        return new Varredura(incertos, paraPessoas);
    }

    private record Resultado(String nome, Optional<Tentativa> tentativa, Optional<Duration> circuitoAberto) {
        static final Resultado ADIADO = new Resultado("adiado", Optional.empty(), Optional.empty());
        static final Resultado ENCERRADO = new Resultado("encerrado", Optional.empty(), Optional.empty());
        static final Resultado TENANT_EM_ESPERA = new Resultado("tenant em espera", Optional.empty(), Optional.empty());

        static Resultado marcado(Tentativa tentativa) {
            return new Resultado("marcado", Optional.of(tentativa), Optional.empty());
        }

        /** Left due: the provider account's circuit is open for {@code espera} more. */
        static Resultado circuitoAberto(Duration espera) {
            return new Resultado("circuito aberto", Optional.empty(), Optional.of(espera));
        }
    }

    private Resultado tratar(Connection db, Remetente tenant, EnvioDevido envio, Instant agora) throws SQLException {
        Optional<Encerramento> encerrar = motivoParaEncerrar(db, tenant.id(), envio, titulares);
        if (encerrar.isPresent()) {
            Envios.encerrar(
                    db, envio.id(), encerrar.get().status(), encerrar.get().motivo());
            return Resultado.ENCERRADO;
        }
        if (!envio.daConversa() && envio.etapa() != Etapa.topo) {
            Optional<String> anterior = Envios.statusDaEtapaAnterior(db, envio);
            if (anterior.filter(ESPERANDO_A_ETAPA_ANTERIOR::contains).isPresent()) {
                Envios.adiar(db, envio.id(), agora.plus(Duration.ofHours(1)), "aguardando a etapa anterior", false);
                return Resultado.ADIADO;
            }
            if (anterior.filter(status -> !status.equals("enviado")).isPresent()) {
                Envios.encerrar(
                        db,
                        envio.id(),
                        "cancelado",
                        "cancelado: a etapa anterior não foi enviada (" + anterior.get() + ")");
                return Resultado.ENCERRADO;
            }
        }
        ZoneId fusoDoLead = JanelaDeEnvio.fusoDoTelefone(envio.telefone());
        Contagem contagem = Envios.contagem(db, tenant, envio, agora);
        DecisaoDeEnvio decisao = envio.daConversa()
                ? RegrasDeEnvio.decidirConversa(
                        agora, fusoDoLead, tenant.limites(), contagem, janela, envio.tipo() == TipoDeEnvio.resposta)
                : RegrasDeEnvio.decidir(
                        agora, fusoDoLead, tenant.fuso(), envio.whatsapp(), tenant.limites(), contagem, janela);
        if (decisao instanceof DecisaoDeEnvio.Adiar adiar) {
            return adiar(db, tenant, envio, adiar, fusoDoLead, agora);
        }
        return marcar(db, tenant, envio, agora);
    }

    private Resultado adiar(
            Connection db,
            Remetente tenant,
            EnvioDevido envio,
            DecisaoDeEnvio.Adiar adiar,
            ZoneId fusoDoLead,
            Instant agora)
            throws SQLException {
        boolean janelaFechada = adiar.motivo().equals(DecisaoDeEnvio.Adiar.FORA_DO_HORARIO)
                || adiar.motivo().equals(DecisaoDeEnvio.Adiar.FERIADO);
        if (janelaFechada) {
            Envios.adiar(
                    db, envio.id(), Jitter.agendar(adiar.ate(), fusoDoLead, janela, random), adiar.motivo(), false);
            return Resultado.ADIADO;
        }
        LimitesAtingidos.contar(db, tenant.id(), adiar.motivo(), agora);
        if (LIMITES_DO_TENANT.contains(adiar.motivo())) {
            Ritmo.proximo(db, tenant.id(), adiar.ate());
            return Resultado.TENANT_EM_ESPERA;
        }
        Envios.adiar(db, envio.id(), adiar.ate(), adiar.motivo(), false);
        return Resultado.ADIADO;
    }

    private Resultado marcar(Connection db, Remetente tenant, EnvioDevido envio, Instant agora) throws SQLException {
        MensagemDeSaida mensagem;
        try {
            mensagem = envio.daConversa()
                    ? mensagemDaConversa(db, tenant, envio, agora)
                    : mensagem(db, tenant, envio, agora);
        } catch (TemplateRefused e) {
            Envios.encerrar(db, envio.id(), "falhou", "modelo de mensagem recusado: " + e.getMessage());
            return Resultado.ENCERRADO;
        } catch (ForaDaJanelaDoWhatsapp e) {
            Envios.encerrar(db, envio.id(), "falhou", e.getMessage());
            return Resultado.ENCERRADO;
        }
        Optional<String> conta =
                transmissores.para(envio.canal(), tenant.settings(), db).conta();
        if (conta.isPresent() && !circuitos.permitir(conta.get())) {
            return Resultado.circuitoAberto(circuitos.espera(conta.get()));
        }
        Tentativa tentativa = new Tentativa(UUID.randomUUID(), tenant.id(), tenant.settings(), mensagem, agora);
        try {
            Tentativas.marcar(db, tentativa);
        } catch (SQLException | RuntimeException e) {
            conta.ifPresent(circuitos::liberar);
            throw e;
        }
        return Resultado.marcado(tentativa);
    }

    /**
     * A later stage stops once the lead answered; nobody on the blocklist (address, phone or domain) or the
     * suppression list is contacted.
     */
    private record Encerramento(String status, String motivo) {}

    private static Optional<Encerramento> motivoParaEncerrar(
            Connection db, UUID tenantId, EnvioDevido envio, Pseudonimos titulares) throws SQLException {
        // An erased person (LGPD) gets nothing, not even a confirmation: whatever the send, whoever scheduled it.
        if (Supressoes.suprimido(
                db,
                titulares,
                tenantId,
                envio.whatsapp() ? envio.destinatario() : envio.telefone(),
                envio.whatsapp() ? null : envio.destinatario())) {
            return Optional.of(new Encerramento("bloqueado", "bloqueado: pessoa suprimida (eliminação, LGPD)"));
        }
        if (envio.tipo() == TipoDeEnvio.confirmacao) {
            return Optional.empty();
        }
        if ("descadastrado".equals(envio.leadStatus())) {
            return Optional.of(new Encerramento("bloqueado", "bloqueado: o lead se descadastrou"));
        }
        if (Envios.bloqueado(db, tenantId, envio)) {
            return Optional.of(new Encerramento("bloqueado", "bloqueado: destinatário na lista de bloqueio"));
        }
        if (!envio.daConversa() && envio.etapa() != Etapa.topo && JA_RESPONDEU.contains(envio.leadStatus())) {
            return Optional.of(
                    new Encerramento("cancelado", "cancelado: o lead já respondeu (" + envio.leadStatus() + ")"));
        }
        return Optional.empty();
    }

    private MensagemDeSaida mensagem(Connection db, Remetente tenant, EnvioDevido envio, Instant agora)
            throws SQLException {
        ModeloDeMensagem modelo =
                Roteiro.fromJson(JsonText.object(envio.mensagens())).modelo(envio.etapa(), envio.variante());
        CamposDoLead campos = new CamposDoLead(envio.contato(), envio.empresa(), envio.setor(), tenant.nome());
        String corpo = Renderizacao.render(modelo.corpo(), campos);
        Optional<ModeloWhatsapp> template = Optional.empty();
        Optional<URI> descadastro = Optional.empty();
        if (envio.whatsapp()) {
            Optional<Instant> ultimaResposta = Envios.ultimaResposta(db, envio.leadId());
            if (RegrasDeEnvio.exigeModeloWhatsapp(envio.etapa().primeiroContato(), ultimaResposta, agora)) {
                template =
                        Optional.of(new ModeloWhatsapp(modelo.modeloWhatsapp(), "pt_BR", campos.parametrosWhatsapp()));
            } else {
                corpo = corpo + "\n\nResponda SAIR para não receber mais mensagens.";
            }
        } else {
            URI link = URI.create(urlPublica + "/descadastro/" + envio.id());
            descadastro = Optional.of(link);
            corpo = corpo + "\n\n--\nNão quer mais receber nossas mensagens? Descadastre-se: " + link;
        }
        return new MensagemDeSaida(
                envio.id(),
                tenant.id(),
                envio.canal(),
                envio.destinatario(),
                Renderizacao.render(modelo.assunto(), campos),
                corpo,
                template,
                envio.idempotencyKey(),
                descadastro);
    }

    /**
     * A conversation's send carries its text. On WhatsApp free text may go only inside the 24-hour window after the
     * lead's last message; outside it the tenant's approved re-engagement template goes instead, or nothing.
     */
    private MensagemDeSaida mensagemDaConversa(Connection db, Remetente tenant, EnvioDevido envio, Instant agora)
            throws SQLException {
        Optional<ModeloWhatsapp> template = Optional.empty();
        Optional<URI> descadastro = Optional.empty();
        String corpo = envio.corpo();
        if (!envio.whatsapp() && envio.tipo() != TipoDeEnvio.confirmacao) {
            URI link = URI.create(urlPublica + "/descadastro/" + envio.id());
            descadastro = Optional.of(link);
            corpo = corpo + "\n\n--\nNão quer mais receber nossas mensagens? Descadastre-se: " + link;
        }
        if (envio.whatsapp()
                && RegrasDeEnvio.exigeModeloWhatsapp(false, Envios.ultimaResposta(db, envio.leadId()), agora)) {
            String retomada = tenant.settings().getString(MODELO_DE_RETOMADA, "");
            if (retomada.isBlank()) {
                throw new ForaDaJanelaDoWhatsapp();
            }
            CamposDoLead campos = new CamposDoLead(envio.contato(), envio.empresa(), envio.setor(), tenant.nome());
            template = Optional.of(new ModeloWhatsapp(retomada, "pt_BR", campos.parametrosWhatsapp()));
        }
        return new MensagemDeSaida(
                envio.id(),
                tenant.id(),
                envio.canal(),
                envio.destinatario(),
                envio.assunto(),
                corpo,
                template,
                envio.idempotencyKey(),
                descadastro,
                envio.whatsapp() ? List.of() : AnexosDoEnvio.de(envio.anexos()));
    }

    /** The Disparo setting naming the approved template that reopens a WhatsApp conversation after 24 hours. */
    public static final String MODELO_DE_RETOMADA = "modelo_whatsapp_retomada";

    private static final class ForaDaJanelaDoWhatsapp extends RuntimeException {
        ForaDaJanelaDoWhatsapp() {
            super("fora da janela de 24 horas do WhatsApp e sem modelo aprovado para retomar a conversa ("
                    + MODELO_DE_RETOMADA + ")");
        }
    }

    private static Optional<EnvioDevido> proximoDevido(
            Connection db, UUID tenantId, Instant agora, Set<CanalDeEnvio> foraDosCanais) throws SQLException {
        try (PreparedStatement select = db.prepareStatement(EnvioDevido.SELECT)) {
            select.setObject(1, tenantId);
            select.setTimestamp(2, Timestamp.from(agora));
            select.setArray(3, Ritmo.canais(db, foraDosCanais));
            try (ResultSet row = select.executeQuery()) {
                return row.next() ? Optional.of(EnvioDevido.from(row)) : Optional.empty();
            }
        }
    }
}
