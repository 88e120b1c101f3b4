package ai.alquimista.nigredo.enriquecimento.boundary;

import ai.alquimista.nigredo.enriquecimento.ResultadoDaConsulta;
import jakarta.json.Json;
import jakarta.json.JsonObjectBuilder;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.UUID;

/**
 * Writes a CNPJ lookup's outcome on its lead: found → status enriquecido with the company's profile (an inactive
 * registration flagged); not registered → marked so; the provider unavailable → marked pendente, to be asked
 * again after {@code tentarApos}.
 */
public final class EnriquecimentoDoLead {

    private EnriquecimentoDoLead() {}

    public static void aplicar(Connection db, UUID leadId, ResultadoDaConsulta consulta, Instant tentarApos)
            throws SQLException {
        JsonObjectBuilder metadata = Json.createObjectBuilder();
        String status = null;
        String atividade = null;
        if (consulta instanceof ResultadoDaConsulta.Encontrada found) {
            status = "enriquecido";
            atividade = found.perfil().cnaeFiscal().orElse(null);
            metadata.add("enriquecimento", found.perfil().toJson())
                    .add("empresa_inativa", !found.perfil().ativa());
        } else if (consulta instanceof ResultadoDaConsulta.NaoEncontrada) {
            metadata.add("enriquecimento", Json.createObjectBuilder().add("status", "nao_encontrada"));
        } else if (consulta instanceof ResultadoDaConsulta.Indisponivel unavailable) {
            metadata.add("enriquecimento", pendente(unavailable.motivo(), tentarApos));
        }
        update(db, leadId, status, atividade, metadata);
    }

    /** Not asked yet (the provider is called outside the import's transaction): due for the next pass at once. */
    public static void agendar(Connection db, UUID leadId, Instant agora) throws SQLException {
        update(
                db,
                leadId,
                null,
                null,
                Json.createObjectBuilder().add("enriquecimento", pendente("consulta agendada", agora)));
    }

    private static JsonObjectBuilder pendente(String motivo, Instant tentarApos) {
        return Json.createObjectBuilder()
                .add("status", "pendente")
                .add("motivo", motivo)
                .add("tentar_apos", tentarApos.toString());
    }

    private static void update(Connection db, UUID leadId, String status, String atividade, JsonObjectBuilder metadata)
            throws SQLException {
        try (PreparedStatement update = db.prepareStatement("UPDATE nigredo_leads.leads SET"
                + " status = CASE WHEN ?::text IS NOT NULL AND status = 'novo' THEN ?::text ELSE status END,"
                + " atividade_principal = COALESCE(atividade_principal, ?), metadata = metadata || ?::jsonb,"
                + " updated_at = now() WHERE id = ?")) {
            update.setString(1, status);
            update.setString(2, status);
            update.setString(3, atividade);
            update.setString(4, metadata.build().toString());
            update.setObject(5, leadId);
            update.executeUpdate();
        }
    }

    /** The pending lead whose next try is due, locked for this transaction (SKIP LOCKED: instances share the work). */
    public static PreparedStatement proximoPendente(Connection db, Instant agora) throws SQLException {
        PreparedStatement select = db.prepareStatement("SELECT id, cnpj FROM nigredo_leads.leads"
                + " WHERE metadata->'enriquecimento'->>'status' = 'pendente' AND cnpj IS NOT NULL"
                + " AND (metadata->'enriquecimento'->>'tentar_apos')::timestamptz <= ?"
                + " ORDER BY updated_at LIMIT 1 FOR UPDATE SKIP LOCKED");
        select.setTimestamp(1, Timestamp.from(agora));
        return select;
    }
}
