package ai.alquimista.nigredo.canais.boundary;

import ai.alquimista.fibonacci.events.Violation;
import ai.alquimista.fibonacci.events.boundary.EventIntake;
import ai.alquimista.nigredo.canais.control.EnderecoDeResposta;
import ai.alquimista.nigredo.canais.control.MensagemSns;
import ai.alquimista.nigredo.canais.control.NotificacaoSes;
import ai.alquimista.nigredo.canais.control.RoteamentoDeEmail;
import ai.alquimista.nigredo.canais.control.VerificadorSns;
import ai.alquimista.nigredo.canais.events.EmailRecebido;
import ai.alquimista.nigredo.conversas.boundary.WebhooksRecebidos;
import ai.alquimista.shared.errors.InvalidInput;
import jakarta.annotation.Resource;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import javax.sql.DataSource;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Amazon SES's inbound e-mail, bounces and complaints as SNS posts them: every message's signature verified first
 * ({@link MensagemSnsRecusada} otherwise, nothing stored), a subscription confirmed, a notification stored as it
 * arrived and handed to each tenant whose send it concerns ({@link EmailRecebido}, Disparo's queue), all in one
 * transaction so SNS is answered fast and the work is retried from the queue.
 */
@Stateless
public class WebhookSes {

    /** The header in which SNS names the message's type. */
    public static final String MESSAGE_TYPE = "x-amz-sns-message-type";

    @Inject
    VerificadorSns verificador;

    @Inject
    WebhooksRecebidos webhooks;

    @Inject
    EventIntake events;

    @Inject
    Clock clock;

    @Resource(lookup = "java:app/jdbc/alquimista")
    DataSource dataSource;

    // Optional rather than defaultValue="": MicroProfile Config treats an empty value as missing.
    @Inject
    @ConfigProperty(name = "alquimista.email.reply-domain")
    Optional<String> dominioDeResposta = Optional.empty();

    /**
     * @param tipoDoCabecalho the {@value #MESSAGE_TYPE} header, which must agree with the message when present
     * @param corpo the body SNS posted (JSON, whatever Content-Type it declared)
     */
    public WebhookSesAceito receber(Optional<String> tipoDoCabecalho, String corpo) {
        MensagemSns mensagem = verificador.verificar(MensagemSns.ler(corpo));
        if (tipoDoCabecalho.isPresent() && !tipoDoCabecalho.get().equals(mensagem.tipo())) {
            throw new InvalidInput(
                    List.of(new Violation(MESSAGE_TYPE, "must be the message's Type, " + mensagem.tipo())));
        }
        Instant agora = clock.instant();
        if (mensagem.confirmacaoDeInscricao()) {
            verificador.confirmarInscricao(mensagem);
            return concluido(
                    corpo,
                    mensagem,
                    agora,
                    Json.createObjectBuilder()
                            .add("inscricao_confirmada", mensagem.topicArn())
                            .build());
        }
        if (!mensagem.notificacao()) {
            return concluido(
                    corpo,
                    mensagem,
                    agora,
                    Json.createObjectBuilder().add("ignorada", mensagem.tipo()).build());
        }
        NotificacaoSes notificacao;
        try {
            notificacao = NotificacaoSes.ler(mensagem.message());
        } catch (IllegalArgumentException e) {
            return concluido(
                    corpo,
                    mensagem,
                    agora,
                    Json.createObjectBuilder().add("ilegivel", e.getMessage()).build());
        }
        if (notificacao instanceof NotificacaoSes.Outra outra) {
            return concluido(
                    corpo,
                    mensagem,
                    agora,
                    Json.createObjectBuilder()
                            .add("ignorada", "SES " + outra.tipo())
                            .build());
        }
        UUID id = webhooks.guardar("ses", corpo, agora);
        Set<UUID> tenants = tenants(RoteamentoDeEmail.ler(notificacao));
        if (tenants.isEmpty()) {
            webhooks.concluir(
                    id,
                    Json.createObjectBuilder()
                            .add("tenant", "desconhecido: a notificação não nomeia nenhum envio nosso")
                            .add("tipo", tipo(notificacao))
                            .build(),
                    agora);
        }
        for (UUID tenant : tenants) {
            events.publish(new EmailRecebido(id), tenant);
        }
        return new WebhookSesAceito(id, mensagem.tipo(), tenants.size());
    }

    private WebhookSesAceito concluido(String corpo, MensagemSns mensagem, Instant agora, JsonObject resultado) {
        UUID id = webhooks.guardar("ses", corpo, agora);
        webhooks.concluir(id, resultado, agora);
        return new WebhookSesAceito(id, mensagem.tipo(), 0);
    }

    private Set<UUID> tenants(RoteamentoDeEmail.Leitura leitura) {
        try (Connection db = dataSource.getConnection()) {
            return new RoteamentoDeEmail(EnderecoDeResposta.de(dominioDeResposta)).tenants(db, leitura);
        } catch (SQLException e) {
            throw new IllegalStateException("cannot find the sends an SES notification names: " + e.getMessage(), e);
        }
    }

    static String tipo(NotificacaoSes notificacao) {
        if (notificacao instanceof NotificacaoSes.Recebido) {
            return "Received";
        }
        if (notificacao instanceof NotificacaoSes.Devolucao) {
            return "Bounce";
        }
        if (notificacao instanceof NotificacaoSes.Reclamacao) {
            return "Complaint";
        }
        return ((NotificacaoSes.Outra) notificacao).tipo();
    }
}
