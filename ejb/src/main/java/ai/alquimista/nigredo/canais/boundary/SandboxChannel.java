package ai.alquimista.nigredo.canais.boundary;

import ai.alquimista.nigredo.canais.CanalDeEnvio;
import ai.alquimista.nigredo.canais.MensagemDeSaida;
import ai.alquimista.nigredo.canais.ResultadoDoEnvio;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.Optional;
import java.util.UUID;

/**
 * The embedded channel: records every message that would have gone out (nigredo_leads.sandbox_mensagens), in
 * the dispatch's own transaction, so a laptop or a test sees exactly what a lead would receive. Listed by
 * {@code GET /api/sandbox/mensagens}, where a reply can be simulated.
 */
public class SandboxChannel implements Transmissor {

    private final Connection db;

    public SandboxChannel(Connection db) {
        this.db = db;
    }

    @Override
    public ResultadoDoEnvio transmitir(MensagemDeSaida mensagem) {
        UUID id = UUID.randomUUID();
        try (PreparedStatement insert =
                db.prepareStatement("INSERT INTO nigredo_leads.sandbox_mensagens (id, tenant_id,"
                        + " envio_id, canal, destinatario, assunto, corpo, modelo, anexos)"
                        + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, CAST(? AS jsonb))"
                        + " ON CONFLICT (envio_id) DO NOTHING")) {
            insert.setObject(1, id);
            insert.setObject(2, mensagem.tenantId());
            insert.setObject(3, mensagem.envioId());
            insert.setString(4, mensagem.canal().name());
            insert.setString(5, mensagem.destinatario());
            insert.setString(6, mensagem.canal() == CanalDeEnvio.email ? mensagem.assunto() : null);
            insert.setString(7, mensagem.corpo());
            insert.setString(8, mensagem.modelo().map(m -> m.nome()).orElse(null));
            insert.setString(9, nomes(mensagem));
            insert.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException(
                    "the sandbox cannot record message " + mensagem.envioId() + ": " + e.getMessage(), e);
        }
        Optional<String> waId = mensagem.canal() == CanalDeEnvio.whatsapp
                ? Optional.of(mensagem.destinatario().replace("+", ""))
                : Optional.empty();
        return new ResultadoDoEnvio.Enviado("sandbox." + id, waId);
    }

    /** What the sandbox shows of the attachments: their file names, e.g. {@code ["convite.ics"]}. */
    private static String nomes(MensagemDeSaida mensagem) {
        JsonArrayBuilder nomes = Json.createArrayBuilder();
        mensagem.anexos().forEach(anexo -> nomes.add(anexo.nome()));
        return nomes.build().toString();
    }
}
