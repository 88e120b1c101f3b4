package ai.alquimista.nigredo.canais.control;

import ai.alquimista.nigredo.canais.control.EnviosDeEmailQuery.EnvioDeEmail;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/**
 * Which of our e-mail sends an SES notification is about, and so which tenants it concerns: a reply by the send its
 * recipient address names ({@link EnderecoDeResposta}), then by the Message-IDs it answers (In-Reply-To,
 * References); a bounce or complaint by the {@code X-Alquimista-Envio} header or Message-ID of the mail SES reports,
 * else by the send to that address closest in time. A tenant is never reached through another tenant's send.
 */
public record RoteamentoDeEmail(Optional<EnderecoDeResposta> respostas) {

    /** A notification, and for a received e-mail its MIME read, or why it could not be. */
    public record Leitura(NotificacaoSes notificacao, Optional<EmailMime> email, Optional<String> ilegivel) {}

    public static Leitura ler(NotificacaoSes notificacao) {
        if (notificacao instanceof NotificacaoSes.Recebido recebido) {
            try {
                return new Leitura(notificacao, Optional.of(EmailMime.ler(recebido.mime())), Optional.empty());
            } catch (IllegalArgumentException e) {
                return new Leitura(notificacao, Optional.empty(), Optional.of(e.getMessage()));
            }
        }
        return new Leitura(notificacao, Optional.empty(), Optional.empty());
    }

    /** The sends the notification names, those its recipient address names first. */
    public List<EnvioDeEmail> envios(Connection db, Leitura leitura) throws SQLException {
        List<EnvioDeEmail> envios = new ArrayList<>();
        NotificacaoSes notificacao = leitura.notificacao();
        if (notificacao instanceof NotificacaoSes.Recebido recebido) {
            List<UUID> nomeados = new ArrayList<>();
            if (respostas.isPresent()) {
                for (String destinatario : recebido.destinatarios()) {
                    respostas.get().envio(destinatario).ifPresent(nomeados::add);
                }
            }
            envios.addAll(EnviosDeEmailQuery.porIds(db, nomeados));
            if (leitura.email().isPresent()) {
                envios.addAll(EnviosDeEmailQuery.porMessageIds(
                        db, leitura.email().get().referencias()));
            }
        } else if (notificacao instanceof NotificacaoSes.Devolucao devolucao) {
            envios.addAll(enviado(db, devolucao.enviado(), devolucao.enderecos()));
        } else if (notificacao instanceof NotificacaoSes.Reclamacao reclamacao) {
            envios.addAll(enviado(db, reclamacao.enviado(), reclamacao.enderecos()));
        }
        return envios;
    }

    /** The tenants whose sends the notification names. */
    public Set<UUID> tenants(Connection db, Leitura leitura) throws SQLException {
        Set<UUID> tenants = new LinkedHashSet<>();
        for (EnvioDeEmail envio : envios(db, leitura)) {
            tenants.add(envio.tenantId());
        }
        return tenants;
    }

    private static List<EnvioDeEmail> enviado(
            Connection db, NotificacaoSes.EmailEnviado enviado, List<String> enderecos) throws SQLException {
        List<EnvioDeEmail> envios = new ArrayList<>(
                EnviosDeEmailQuery.porIds(db, enviado.envioId().stream().toList()));
        if (envios.isEmpty()) {
            envios.addAll(EnviosDeEmailQuery.porMessageIds(
                    db, enviado.messageId().stream().toList()));
        }
        if (envios.isEmpty() && enviado.enviadoEm().isPresent()) {
            for (String endereco : enderecos) {
                EnviosDeEmailQuery.porDestinatarioEHora(
                                db, endereco, enviado.enviadoEm().get())
                        .ifPresent(envios::add);
            }
        }
        return envios;
    }
}
