package ai.alquimista.nigredo.canais.boundary;

import ai.alquimista.nigredo.canais.control.EmailMime;
import ai.alquimista.nigredo.canais.control.EnderecoDeResposta;
import ai.alquimista.nigredo.canais.control.EnviosDeEmailQuery;
import ai.alquimista.nigredo.canais.control.EnviosDeEmailQuery.EnvioDeEmail;
import ai.alquimista.nigredo.canais.control.MensagemSns;
import ai.alquimista.nigredo.canais.control.NotificacaoSes;
import ai.alquimista.nigredo.canais.control.RoteamentoDeEmail;
import ai.alquimista.nigredo.conversas.MensagemOrfa;
import ai.alquimista.nigredo.conversas.RespostaRecebida;
import ai.alquimista.nigredo.conversas.boundary.Orfas;
import ai.alquimista.nigredo.conversas.boundary.Respostas;
import ai.alquimista.nigredo.conversas.boundary.WebhooksRecebidos;
import ai.alquimista.nigredo.leads.boundary.ListaDeBloqueio;
import jakarta.annotation.Resource;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import javax.sql.DataSource;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * One tenant's part of an SES notification {@link WebhookSes} stored: a reply recorded for the lead it comes from
 * (through {@link Respostas}, once per Message-ID however often SNS or SES deliver it), or kept as an orphan; a
 * permanent bounce or a complaint puts the address on the tenant's blocklist and closes its pending sends; a
 * transient bounce is counted and ignored. What it did is recorded on the webhook, under the tenant's id.
 */
@Stateless
public class EntradaEmail {

    private static final String CANAL = "email";
    private static final int MOTIVO_MAXIMO = 200;

    @Inject
    WebhooksRecebidos webhooks;

    @Inject
    Respostas respostas;

    @Inject
    Orfas orfas;

    @Inject
    Clock clock;

    @Resource(lookup = "java:app/jdbc/alquimista")
    DataSource dataSource;

    // Optional rather than defaultValue="": MicroProfile Config treats an empty value as missing.
    @Inject
    @ConfigProperty(name = "alquimista.email.reply-domain")
    Optional<String> dominioDeResposta = Optional.empty();

    public void processar(UUID webhookId, UUID tenantId) {
        NotificacaoSes notificacao =
                NotificacaoSes.ler(MensagemSns.ler(webhooks.corpo(webhookId)).message());
        RoteamentoDeEmail.Leitura leitura = RoteamentoDeEmail.ler(notificacao);
        Instant agora = clock.instant();
        JsonObject resultado;
        try (Connection db = dataSource.getConnection()) {
            List<EnvioDeEmail> envios = new RoteamentoDeEmail(EnderecoDeResposta.de(dominioDeResposta))
                    .envios(db, leitura).stream()
                            .filter(envio -> envio.tenantId().equals(tenantId))
                            .toList();
            if (envios.isEmpty()) {
                resultado = Json.createObjectBuilder()
                        .add("ignorada", "nenhum envio deste tenant")
                        .build();
            } else if (notificacao instanceof NotificacaoSes.Recebido recebido) {
                resultado = resposta(db, tenantId, recebido, leitura, envios, agora);
            } else if (notificacao instanceof NotificacaoSes.Devolucao devolucao) {
                resultado = devolucao.permanente()
                        ? bloquear(
                                db,
                                tenantId,
                                devolucao.enderecos(),
                                "devolução permanente (" + devolucao.subtipo() + ")")
                        : Json.createObjectBuilder()
                                .add(
                                        "devolucoes_transitorias",
                                        devolucao.enderecos().size())
                                .build();
            } else if (notificacao instanceof NotificacaoSes.Reclamacao reclamacao) {
                resultado = bloquear(
                        db, tenantId, reclamacao.enderecos(), "reclamação (" + reclamacao.tipoDeFeedback() + ")");
            } else {
                resultado = Json.createObjectBuilder()
                        .add("ignorada", WebhookSes.tipo(notificacao))
                        .build();
            }
        } catch (SQLException e) {
            throw new IllegalStateException("cannot process SES webhook " + webhookId + ": " + e.getMessage(), e);
        }
        webhooks.concluir(
                webhookId,
                Json.createObjectBuilder().add(tenantId.toString(), resultado).build(),
                agora);
    }

    /**
     * The lead is the named send's when the sender is its recipient, else the tenant's lead with the sender's
     * address; otherwise the message is an orphan for a person to assign.
     */
    private JsonObject resposta(
            Connection db,
            UUID tenantId,
            NotificacaoSes.Recebido recebido,
            RoteamentoDeEmail.Leitura leitura,
            List<EnvioDeEmail> envios,
            Instant agora)
            throws SQLException {
        if (leitura.email().isEmpty()) {
            return Json.createObjectBuilder()
                    .add("ilegivel", leitura.ilegivel().orElse("MIME"))
                    .build();
        }
        EmailMime email = leitura.email().get();
        String remetente = email.remetente().orElse("");
        String providerMessageId = email.messageId().orElse("ses:" + recebido.sesMessageId());
        Optional<EnvioDeEmail> envio =
                envios.stream().filter(e -> e.de(remetente)).findFirst();
        Optional<UUID> lead = envio.isPresent()
                ? envio.map(EnvioDeEmail::leadId)
                : remetente.isEmpty() ? Optional.empty() : EnviosDeEmailQuery.leadPorEndereco(db, tenantId, remetente);
        JsonObjectBuilder resultado = Json.createObjectBuilder();
        if (lead.isEmpty()) {
            boolean nova = orfas.guardar(new MensagemOrfa(
                    tenantId,
                    CANAL,
                    remetente.isEmpty() ? "(sem remetente)" : remetente,
                    email.texto(),
                    providerMessageId,
                    agora));
            return resultado.add(nova ? "orfas" : "orfas_repetidas", 1).build();
        }
        Optional<UUID> interacao = respostas.registrar(new RespostaRecebida(
                tenantId,
                lead.get(),
                CANAL,
                remetente,
                email.texto(),
                providerMessageId,
                agora,
                envio.map(EnvioDeEmail::id).orElse(null)));
        return interacao.isPresent()
                ? resultado
                        .add("respostas", 1)
                        .add("interacao_id", interacao.get().toString())
                        .build()
                : resultado.add("repetidas", 1).build();
    }

    private JsonObject bloquear(Connection db, UUID tenantId, List<String> enderecos, String motivo)
            throws SQLException {
        String texto = motivo.length() <= MOTIVO_MAXIMO ? motivo : motivo.substring(0, MOTIVO_MAXIMO);
        for (String endereco : enderecos) {
            String destinatario = EnviosDeEmailQuery.destinatario(db, tenantId, endereco);
            UUID lead =
                    EnviosDeEmailQuery.leadPorEndereco(db, tenantId, endereco).orElse(null);
            ListaDeBloqueio.bloquear(db, tenantId, lead, CANAL, destinatario, texto);
        }
        return Json.createObjectBuilder().add("bloqueados", enderecos.size()).build();
    }
}
