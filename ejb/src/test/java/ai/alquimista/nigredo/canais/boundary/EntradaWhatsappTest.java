package ai.alquimista.nigredo.canais.boundary;

import static ai.alquimista.nigredo.estrategia.Cenario.LeadDoImport.empresa;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import ai.alquimista.nigredo.atendimento.events.LeadRespondeu;
import ai.alquimista.nigredo.canais.events.WebhookWhatsappRecebido;
import ai.alquimista.nigredo.canais.whatsapp.NotificacaoWhatsapp;
import ai.alquimista.nigredo.conversas.boundary.OrfaView;
import ai.alquimista.nigredo.conversas.boundary.Orfas;
import ai.alquimista.nigredo.conversas.boundary.Respostas;
import ai.alquimista.nigredo.conversas.boundary.WebhooksRecebidos;
import ai.alquimista.nigredo.disparo.boundary.EnviosIncertos;
import ai.alquimista.nigredo.disparo.events.MensagemEnviada;
import ai.alquimista.nigredo.estrategia.Beans;
import ai.alquimista.nigredo.estrategia.Cenario;
import ai.alquimista.platform.audit.boundary.AuditTrail;
import ai.alquimista.shared.errors.Conflict;
import ai.alquimista.shared.errors.NotFound;
import ai.alquimista.testing.CampanhaBuilder;
import ai.alquimista.testing.EnvioBuilder;
import ai.alquimista.testing.JpaDatabase;
import ai.alquimista.testing.PublishedEvents;
import ai.alquimista.testing.SimulatedClock;
import jakarta.json.JsonObject;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Meta posts a signed webhook for a tenant's WhatsApp number: it is kept and Disparo is told, then reads it. A lead's
 * reply is recorded once however often Meta posts it, found by the lead's number with or without the ninth digit; a
 * stranger's message waits as an orphan; statuses move the send forward and the campaign's metrics with it; another
 * tenant's leads are never touched.
 */
class EntradaWhatsappTest {

    @RegisterExtension
    static final JpaDatabase db = new JpaDatabase();

    private static final Instant AGORA = Instant.parse("2026-12-02T13:00:00Z");

    private final SimulatedClock relogio = new SimulatedClock(AGORA);
    private final PublishedEvents eventos = new PublishedEvents();
    private final AuditTrail audit = Beans.wire(new AuditTrail(), db.entityManager());
    private final Respostas respostas = Beans.wire(new Respostas(), db.dataSource(), eventos, audit);
    private final Orfas orfas = Beans.wire(new Orfas(), db.dataSource(), respostas, audit, relogio);
    private final WebhooksRecebidos webhooks = Beans.wire(new WebhooksRecebidos(), db.dataSource());
    private final NumerosWhatsapp numeros = Beans.wire(new NumerosWhatsapp(), db.dataSource());
    private final EntradaWhatsapp entrada = Beans.wire(
            new EntradaWhatsapp(),
            db.dataSource(),
            webhooks,
            eventos,
            respostas,
            orfas,
            relogio,
            Beans.wire(new EnviosIncertos(), eventos));

    /** The tenants of all tests share the database: each test's numbers are its own. */
    private final String numero = numeroUnico();

    private final Cenario alquimia = comNumero(Cenario.daEmpresa(db, "Alquimia Vendas Ltda"), numero);
    private final UUID maria =
            alquimia.lead(empresa("Padaria Pão Quente").contato("Maria").telefone("+5511987654321"));

    private int processados;

    @Test
    void aReplyWithoutTheNinthDigitIsMariasReplyRecordedOnceHoweverOftenMetaPostsIt() {
        UUID campanha = campanha(alquimia, maria);
        UUID envio = enviado(alquimia, campanha, maria, "wamid.ENVIO-MARIA");
        String corpo = WebhooksDaMeta.texto(
                numero, "551187654321", "wamid.RESPOSTA-1", "Tenho interesse, vamos agendar", "wamid.ENVIO-MARIA");

        List<JsonObject> primeira = chega(corpo);
        List<JsonObject> repostada = chega(corpo);
        JsonObject reprocessada = db.inTransaction(() -> entrada.processar(
                ((WebhookWhatsappRecebido) eventos.all().get(0).event()).webhookId(), alquimia.tenant(), numero));

        assertThat(primeira)
                .singleElement()
                .satisfies(r -> assertThat(r.getInt("respostas")).isEqualTo(1));
        assertThat(repostada).singleElement().satisfies(r -> {
            assertThat(r.getInt("respostas")).isZero();
            assertThat(r.getInt("mensagens_repetidas")).isEqualTo(1);
        });
        assertThat(reprocessada.getInt("respostas")).isZero();
        assertThat(db.count(
                        "SELECT count(*) FROM nigredo_leads.interacoes WHERE lead_id = ? AND tipo = 'recebido'"
                                + " AND canal = 'whatsapp' AND provider_message_id = 'wamid.RESPOSTA-1'"
                                + " AND mensagem = 'Tenho interesse, vamos agendar' AND envio_id = ?",
                        maria,
                        envio))
                .isEqualTo(1);
        assertThat(db.text("SELECT status FROM nigredo_leads.leads WHERE id = ?", maria))
                .isEqualTo("respondeu");
        assertThat(eventos.all().stream().filter(p -> p.event() instanceof LeadRespondeu))
                .singleElement()
                .satisfies(p -> assertThat(((LeadRespondeu) p.event()).leadId()).isEqualTo(maria));
        assertThat(db.text(
                        "SELECT resultado->'" + numero + "'->>'respostas' FROM nigredo_leads.webhooks_recebidos"
                                + " WHERE id = ?",
                        ((WebhookWhatsappRecebido) eventos.all().get(0).event()).webhookId()))
                .isEqualTo("0");
    }

    @Test
    void aLeadWrittenWithoutTheNinthDigitIsFoundByAWaIdWithIt() {
        UUID joao = alquimia.lead(empresa("Mercado Bom").contato("João").telefone("+55 (21) 8765-4321"));

        chega(WebhooksDaMeta.texto(numero, "5521987654321", "wamid.JOAO", "Quanto custa?", null));

        assertThat(db.text(
                        "SELECT mensagem FROM nigredo_leads.interacoes WHERE lead_id = ? AND tipo = 'recebido'", joao))
                .isEqualTo("Quanto custa?");
        assertThat(db.count(
                        "SELECT count(*) FROM nigredo_leads.mensagens_orfas WHERE tenant_id = ?", alquimia.tenant()))
                .isZero();
    }

    @Test
    void aStrangersVoiceNoteWaitsAsAnOrphanUntilAManagerSaysItWasMarias() {
        chega(WebhooksDaMeta.audio(numero, "5531999990000", "wamid.ESTRANHO"));
        chega(WebhooksDaMeta.audio(numero, "5531999990000", "wamid.ESTRANHO"));

        OrfaView orfa = db.inTransaction(() -> orfas.pagina(alquimia.gestor("gestor@alquimia.com.br"), 0, 50))
                .items()
                .get(0);
        assertThat(orfa.remetente()).isEqualTo("+5531999990000");
        assertThat(orfa.texto()).isEqualTo("[áudio]");
        assertThat(orfa.status()).isEqualTo("pendente");
        assertThat(db.count(
                        "SELECT count(*) FROM nigredo_leads.mensagens_orfas WHERE tenant_id = ?", alquimia.tenant()))
                .isEqualTo(1);

        OrfaView atribuida =
                db.inTransaction(() -> orfas.atribuir(alquimia.gestor("gestor@alquimia.com.br"), orfa.id(), maria));

        assertThat(atribuida.status()).isEqualTo("atribuida");
        assertThat(atribuida.leadId()).isEqualTo(maria);
        assertThat(atribuida.interacaoId()).isNotNull();
        assertThat(atribuida.resolvidaEm()).isEqualTo(AGORA);
        assertThat(db.text(
                        "SELECT provider_message_id FROM nigredo_leads.interacoes WHERE lead_id = ? AND tipo = 'recebido'",
                        maria))
                .isEqualTo("wamid.ESTRANHO");
        assertThat(db.count(
                        "SELECT count(*) FROM alquimista_platform.audit_logs WHERE tenant_id = ?"
                                + " AND action = 'orfa.atribuir' AND target_id = ?",
                        alquimia.tenant(),
                        orfa.id().toString()))
                .isEqualTo(1);
        assertThatThrownBy(() ->
                        db.inTransaction(() -> orfas.descartar(alquimia.gestor("gestor@alquimia.com.br"), orfa.id())))
                .isInstanceOf(Conflict.class);
    }

    @Test
    void anotherTenantCannotSeeAssignOrDiscardAnOrphanNorAssignOneToItsLead() {
        chega(WebhooksDaMeta.texto(numero, "5531999990000", "wamid.ORFA", "Oi", null));
        UUID orfa = db.inTransaction(() -> orfas.pagina(alquimia.gestor("g@alquimia.com.br"), 0, 10))
                .items()
                .get(0)
                .id();
        Cenario outra = Cenario.daEmpresa(db, "Outra Empresa SA");
        UUID leadDaOutra = outra.lead(empresa("Loja X").telefone("+5531999990000"));

        assertThat(db.inTransaction(() -> orfas.pagina(outra.gestor("g@outra.com.br"), 0, 10))
                        .items())
                .isEmpty();
        assertThatThrownBy(
                        () -> db.inTransaction(() -> orfas.atribuir(outra.gestor("g@outra.com.br"), orfa, leadDaOutra)))
                .isInstanceOf(NotFound.class);
        assertThatThrownBy(() -> db.inTransaction(() -> orfas.descartar(outra.gestor("g@outra.com.br"), orfa)))
                .isInstanceOf(NotFound.class);
        assertThatThrownBy(() ->
                        db.inTransaction(() -> orfas.atribuir(alquimia.gestor("g@alquimia.com.br"), orfa, leadDaOutra)))
                .isInstanceOf(NotFound.class);

        OrfaView descartada = db.inTransaction(() -> orfas.descartar(alquimia.gestor("g@alquimia.com.br"), orfa));

        assertThat(descartada.status()).isEqualTo("descartada");
        assertThat(db.count("SELECT count(*) FROM nigredo_leads.interacoes WHERE lead_id = ?", leadDaOutra))
                .isZero();
    }

    @Test
    void deliveredThenReadMoveTheSendForwardAndALateDeliveredChangesNothing() {
        UUID campanha = campanha(alquimia, maria);
        UUID envio = enviado(alquimia, campanha, maria, "wamid.ENVIO-1");

        chega(WebhooksDaMeta.status(numero, "wamid.ENVIO-1", "sent", 1796216000));
        chega(WebhooksDaMeta.status(numero, "wamid.ENVIO-1", "delivered", 1796216100));
        chega(WebhooksDaMeta.status(numero, "wamid.ENVIO-1", "read", 1796216200));
        List<JsonObject> atrasado = chega(WebhooksDaMeta.status(numero, "wamid.ENVIO-1", "delivered", 1796216100));

        assertThat(atrasado)
                .singleElement()
                .satisfies(r -> assertThat(r.getInt("statuses_sem_efeito")).isEqualTo(1));
        assertThat(db.text("SELECT entrega FROM nigredo_leads.envios WHERE id = ?", envio))
                .isEqualTo("read");
        assertThat(db.text("SELECT status FROM nigredo_leads.envios WHERE id = ?", envio))
                .isEqualTo("enviado");
        assertThat(db.value("SELECT entregue_em FROM nigredo_leads.envios WHERE id = ?", envio))
                .isEqualTo(java.sql.Timestamp.from(Instant.ofEpochSecond(1796216100)));
        assertThat(db.value("SELECT lido_em FROM nigredo_leads.envios WHERE id = ?", envio))
                .isEqualTo(java.sql.Timestamp.from(Instant.ofEpochSecond(1796216200)));
        assertThat(db.text("SELECT metricas->>'entregues' FROM nigredo_leads.campanhas WHERE id = ?", campanha))
                .isEqualTo("1");
        assertThat(db.text("SELECT metricas->>'lidos' FROM nigredo_leads.campanhas WHERE id = ?", campanha))
                .isEqualTo("1");
    }

    @Test
    void aFailedStatusAfterSentMarksTheSendFalhouWithMetasCode() {
        UUID campanha = campanha(alquimia, maria);
        UUID envio = enviado(alquimia, campanha, maria, "wamid.ENVIO-2");

        chega(WebhooksDaMeta.status(numero, "wamid.ENVIO-2", "sent", 1796216000));
        chega(WebhooksDaMeta.falhou(numero, "wamid.ENVIO-2", 131026, "Message undeliverable"));

        assertThat(db.text("SELECT status FROM nigredo_leads.envios WHERE id = ?", envio))
                .isEqualTo("falhou");
        assertThat(db.text("SELECT entrega FROM nigredo_leads.envios WHERE id = ?", envio))
                .isEqualTo("failed");
        assertThat(db.count("SELECT erro_codigo FROM nigredo_leads.envios WHERE id = ?", envio))
                .isEqualTo(131026);
        assertThat(db.text("SELECT motivo FROM nigredo_leads.envios WHERE id = ?", envio))
                .contains("131026")
                .contains("Message undeliverable");
        assertThat(db.text("SELECT metricas->>'entregues' FROM nigredo_leads.campanhas WHERE id = ?", campanha))
                .isEqualTo("0");
    }

    @Test
    void aSendWhoseAnswerNeverCameIsSettledOnceByTheStatusThatNamesItsEnvio() {
        UUID campanha = campanha(alquimia, maria);
        UUID envio = incerto(alquimia, campanha, maria);
        int antes = eventos.all().size();

        List<JsonObject> resultado =
                chega(WebhooksDaMeta.statusComCallback(numero, "wamid.INCERTO-1", "sent", envio.toString()));
        chega(WebhooksDaMeta.statusComCallback(numero, "wamid.INCERTO-1", "delivered", envio.toString()));

        assertThat(resultado)
                .singleElement()
                .satisfies(
                        r -> assertThat(r.getInt("envios_incertos_resolvidos")).isEqualTo(1));
        assertThat(db.text("SELECT status FROM nigredo_leads.envios WHERE id = ?", envio))
                .isEqualTo("enviado");
        assertThat(db.text("SELECT provider_message_id FROM nigredo_leads.envios WHERE id = ?", envio))
                .isEqualTo("wamid.INCERTO-1");
        assertThat(db.text("SELECT entrega FROM nigredo_leads.envios WHERE id = ?", envio))
                .isEqualTo("delivered");
        assertThat(db.count(
                        "SELECT count(*) FROM nigredo_leads.interacoes WHERE lead_id = ? AND tipo = 'enviado'"
                                + " AND mensagem = 'Olá, Maria!'",
                        maria))
                .as("the interação is the text as it went, recorded once")
                .isEqualTo(1);
        assertThat(eventos.all().subList(antes, eventos.all().size()))
                .filteredOn(p -> p.event() instanceof MensagemEnviada)
                .singleElement()
                .satisfies(
                        p -> assertThat(((MensagemEnviada) p.event()).envioId()).isEqualTo(envio));
    }

    @Test
    void anUncertainSendMetaCouldNotDeliverFails() {
        UUID envio = incerto(alquimia, campanha(alquimia, maria), maria);

        chega(WebhooksDaMeta.statusComCallback(numero, "wamid.INCERTO-2", "failed", envio.toString()));

        assertThat(db.text("SELECT status FROM nigredo_leads.envios WHERE id = ?", envio))
                .isEqualTo("falhou");
        assertThat(db.count(
                        "SELECT count(*) FROM nigredo_leads.interacoes WHERE lead_id = ? AND tipo = 'enviado'", maria))
                .isZero();
    }

    @Test
    void aStatusNamingAnotherTenantsEnvioChangesNothing() {
        Cenario outra = comNumero(Cenario.daEmpresa(db, "Outra Empresa SA"), numeroUnico());
        UUID lead = outra.lead(empresa("Padaria Pão Quente").contato("Maria").telefone("+5511987654321"));
        UUID envioDaOutra = incerto(outra, campanha(outra, lead), lead);

        chega(WebhooksDaMeta.statusComCallback(numero, "wamid.INTRUSO", "sent", envioDaOutra.toString()));

        assertThat(db.text("SELECT status FROM nigredo_leads.envios WHERE id = ?", envioDaOutra))
                .isEqualTo("incerto");
    }

    @Test
    void aStatusForAMessageTheTenantNeverSentIsCountedAndIgnored() {
        List<JsonObject> resultado =
                chega(WebhooksDaMeta.status(numero, "wamid.NUNCA-ENVIADO", "delivered", 1796216100));

        assertThat(resultado).singleElement().satisfies(r -> {
            assertThat(r.getInt("statuses_desconhecidos")).isEqualTo(1);
            assertThat(r.getInt("statuses")).isZero();
        });
        assertThat(db.count("SELECT count(*) FROM nigredo_leads.webhooks_recebidos WHERE processado_em IS NOT NULL"
                        + " AND resultado->'" + numero + "'->>'statuses_desconhecidos' = '1'"))
                .isEqualTo(1);
    }

    @Test
    void aWebhookForTenantAsNumberNeverTouchesTenantBsLeadWithThatPhone() {
        Cenario outra = comNumero(Cenario.daEmpresa(db, "Outra Empresa SA"), numeroUnico());
        UUID mariaNaOutra =
                outra.lead(empresa("Padaria Pão Quente").contato("Maria").telefone("+5511987654321"));
        UUID envioDaOutra = enviado(outra, campanha(outra, mariaNaOutra), mariaNaOutra, "wamid.DA-OUTRA");
        String corpo = WebhooksDaMeta.texto(numero, "5511987654321", "wamid.SO-ALQUIMIA", "Oi", "wamid.DA-OUTRA");

        chega(corpo);
        chega(WebhooksDaMeta.status(numero, "wamid.DA-OUTRA", "read", 1796216200));

        assertThat(eventos.all().stream()
                        .filter(p -> p.event() instanceof WebhookWhatsappRecebido)
                        .map(p -> p.tenantId()))
                .containsOnly(alquimia.tenant());
        assertThat(db.count("SELECT count(*) FROM nigredo_leads.interacoes WHERE lead_id = ?", mariaNaOutra))
                .isZero();
        assertThat(db.text("SELECT entrega FROM nigredo_leads.envios WHERE id = ?", envioDaOutra))
                .isNull();
        assertThat(db.value(
                        "SELECT envio_id FROM nigredo_leads.interacoes WHERE lead_id = ? AND tipo = 'recebido'", maria))
                .isNull();
    }

    @Test
    void aNumberNoTenantHasIsKeptAndPublishesNothing() {
        String semDono = numeroUnico();

        List<JsonObject> resultado = chega(WebhooksDaMeta.texto(semDono, "5511987654321", "wamid.X", "Oi", null));

        assertThat(resultado).isEmpty();
        assertThat(eventos.all()).isEmpty();
        assertThat(db.count(
                        "SELECT count(*) FROM nigredo_leads.webhooks_recebidos WHERE resultado->'numeros_sem_tenant'"
                                + " @> jsonb_build_array(?::text) AND processado_em IS NOT NULL",
                        semDono))
                .isEqualTo(1);
    }

    @Test
    void aTenantCannotClaimAnotherTenantsNumberAndLetsGoOfItsOldOneOnChange() {
        Cenario outra = Cenario.daEmpresa(db, "Outra Empresa SA");
        String outroNumero = numeroUnico();

        assertThatThrownBy(() -> db.inTransaction(() -> numeros.definir(outra.tenant(), Optional.of(numero))))
                .isInstanceOf(Conflict.class);
        assertThat(dono(numero)).contains(alquimia.tenant());

        db.inTransaction(() -> numeros.definir(alquimia.tenant(), Optional.of(outroNumero)));
        db.inTransaction(() -> numeros.definir(outra.tenant(), Optional.of(numero)));

        assertThat(dono(numero)).contains(outra.tenant());
        assertThat(dono(outroNumero)).contains(alquimia.tenant());

        db.inTransaction(() -> numeros.definir(alquimia.tenant(), Optional.empty()));

        assertThat(dono(outroNumero)).isEmpty();
    }

    /**
     * Meta posts the body: it is kept and the events published in one transaction; then Disparo reads each event for
     * its tenant, each in its own transaction, as its queue would deliver them.
     */
    private List<JsonObject> chega(String corpo) {
        db.inTransaction(() -> entrada.receber(corpo, NotificacaoWhatsapp.ler(corpo)));
        List<JsonObject> resultados = new ArrayList<>();
        List<PublishedEvents.Published> publicados = eventos.all();
        for (; processados < publicados.size(); processados++) {
            PublishedEvents.Published publicado = publicados.get(processados);
            if (publicado.event() instanceof WebhookWhatsappRecebido webhook) {
                resultados.add(db.inTransaction(
                        () -> entrada.processar(webhook.webhookId(), publicado.tenantId(), webhook.phoneNumberId())));
            }
        }
        processados = eventos.all().size();
        return resultados;
    }

    private Optional<UUID> dono(String phoneNumberId) {
        return db.inTransaction(() -> numeros.tenantDo(phoneNumberId));
    }

    private static String numeroUnico() {
        return Long.toString(100_000_000_000_000L + (long) (Math.random() * 800_000_000_000_000L));
    }

    private Cenario comNumero(Cenario cenario, String phoneNumberId) {
        db.inTransaction(() -> numeros.definir(cenario.tenant(), Optional.of(phoneNumberId)));
        return cenario;
    }

    private static UUID campanha(Cenario cenario, UUID lead) {
        return db.inTransaction(() -> comConexao(c -> CampanhaBuilder.aCampanha(cenario.tenant())
                .status("ativa")
                .lead(lead)
                .insert(c)));
    }

    /** Handed to WhatsApp, whose answer never came: {@code incerto}, no wamid, the text kept as it went. */
    private static UUID incerto(Cenario cenario, UUID campanha, UUID lead) {
        UUID envio = db.inTransaction(() -> comConexao(c -> EnvioBuilder.anEnvio(cenario.tenant(), campanha, lead)
                .devidoEm(AGORA.minusSeconds(3600))
                .insert(c)));
        db.execute(
                "UPDATE nigredo_leads.envios SET status = 'incerto', tentativa_id = ?, tentativa_em = ?, sent_at = ?,"
                        + " incerto_desde = ?, mensagem_enviada = 'Olá, Maria!' WHERE id = ?",
                UUID.randomUUID(),
                Timestamp.from(AGORA.minusSeconds(3600)),
                Timestamp.from(AGORA.minusSeconds(3600)),
                Timestamp.from(AGORA.minusSeconds(3500)),
                envio);
        return envio;
    }

    private static UUID enviado(Cenario cenario, UUID campanha, UUID lead, String wamid) {
        UUID envio = db.inTransaction(() -> comConexao(c -> EnvioBuilder.anEnvio(cenario.tenant(), campanha, lead)
                .enviadoEm(AGORA.minusSeconds(3600))
                .insert(c)));
        db.execute("UPDATE nigredo_leads.envios SET provider_message_id = ? WHERE id = ?", wamid, envio);
        return envio;
    }

    private interface ComConexao<T> {
        T com(Connection db) throws SQLException;
    }

    private static <T> T comConexao(ComConexao<T> trabalho) {
        try (Connection c = db.dataSource().getConnection()) {
            return trabalho.com(c);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }
}
