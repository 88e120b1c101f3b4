package ai.alquimista.nigredo.canais.boundary;

import static ai.alquimista.nigredo.estrategia.Cenario.LeadDoImport.empresa;
import static ai.alquimista.testing.CampanhaBuilder.aCampanha;
import static ai.alquimista.testing.EnvioBuilder.anEnvio;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import ai.alquimista.nigredo.atendimento.events.LeadRespondeu;
import ai.alquimista.nigredo.canais.CanalDeEnvio;
import ai.alquimista.nigredo.canais.control.EmailsDeTeste;
import ai.alquimista.nigredo.canais.control.OrigensSns;
import ai.alquimista.nigredo.canais.control.SnsLocal;
import ai.alquimista.nigredo.canais.control.VerificadorSns;
import ai.alquimista.nigredo.canais.events.EmailRecebido;
import ai.alquimista.nigredo.conversas.boundary.Orfas;
import ai.alquimista.nigredo.conversas.boundary.Respostas;
import ai.alquimista.nigredo.conversas.boundary.WebhooksRecebidos;
import ai.alquimista.nigredo.estrategia.Beans;
import ai.alquimista.nigredo.estrategia.Cenario;
import ai.alquimista.nigredo.estrategia.Etapa;
import ai.alquimista.platform.audit.boundary.AuditTrail;
import ai.alquimista.testing.JpaDatabase;
import ai.alquimista.testing.PublishedEvents;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * An e-mail answer, a bounce or a complaint arrives from SES through SNS: verified, stored, handed to the tenant whose
 * send it concerns, and processed there as Disparo would (the reply recorded once for its lead, or kept as an orphan;
 * the address blocklisted) — never reaching another tenant.
 */
class EntradaEmailTest {

    @RegisterExtension
    static final JpaDatabase db = new JpaDatabase();

    @RegisterExtension
    static final SnsLocal sns = new SnsLocal();

    private static final String DOMINIO = "respostas.alquimista.test";
    private static final Instant ENVIADO = Instant.parse("2026-11-30T12:00:00Z");
    private static final Clock RELOGIO = Clock.fixed(Instant.parse("2026-11-30T12:13:00Z"), ZoneOffset.UTC);

    private final PublishedEvents eventos = new PublishedEvents();
    private final WebhooksRecebidos webhooks = Beans.wire(new WebhooksRecebidos(), db.dataSource());
    private final AuditTrail audit = Beans.wire(new AuditTrail(), db.entityManager());
    private final Respostas respostas = Beans.wire(new Respostas(), db.dataSource(), eventos, audit);
    private final WebhookSes webhook = Beans.wire(
            new WebhookSes(),
            new VerificadorSns(OrigensSns.de("localhost", SnsLocal.TOPICO), SnsLocal.confianca(), RELOGIO),
            webhooks,
            eventos,
            RELOGIO,
            db.dataSource(),
            Optional.of(DOMINIO));
    private final EntradaEmail entrada = Beans.wire(
            new EntradaEmail(),
            webhooks,
            respostas,
            Beans.wire(new Orfas(), db.dataSource(), respostas, audit, RELOGIO),
            RELOGIO,
            db.dataSource(),
            Optional.of(DOMINIO));

    private final Cenario alquimia = Cenario.daEmpresa(db, "Alquimia Vendas Ltda");
    private final UUID maria =
            alquimia.lead(empresa("Padaria Pão Quente").contato("Maria").email("maria@paoquente.com.br"));
    private final UUID joao =
            alquimia.lead(empresa("Mercado Bom").contato("João").email("joao@mercadobom.com.br"));

    @Test
    void aReplyToTheAddressThatNamesTheSendIsTheLeadsInteracaoAndAtendimentoIsTold() {
        UUID envio = enviado(alquimia, maria, "maria@paoquente.com.br", null);

        UUID webhookId = chega(respostaDe(
                "Maria Silva <maria@paoquente.com.br>", para(envio), null, "Tenho interesse, vamos agendar"));

        assertThat(db.text(
                        "SELECT mensagem FROM nigredo_leads.interacoes WHERE lead_id = ? AND tipo = 'recebido'"
                                + " AND canal = 'email' AND envio_id = ?",
                        maria,
                        envio))
                .isEqualTo("Tenho interesse, vamos agendar");
        assertThat(db.text("SELECT status FROM nigredo_leads.leads WHERE id = ?", maria))
                .isEqualTo("respondeu");
        assertThat(respondeu()).singleElement().satisfies(r -> {
            assertThat(r.leadId()).isEqualTo(maria);
            assertThat(r.canal()).isEqualTo("email");
        });
        assertThat(db.text(
                        "SELECT resultado->?->>'respostas' FROM nigredo_leads.webhooks_recebidos WHERE id = ?",
                        alquimia.tenant().toString(),
                        webhookId))
                .isEqualTo("1");
    }

    @Test
    void aReplyToAGenericAddressIsMatchedByItsInReplyToOurMessageId() {
        String messageId = SmtpEmail.messageId("maria:campanha:topo:" + UUID.randomUUID());
        UUID envio = enviado(alquimia, maria, "maria@paoquente.com.br", messageId);

        chega(respostaDe("maria@paoquente.com.br", "respostas@" + DOMINIO, messageId, "Quanto custa?"));

        assertThat(db.count(
                        "SELECT count(*) FROM nigredo_leads.interacoes WHERE lead_id = ? AND envio_id = ?"
                                + " AND mensagem = 'Quanto custa?'",
                        maria,
                        envio))
                .isEqualTo(1);
    }

    @Test
    void aColleagueWhoIsAnotherLeadOfTheTenantAnswersAsThatLead() {
        UUID envioDaMaria = enviado(alquimia, maria, "maria@paoquente.com.br", null);
        enviado(alquimia, joao, "joao@mercadobom.com.br", null);

        chega(respostaDe("joao@mercadobom.com.br", para(envioDaMaria), null, "Eu cuido disso aqui"));

        assertThat(db.count(
                        "SELECT count(*) FROM nigredo_leads.interacoes WHERE lead_id = ? AND envio_id IS NULL"
                                + " AND mensagem = 'Eu cuido disso aqui'",
                        joao))
                .isEqualTo(1);
        assertThat(db.count("SELECT count(*) FROM nigredo_leads.interacoes WHERE lead_id = ?", maria))
                .isZero();
    }

    @Test
    void aReplyFromSomeoneWhoIsNoLeadIsKeptAsTheTenantsOrphan() {
        UUID envio = enviado(alquimia, maria, "maria@paoquente.com.br", null);

        chega(respostaDe("gerente@paoquente.com.br", para(envio), null, "A Maria saiu da empresa"));

        assertThat(db.text(
                        "SELECT texto FROM nigredo_leads.mensagens_orfas WHERE tenant_id = ? AND canal = 'email'"
                                + " AND remetente = 'gerente@paoquente.com.br'",
                        alquimia.tenant()))
                .isEqualTo("A Maria saiu da empresa");
        assertThat(db.count("SELECT count(*) FROM nigredo_leads.interacoes WHERE tenant_id = ?", alquimia.tenant()))
                .isZero();
    }

    @Test
    void aMessageThatNamesNoSendOfOursReachesNoTenantAndTheWebhookSaysSo() {
        UUID webhookId = chega(respostaDe("maria@paoquente.com.br", "contato@" + DOMINIO, null, "Oi"));

        assertThat(eventos.all()).isEmpty();
        assertThat(db.text("SELECT resultado->>'tenant' FROM nigredo_leads.webhooks_recebidos WHERE id = ?", webhookId))
                .startsWith("desconhecido");
    }

    @Test
    void theSameReplyDeliveredTwiceBySnsAndAgainBySesIsOneInteracao() {
        UUID envio = enviado(alquimia, maria, "maria@paoquente.com.br", null);
        String resposta = respostaDe("maria@paoquente.com.br", para(envio), null, "Pode ligar amanhã");
        String notificacao = sns.notificacao(resposta, "2");

        processar(db.inTransaction(() -> webhook.receber(Optional.of("Notification"), notificacao)));
        processar(db.inTransaction(() -> webhook.receber(Optional.of("Notification"), notificacao)));
        processar(db.inTransaction(() -> webhook.receber(Optional.empty(), sns.notificacao(resposta, "1"))));

        assertThat(db.count("SELECT count(*) FROM nigredo_leads.interacoes WHERE lead_id = ?", maria))
                .isEqualTo(1);
        assertThat(respondeu()).hasSize(1);
    }

    @Test
    void aReplyNamingOneTenantsSendNeverReachesAnotherTenantWithTheSameLead() {
        Cenario outra = Cenario.daEmpresa(db, "Outra Empresa SA");
        UUID mariaNaOutra =
                outra.lead(empresa("Padaria Pão Quente").contato("Maria").email("maria@paoquente.com.br"));
        enviado(outra, mariaNaOutra, "maria@paoquente.com.br", null);
        UUID envio = enviado(alquimia, maria, "maria@paoquente.com.br", null);

        UUID webhookId = chega(respostaDe("maria@paoquente.com.br", para(envio), null, "Só para a Alquimia"));
        db.inTransaction(() -> entrada.processar(webhookId, outra.tenant()));

        assertThat(eventos.all())
                .filteredOn(p -> p.event() instanceof EmailRecebido)
                .extracting(PublishedEvents.Published::tenantId)
                .containsExactly(alquimia.tenant());
        assertThat(db.count("SELECT count(*) FROM nigredo_leads.interacoes WHERE tenant_id = ?", outra.tenant()))
                .isZero();
        assertThat(db.count("SELECT count(*) FROM nigredo_leads.mensagens_orfas WHERE tenant_id = ?", outra.tenant()))
                .isZero();
        assertThat(db.count("SELECT count(*) FROM nigredo_leads.interacoes WHERE lead_id = ?", maria))
                .isEqualTo(1);
    }

    @Test
    void aPermanentBounceBlocklistsTheAddressAndClosesItsPendingSends() {
        UUID envio = enviado(alquimia, maria, "maria@paoquente.com.br", null);
        UUID pendente = agendado(alquimia, maria, "maria@paoquente.com.br");

        chega(EmailsDeTeste.devolucao("Permanent", "maria@paoquente.com.br", null, envio, "2026-11-30T12:00:00.000Z"));

        assertThat(db.text(
                        "SELECT motivo FROM nigredo_leads.blocklist WHERE tenant_id = ? AND email = ?",
                        alquimia.tenant(),
                        "maria@paoquente.com.br"))
                .isEqualTo("devolução permanente (General)");
        assertThat(db.text("SELECT status FROM nigredo_leads.envios WHERE id = ?", pendente))
                .isEqualTo("bloqueado");
    }

    @Test
    void aComplaintFoundByOurMessageIdBlocklistsTheAddress() {
        String messageId = SmtpEmail.messageId("joao:campanha:topo:" + UUID.randomUUID());
        enviado(alquimia, joao, "joao@mercadobom.com.br", messageId);

        chega(EmailsDeTeste.reclamacao("joao@mercadobom.com.br", messageId, null, "2026-11-30T12:00:00.000Z"));

        assertThat(db.count(
                        "SELECT count(*) FROM nigredo_leads.blocklist WHERE tenant_id = ? AND email = ?"
                                + " AND lead_id = ?",
                        alquimia.tenant(),
                        "joao@mercadobom.com.br",
                        joao))
                .isEqualTo(1);
    }

    @Test
    void aTransientBounceFoundByAddressAndTimeIsCountedAndIgnored() {
        String caixaCheia = "maria." + UUID.randomUUID() + "@paoquente.com.br";
        enviado(alquimia, maria, caixaCheia, null);

        UUID webhookId =
                chega(EmailsDeTeste.devolucao("Transient", caixaCheia, null, null, "2026-11-30T12:00:02.000Z"));

        assertThat(db.count("SELECT count(*) FROM nigredo_leads.blocklist WHERE tenant_id = ?", alquimia.tenant()))
                .isZero();
        assertThat(db.text(
                        "SELECT resultado->?->>'devolucoes_transitorias' FROM nigredo_leads.webhooks_recebidos"
                                + " WHERE id = ?",
                        alquimia.tenant().toString(),
                        webhookId))
                .isEqualTo("1");
    }

    @Test
    void anUnsignedOrTamperedMessageIsRefusedAndNothingIsStored() {
        UUID envio = enviado(alquimia, maria, "maria@paoquente.com.br", null);
        String assinada = sns.notificacao(respostaDe("maria@paoquente.com.br", para(envio), null, "Sim"), "2");
        long antes = db.count("SELECT count(*) FROM nigredo_leads.webhooks_recebidos");

        assertThatThrownBy(() ->
                        db.inTransaction(() -> webhook.receber(Optional.empty(), assinada.replace("Sim", "PARE"))))
                .isInstanceOf(MensagemSnsRecusada.class);
        assertThatThrownBy(() -> db.inTransaction(() -> webhook.receber(
                        Optional.empty(),
                        SnsLocal.campos("Notification", "{}").build().toString())))
                .isInstanceOf(MensagemSnsRecusada.class);

        assertThat(db.count("SELECT count(*) FROM nigredo_leads.webhooks_recebidos"))
                .isEqualTo(antes);
        assertThat(eventos.all()).isEmpty();
    }

    @Test
    void aSubscriptionConfirmationIsConfirmedAtItsSubscribeUrlAndRecorded() {
        WebhookSesAceito aceito = db.inTransaction(() -> webhook.receber(
                Optional.of("SubscriptionConfirmation"), sns.confirmacaoDeInscricao("tok-" + alquimia.tenant())));

        assertThat(sns.pedidos()).anyMatch(p -> p.contains("Token=tok-" + alquimia.tenant()));
        assertThat(db.text(
                        "SELECT resultado->>'inscricao_confirmada' FROM nigredo_leads.webhooks_recebidos WHERE id = ?",
                        aceito.id()))
                .isEqualTo(SnsLocal.TOPICO);
    }

    /** SNS posts the notification; then Disparo processes each tenant's event. */
    private UUID chega(String notificacaoSes) {
        WebhookSesAceito aceito = db.inTransaction(
                () -> webhook.receber(Optional.of("Notification"), sns.notificacao(notificacaoSes, "2")));
        processar(aceito);
        return aceito.id();
    }

    private void processar(WebhookSesAceito aceito) {
        eventos.all().stream()
                .filter(p ->
                        p.event() instanceof EmailRecebido e && e.webhookId().equals(aceito.id()))
                .forEach(p -> db.inTransaction(() -> entrada.processar(aceito.id(), p.tenantId())));
    }

    private List<LeadRespondeu> respondeu() {
        return eventos.all().stream()
                .map(PublishedEvents.Published::event)
                .filter(LeadRespondeu.class::isInstance)
                .map(LeadRespondeu.class::cast)
                .toList();
    }

    private static String para(UUID envio) {
        return "respostas+" + envio + "@" + DOMINIO;
    }

    private static String respostaDe(String de, String para, String inReplyTo, String texto) {
        String mime = EmailsDeTeste.respostaDoGmail(de, "<" + UUID.randomUUID() + "@mail.gmail.com>", inReplyTo, texto);
        return EmailsDeTeste.recebido(List.of(para), mime.getBytes(StandardCharsets.UTF_8), false);
    }

    private UUID enviado(Cenario cenario, UUID lead, String destinatario, String messageId) {
        UUID envio = envio(cenario, lead, destinatario, Etapa.topo, ENVIADO);
        if (messageId != null) {
            db.execute("UPDATE nigredo_leads.envios SET provider_message_id = ? WHERE id = ?", messageId, envio);
        }
        return envio;
    }

    private UUID agendado(Cenario cenario, UUID lead, String destinatario) {
        return envio(cenario, lead, destinatario, Etapa.meio, null);
    }

    private UUID envio(Cenario cenario, UUID lead, String destinatario, Etapa etapa, Instant sentAt) {
        return db.inTransaction(() -> {
            try {
                Connection conexao = db.dataSource().getConnection();
                UUID campanha = aCampanha(cenario.tenant()).canal("email").insert(conexao);
                var envio = anEnvio(cenario.tenant(), campanha, lead)
                        .canal(CanalDeEnvio.email)
                        .destinatario(destinatario)
                        .etapa(etapa);
                return (sentAt == null ? envio.devidoEm(ENVIADO.plusSeconds(86_400)) : envio.enviadoEm(sentAt))
                        .insert(conexao);
            } catch (SQLException e) {
                throw new IllegalStateException(e);
            }
        });
    }
}
