package ai.alquimista.nigredo.canais.boundary;

import ai.alquimista.fibonacci.events.boundary.EventIntake;
import ai.alquimista.nigredo.canais.control.EntregasQuery;
import ai.alquimista.nigredo.canais.control.NumerosWhatsappQuery;
import ai.alquimista.nigredo.canais.control.RemetentesQuery;
import ai.alquimista.nigredo.canais.events.WebhookWhatsappRecebido;
import ai.alquimista.nigredo.canais.whatsapp.Entrega;
import ai.alquimista.nigredo.canais.whatsapp.MensagemRecebida;
import ai.alquimista.nigredo.canais.whatsapp.NotificacaoWhatsapp;
import ai.alquimista.nigredo.canais.whatsapp.NumeroWhatsapp;
import ai.alquimista.nigredo.canais.whatsapp.StatusDeEnvio;
import ai.alquimista.nigredo.conversas.MensagemOrfa;
import ai.alquimista.nigredo.conversas.RespostaRecebida;
import ai.alquimista.nigredo.conversas.boundary.Orfas;
import ai.alquimista.nigredo.conversas.boundary.Respostas;
import ai.alquimista.nigredo.conversas.boundary.WebhooksRecebidos;
import ai.alquimista.nigredo.disparo.boundary.EnviosIncertos;
import jakarta.annotation.Resource;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.logging.Logger;
import javax.sql.DataSource;

/**
 * WhatsApp replies and statuses as Meta's webhooks bring them. {@link #receber} keeps a signed body and tells Disparo,
 * once per tenant whose number it names, in the request's transaction and without reading anything else; {@link
 * #processar} then reads that tenant's part of it: each message becomes the reply of the lead who sent it (found by
 * its number with or without Brazil's ninth digit), or an orphan; each status moves its send forward and the
 * campaign's {@code entregues} and {@code lidos} are counted again. A status naming (by wamid or by the envio id sent as
 * {@code biz_opaque_callback_data}) a send whose provider answer Disparo never recorded settles it: sent, or failed. Processing the same body twice changes nothing.
 */
@Stateless
public class EntradaWhatsapp {

    private static final Logger LOG = Logger.getLogger(EntradaWhatsapp.class.getName());
    private static final String CANAL = "whatsapp";

    @Resource(lookup = "java:app/jdbc/alquimista")
    DataSource dataSource;

    @Inject
    WebhooksRecebidos webhooks;

    @Inject
    EventIntake events;

    @Inject
    Respostas respostas;

    @Inject
    Orfas orfas;

    @Inject
    EnviosIncertos enviosIncertos;

    @Inject
    Clock clock;

    /** What a webhook's body was made of when it arrived. */
    public record WebhookAceito(UUID webhookId, int tenants, List<String> numerosSemTenant) {}

    /**
     * Keeps the body (whose signature was verified) and publishes {@link WebhookWhatsappRecebido} for each tenant whose
     * number it names; a number no tenant has is logged and left in the webhook's resultado.
     */
    public WebhookAceito receber(String corpo, NotificacaoWhatsapp notificacao) {
        Instant agora = clock.instant();
        UUID webhookId = webhooks.guardar(CANAL, corpo, agora);
        List<String> semTenant = new ArrayList<>();
        int tenants = 0;
        try (Connection db = dataSource.getConnection()) {
            for (String numero : notificacao.numeros()) {
                Optional<UUID> tenant = NumerosWhatsappQuery.tenantDo(db, numero);
                if (tenant.isPresent()) {
                    events.publish(new WebhookWhatsappRecebido(webhookId, numero), tenant.get());
                    tenants++;
                } else {
                    semTenant.add(numero);
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("cannot read the WhatsApp numbers: " + e.getMessage(), e);
        }
        if (!semTenant.isEmpty()) {
            LOG.info(() -> "WhatsApp webhook " + webhookId + " names numbers no tenant has: " + semTenant);
        }
        if (tenants == 0) {
            JsonArrayBuilder numeros = Json.createArrayBuilder();
            semTenant.forEach(numeros::add);
            webhooks.concluir(
                    webhookId,
                    Json.createObjectBuilder()
                            .add("numeros_sem_tenant", numeros)
                            .add("publicados", 0)
                            .build(),
                    agora);
        }
        return new WebhookAceito(webhookId, tenants, List.copyOf(semTenant));
    }

    /** The tenant's part of the webhook: its number's messages and statuses; the counts go to the webhook's resultado. */
    public JsonObject processar(UUID webhookId, UUID tenantId, String phoneNumberId) {
        NotificacaoWhatsapp notificacao = NotificacaoWhatsapp.ler(webhooks.corpo(webhookId));
        Contagem contagem = new Contagem();
        try (Connection db = dataSource.getConnection()) {
            if (!NumerosWhatsappQuery.tenantDo(db, phoneNumberId).equals(Optional.of(tenantId))) {
                LOG.info(() -> "WhatsApp number " + phoneNumberId + " is no longer tenant " + tenantId + "'s: webhook "
                        + webhookId + " left unread for it");
                contagem.deOutroTenant = true;
            } else {
                Set<UUID> campanhas = new LinkedHashSet<>();
                for (NotificacaoWhatsapp.Alteracao alteracao : notificacao.doNumero(phoneNumberId)) {
                    contagem.ignorados += alteracao.ignorados();
                    for (MensagemRecebida mensagem : alteracao.mensagens()) {
                        mensagem(db, tenantId, mensagem, contagem);
                    }
                    for (StatusDeEnvio status : alteracao.statuses()) {
                        status(db, tenantId, status, contagem).ifPresent(campanhas::add);
                    }
                }
                for (UUID campanha : campanhas) {
                    EntregasQuery.recontar(db, tenantId, campanha);
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("cannot process WhatsApp webhook " + webhookId + ": " + e.getMessage(), e);
        }
        JsonObject resultado = contagem.json();
        webhooks.concluir(
                webhookId,
                Json.createObjectBuilder().add(phoneNumberId, resultado).build(),
                clock.instant());
        return resultado;
    }

    private void mensagem(Connection db, UUID tenantId, MensagemRecebida mensagem, Contagem contagem)
            throws SQLException {
        Optional<RemetentesQuery.EnvioWhatsapp> respondido = mensagem.contexto().isPresent()
                ? RemetentesQuery.envio(db, tenantId, mensagem.contexto().get())
                : Optional.empty();
        Set<String> numeros = new LinkedHashSet<>(NumeroWhatsapp.variantes(mensagem.de()));
        mensagem.waId().ifPresent(waId -> numeros.addAll(NumeroWhatsapp.variantes(waId)));
        Optional<UUID> lead = RemetentesQuery.lead(
                        db, tenantId, numeros, respondido.map(RemetentesQuery.EnvioWhatsapp::leadId))
                .or(() -> respondido.map(RemetentesQuery.EnvioWhatsapp::leadId));
        Instant em = mensagem.em().orElseGet(clock::instant);
        String remetente = NumeroWhatsapp.e164(mensagem.de());
        if (lead.isPresent()) {
            UUID envioId = respondido
                    .filter(envio -> envio.leadId().equals(lead.get()))
                    .map(RemetentesQuery.EnvioWhatsapp::id)
                    .orElse(null);
            boolean nova = respostas
                    .registrar(new RespostaRecebida(
                            tenantId, lead.get(), CANAL, remetente, mensagem.texto(), mensagem.wamid(), em, envioId))
                    .isPresent();
            contagem.respostas += nova ? 1 : 0;
            contagem.repetidas += nova ? 0 : 1;
        } else {
            boolean nova =
                    orfas.guardar(new MensagemOrfa(tenantId, CANAL, remetente, mensagem.texto(), mensagem.wamid(), em));
            contagem.orfas += nova ? 1 : 0;
            contagem.repetidas += nova ? 0 : 1;
        }
    }

    /** @return the campaign whose metrics the status changed */
    private Optional<UUID> status(Connection db, UUID tenantId, StatusDeEnvio status, Contagem contagem)
            throws SQLException {
        Optional<Entrega> entrega = status.entrega();
        if (entrega.isEmpty()) {
            contagem.ignorados++;
            return Optional.empty();
        }
        Optional<EntregasQuery.EnvioEntregue> envio = EntregasQuery.travar(
                db, tenantId, status.wamid(), status.callback().flatMap(EntradaWhatsapp::uuid));
        if (envio.isEmpty()) {
            LOG.fine(() -> "WhatsApp status " + status.status() + " for a message tenant " + tenantId + " never sent: "
                    + status.wamid());
            contagem.statusDesconhecidos++;
            return Optional.empty();
        }
        if (envio.get().emDuvida()) {
            // the send's own answer never came: the status settles it, as the Cloud API's answer would have
            boolean resolvido = entrega.get() == Entrega.failed
                    ? enviosIncertos.naoEntregue(db, tenantId, envio.get().id(), EntregasQuery.motivo(status.erro()))
                    : enviosIncertos.confirmar(db, tenantId, envio.get().id(), status.wamid());
            contagem.incertosResolvidos += resolvido ? 1 : 0;
        }
        if (!entrega.get().avancaSobre(envio.get().entrega())) {
            contagem.statusSemEfeito++;
            return Optional.empty();
        }
        EntregasQuery.avancar(
                db, envio.get().id(), entrega.get(), status.em().orElseGet(clock::instant), status.erro());
        contagem.statuses++;
        return Optional.of(envio.get().campanhaId());
    }

    private static Optional<UUID> uuid(String callback) {
        try {
            return Optional.of(UUID.fromString(callback));
        } catch (IllegalArgumentException e) {
            LOG.fine(() -> "WhatsApp status callback data that names no send: " + callback);
            return Optional.empty();
        }
    }

    private static final class Contagem {
        int incertosResolvidos;
        int respostas;
        int orfas;
        int repetidas;
        int statuses;
        int statusSemEfeito;
        int statusDesconhecidos;
        int ignorados;
        boolean deOutroTenant;

        JsonObject json() {
            return Json.createObjectBuilder()
                    .add("respostas", respostas)
                    .add("orfas", orfas)
                    .add("mensagens_repetidas", repetidas)
                    .add("statuses", statuses)
                    .add("envios_incertos_resolvidos", incertosResolvidos)
                    .add("statuses_sem_efeito", statusSemEfeito)
                    .add("statuses_desconhecidos", statusDesconhecidos)
                    .add("ignorados", ignorados)
                    .add("numero_de_outro_tenant", deOutroTenant)
                    .build();
        }
    }
}
