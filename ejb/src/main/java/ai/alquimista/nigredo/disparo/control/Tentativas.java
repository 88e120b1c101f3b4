package ai.alquimista.nigredo.disparo.control;

import ai.alquimista.nigredo.canais.CanalDeEnvio;
import ai.alquimista.nigredo.disparo.TipoDeEnvio;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * The attempts of a send (nigredo_leads.envios): marked {@code enviando} before the provider is called, then turned
 * into the provider's outcome, only while the mark is still that attempt's (or the send is {@code incerto}), so an
 * outcome recorded late, twice or after a status webhook changes nothing. A send whose outcome is unknown is {@code
 * incerto}: a WhatsApp send waits for its status webhook and then for a person; an e-mail goes once more with the same
 * Message-ID.
 */
public final class Tentativas {

    /** What a person reads on a WhatsApp send nobody could confirm. */
    public static final String PARA_PESSOA_WHATSAPP =
            "envio incerto: confirme no WhatsApp se a mensagem chegou antes de reenviar";

    /** What a person reads on an e-mail still uncertain after it went again with the same Message-ID. */
    public static final String PARA_PESSOA_EMAIL =
            "envio incerto mesmo após um reenvio com o mesmo Message-ID: confirme com o destinatário antes de reenviar";

    /** An uncertain e-mail goes again this long after (the same Message-ID: a mailbox keeps one copy). */
    static final Duration ESPERA_DO_REENVIO = Duration.ofMinutes(1);

    private static final int MOTIVO_MAXIMO = 500;

    private Tentativas() {}

    /** The send goes to its provider now: committed before the call, it counts for the limits from this instant. */
    static void marcar(Connection db, Tentativa tentativa) throws SQLException {
        try (PreparedStatement update = db.prepareStatement("UPDATE nigredo_leads.envios SET status = 'enviando',"
                + " tentativa_id = ?, tentativa_em = ?, sent_at = ?, mensagem_enviada = ?, modelo = ?, motivo = NULL"
                + " WHERE id = ? AND status = 'agendado'")) {
            Timestamp em = Timestamp.from(tentativa.em());
            update.setObject(1, tentativa.id());
            update.setTimestamp(2, em);
            update.setTimestamp(3, em);
            update.setString(4, tentativa.mensagem().corpo());
            update.setString(5, tentativa.mensagem().modelo().map(m -> m.nome()).orElse(null));
            update.setObject(6, tentativa.envioId());
            if (update.executeUpdate() != 1) {
                throw new IllegalStateException("send " + tentativa.envioId() + " was no longer scheduled");
            }
        }
    }

    /** A send the provider took, as {@link #confirmar} found it. */
    public record Confirmado(
            UUID envioId,
            UUID tenantId,
            UUID campanhaId,
            UUID leadId,
            TipoDeEnvio tipo,
            String etapa,
            String variante,
            CanalDeEnvio canal,
            String providerMessageId,
            Instant enviadoEm) {

        public EnvioRealizado realizado() {
            return new EnvioRealizado(
                    envioId, tenantId, campanhaId, leadId, etapa, variante, canal, providerMessageId, enviadoEm);
        }
    }

    /**
     * The provider took the send (its answer, or a status webhook naming it): {@code enviado}, the lead {@code
     * contatado}, an interação with the text as it went. Only from {@code enviando} or {@code incerto}, and with
     * {@code tentativaId} only from that attempt.
     *
     * @param tentativaId the attempt whose answer this is; empty when a status webhook confirms whichever attempt
     * @return the send, when this call confirmed it
     */
    public static Optional<Confirmado> confirmar(
            Connection db,
            UUID tenantId,
            UUID envioId,
            Optional<UUID> tentativaId,
            String providerMessageId,
            Optional<String> waId)
            throws SQLException {
        Confirmado confirmado;
        String mensagem;
        try (PreparedStatement update = db.prepareStatement("UPDATE nigredo_leads.envios SET status = 'enviado',"
                + " provider_message_id = COALESCE(?, provider_message_id), wa_id = COALESCE(?, wa_id),"
                + " sent_at = COALESCE(sent_at, tentativa_em), attempts = attempts + 1, motivo = NULL"
                + " WHERE id = ? AND tenant_id = ? AND status IN ('enviando', 'incerto')"
                + " AND (?::uuid IS NULL OR tentativa_id = ?::uuid)"
                + " RETURNING campanha_id, lead_id, tipo, etapa, variante, canal, provider_message_id, sent_at,"
                + " mensagem_enviada")) {
            update.setString(1, providerMessageId);
            update.setString(2, waId.orElse(null));
            update.setObject(3, envioId);
            update.setObject(4, tenantId);
            update.setObject(5, tentativaId.orElse(null));
            update.setObject(6, tentativaId.orElse(null));
            try (ResultSet row = update.executeQuery()) {
                if (!row.next()) {
                    return Optional.empty();
                }
                confirmado = new Confirmado(
                        envioId,
                        tenantId,
                        row.getObject("campanha_id", UUID.class),
                        row.getObject("lead_id", UUID.class),
                        TipoDeEnvio.valueOf(row.getString("tipo")),
                        row.getString("etapa"),
                        row.getString("variante"),
                        CanalDeEnvio.valueOf(row.getString("canal")),
                        row.getString("provider_message_id"),
                        row.getTimestamp("sent_at").toInstant());
                mensagem = row.getString("mensagem_enviada");
            }
        }
        try (PreparedStatement lead = db.prepareStatement("UPDATE nigredo_leads.leads SET status = CASE WHEN status"
                + " IN ('novo', 'enriquecido') THEN 'contatado' ELSE status END, updated_at = ?,"
                + " metadata = CASE WHEN ?::text IS NULL THEN metadata ELSE metadata || jsonb_build_object('wa_id', ?::text) END"
                + " WHERE id = ? AND tenant_id = ?")) {
            lead.setTimestamp(1, Timestamp.from(confirmado.enviadoEm()));
            lead.setString(2, waId.orElse(null));
            lead.setString(3, waId.orElse(null));
            lead.setObject(4, confirmado.leadId());
            lead.setObject(5, tenantId);
            lead.executeUpdate();
        }
        try (PreparedStatement interacao = db.prepareStatement("INSERT INTO nigredo_leads.interacoes (id, tenant_id,"
                + " lead_id, tipo, canal, mensagem, created_at) VALUES (?, ?, ?, 'enviado', ?, ?, ?)")) {
            interacao.setObject(1, UUID.randomUUID());
            interacao.setObject(2, tenantId);
            interacao.setObject(3, confirmado.leadId());
            interacao.setString(4, confirmado.canal().interacao().name());
            interacao.setString(5, mensagem == null ? "" : mensagem);
            interacao.setTimestamp(6, Timestamp.from(confirmado.enviadoEm()));
            interacao.executeUpdate();
        }
        return Optional.of(confirmado);
    }

    /**
     * Nothing went out (a definite refusal, or a failure before the request was written): the send is {@code agendado}
     * again at {@code ate}; {@code tentou} counts an attempt.
     *
     * @return whether the attempt was still this one's
     */
    static boolean reagendar(Connection db, Tentativa tentativa, Instant ate, String motivo, boolean tentou)
            throws SQLException {
        try (PreparedStatement update = db.prepareStatement("UPDATE nigredo_leads.envios SET status = 'agendado',"
                + " due_at = ?, motivo = ?, attempts = attempts + ?, sent_at = NULL"
                + " WHERE id = ? AND status = 'enviando' AND tentativa_id = ?")) {
            update.setTimestamp(1, Timestamp.from(ate));
            update.setString(2, limitado(motivo));
            update.setInt(3, tentou ? 1 : 0);
            update.setObject(4, tentativa.envioId());
            update.setObject(5, tentativa.id());
            return update.executeUpdate() == 1;
        }
    }

    /**
     * The send is over without having gone out ({@code falhou}, {@code bloqueado}).
     *
     * @return whether the attempt was still this one's
     */
    static boolean encerrar(Connection db, Tentativa tentativa, String status, String motivo) throws SQLException {
        try (PreparedStatement update = db.prepareStatement("UPDATE nigredo_leads.envios SET status = ?, motivo = ?,"
                + " attempts = attempts + 1, sent_at = NULL"
                + " WHERE id = ? AND status IN ('enviando', 'incerto') AND tentativa_id = ?")) {
            update.setString(1, status);
            update.setString(2, limitado(motivo));
            update.setObject(3, tentativa.envioId());
            update.setObject(4, tentativa.id());
            return update.executeUpdate() == 1;
        }
    }

    /**
     * The provider took the send or not, nobody knows: a WhatsApp send becomes {@code incerto} (a status webhook or a
     * person settles it, never a second copy); an e-mail is scheduled once more with the same Message-ID, then it is
     * {@code incerto} too and waits for a person.
     *
     * @param tentativaId the attempt whose answer never came; empty for the sweep, which found the send stuck
     * @return whether the send was still in that attempt
     */
    static boolean incerto(Connection db, UUID envioId, Optional<UUID> tentativaId, String motivo, Instant agora)
            throws SQLException {
        try (PreparedStatement update = db.prepareStatement("UPDATE nigredo_leads.envios SET"
                + " status = CASE WHEN canal = 'email' AND reenvios < 1 THEN 'agendado' ELSE 'incerto' END,"
                + " due_at = CASE WHEN canal = 'email' AND reenvios < 1 THEN ? ELSE due_at END,"
                + " incerto_desde = CASE WHEN canal = 'email' AND reenvios < 1 THEN incerto_desde ELSE ? END,"
                + " para_pessoa_em = CASE WHEN canal = 'email' AND reenvios >= 1 THEN ? ELSE para_pessoa_em END,"
                + " motivo = CASE WHEN canal = 'email' AND reenvios < 1 THEN ?"
                + " WHEN canal = 'email' THEN ? ELSE ? END,"
                + " reenvios = CASE WHEN canal = 'email' AND reenvios < 1 THEN reenvios + 1 ELSE reenvios END,"
                + " attempts = attempts + 1"
                + " WHERE id = ? AND status = 'enviando' AND (?::uuid IS NULL OR tentativa_id = ?::uuid)"
                + " RETURNING tenant_id, status, due_at")) {
            Timestamp quando = Timestamp.from(agora);
            update.setTimestamp(1, Timestamp.from(agora.plus(ESPERA_DO_REENVIO)));
            update.setTimestamp(2, quando);
            update.setTimestamp(3, quando);
            update.setString(4, limitado("reenvio com o mesmo Message-ID: " + motivo));
            update.setString(5, limitado(PARA_PESSOA_EMAIL + " (" + motivo + ")"));
            update.setString(6, limitado("envio incerto, aguardando o status do WhatsApp: " + motivo));
            update.setObject(7, envioId);
            update.setObject(8, tentativaId.orElse(null));
            update.setObject(9, tentativaId.orElse(null));
            try (ResultSet row = update.executeQuery()) {
                if (!row.next()) {
                    return false;
                }
                if ("agendado".equals(row.getString("status"))) {
                    Ritmo.acordar(
                            db,
                            row.getObject("tenant_id", UUID.class),
                            row.getTimestamp("due_at").toInstant());
                }
                return true;
            }
        }
    }

    /** What a send a person asked to go again reads until it goes. */
    public static final String REENVIO_POR_PESSOA = "reenvio pedido por uma pessoa depois de um envio incerto";

    /** Whether the send is {@code incerto} and handed to a person (locked until the caller's transaction ends). */
    public static boolean aguardaPessoa(Connection db, UUID tenantId, UUID envioId) throws SQLException {
        try (PreparedStatement select = db.prepareStatement("SELECT 1 FROM nigredo_leads.envios WHERE id = ?"
                + " AND tenant_id = ? AND status = 'incerto' AND para_pessoa_em IS NOT NULL FOR UPDATE")) {
            select.setObject(1, envioId);
            select.setObject(2, tenantId);
            try (ResultSet row = select.executeQuery()) {
                return row.next();
            }
        }
    }

    /**
     * A person checked that an uncertain send never arrived and asks for it again: {@code agendado}, due now, through
     * every rule as any due send (an e-mail keeps its Message-ID and its one resend: uncertain again, it comes back to
     * a person).
     *
     * @return whether the send was still waiting for a person
     */
    public static boolean reenviarPorPessoa(Connection db, UUID tenantId, UUID envioId, Instant agora)
            throws SQLException {
        try (PreparedStatement update = db.prepareStatement("UPDATE nigredo_leads.envios SET status = 'agendado',"
                + " due_at = ?, motivo = ?, sent_at = NULL, incerto_desde = NULL, para_pessoa_em = NULL"
                + " WHERE id = ? AND tenant_id = ? AND status = 'incerto' AND para_pessoa_em IS NOT NULL")) {
            update.setTimestamp(1, Timestamp.from(agora));
            update.setString(2, REENVIO_POR_PESSOA);
            update.setObject(3, envioId);
            update.setObject(4, tenantId);
            if (update.executeUpdate() != 1) {
                return false;
            }
        }
        Ritmo.acordar(db, tenantId, agora);
        return true;
    }

    /** A status webhook says WhatsApp did not deliver an uncertain send: {@code falhou}, nothing went out. */
    public static boolean naoEntregue(Connection db, UUID tenantId, UUID envioId, String motivo) throws SQLException {
        try (PreparedStatement update = db.prepareStatement("UPDATE nigredo_leads.envios SET status = 'falhou',"
                + " motivo = ?, sent_at = NULL WHERE id = ? AND tenant_id = ? AND status IN ('enviando', 'incerto')")) {
            update.setString(1, limitado(motivo));
            update.setObject(2, envioId);
            update.setObject(3, tenantId);
            return update.executeUpdate() == 1;
        }
    }

    /**
     * Sends left {@code enviando} since before {@code antesDe} (the process died between the mark and the record):
     * each becomes {@code incerto} by the rules above. SKIP LOCKED: instances sweep side by side.
     *
     * @return how many were found stuck
     */
    static int varrerEnviando(Connection db, Instant antesDe, Instant agora, int limite) throws SQLException {
        List<UUID> presos = new ArrayList<>();
        try (PreparedStatement select = db.prepareStatement("SELECT id FROM nigredo_leads.envios"
                + " WHERE status = 'enviando' AND tentativa_em < ? ORDER BY tentativa_em LIMIT ?"
                + " FOR UPDATE SKIP LOCKED")) {
            select.setTimestamp(1, Timestamp.from(antesDe));
            select.setInt(2, limite);
            try (ResultSet row = select.executeQuery()) {
                while (row.next()) {
                    presos.add(row.getObject(1, UUID.class));
                }
            }
        }
        for (UUID envio : presos) {
            incerto(
                    db,
                    envio,
                    Optional.empty(),
                    "o envio foi interrompido antes de registrar a resposta do provedor",
                    agora);
        }
        return presos.size();
    }

    /**
     * WhatsApp sends still {@code incerto} since before {@code antesDe}, with no status webhook naming them: handed to a
     * person ({@link #PARA_PESSOA_WHATSAPP}), never sent again by Disparo.
     *
     * @return how many were handed over
     */
    static int entregarAPessoas(Connection db, Instant antesDe, Instant agora) throws SQLException {
        try (PreparedStatement update = db.prepareStatement("UPDATE nigredo_leads.envios SET para_pessoa_em = ?,"
                + " motivo = ? WHERE status = 'incerto' AND canal = 'whatsapp' AND para_pessoa_em IS NULL"
                + " AND incerto_desde < ?")) {
            update.setTimestamp(1, Timestamp.from(agora));
            update.setString(2, PARA_PESSOA_WHATSAPP);
            update.setTimestamp(3, Timestamp.from(antesDe));
            return update.executeUpdate();
        }
    }

    private static String limitado(String motivo) {
        return motivo.length() <= MOTIVO_MAXIMO ? motivo : motivo.substring(0, MOTIVO_MAXIMO);
    }
}
