package ai.alquimista.nigredo.agendamento.control;

import ai.alquimista.nigredo.agendamento.ConfiguracaoDaAgenda.Provedor;
import ai.alquimista.nigredo.agendamento.EventoDeAgenda;
import ai.alquimista.nigredo.agendamento.Horario;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.json.Json;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import javax.sql.DataSource;

/**
 * Agendamento's bookings in {@code nigredo_leads.calendario_eventos}, whatever the calendar: the embedded calendar is
 * only this table, the Google Calendar adapter books here before it creates the event in Google. The table's
 * exclusion constraint ({@code tenant_id WITH =, periodo WITH &&}) is what makes a double booking impossible, also
 * between instances. Native SQL: a conditional insert arbitrated by an exclusion constraint, which JPA cannot say.
 * Runs on the container's datasource, in the caller's transaction.
 */
@ApplicationScoped
public class ReservasDeHorario {

    private static final String COLUNAS = "id, agendamento_id, lower(periodo), upper(periodo), provedor,"
            + " provider_event_id, provider_calendar_id";

    @Resource(lookup = "java:app/jdbc/alquimista")
    DataSource dataSource;

    /** A booking as stored; the provider's ids are empty only for rows written by hand. */
    public record Reserva(
            UUID id,
            UUID agendamentoId,
            Horario horario,
            Provedor provedor,
            Optional<String> providerEventId,
            Optional<String> providerCalendarId) {}

    /**
     * Books the event's slot for the tenant as row {@code id}. {@code ON CONFLICT DO NOTHING} rather than letting the
     * exclusion constraint raise: an error would abort the caller's whole transaction, while no row is an answer.
     * When two transactions book overlapping slots at once, the second waits for the first and inserts nothing if it
     * commits.
     *
     * @return the new booking, or the agendamento's own booking of the same slot made earlier (a redelivered message
     *     books once)
     * @throws HorarioOcupado when the slot overlaps another booking of the tenant
     * @throws IllegalStateException when the agendamento already holds another slot: cancel it first
     */
    public Reserva reservar(
            UUID tenantId,
            UUID id,
            EventoDeAgenda evento,
            Provedor provedor,
            String providerEventId,
            Optional<String> providerCalendarId) {
        String insert = "INSERT INTO nigredo_leads.calendario_eventos (id, tenant_id, agendamento_id, periodo, titulo,"
                + " descricao, participantes, provedor, provider_event_id, provider_calendar_id)"
                + " VALUES (?, ?, ?, tstzrange(?::timestamptz, ?::timestamptz, '[)'), ?, ?, ?::jsonb, ?, ?, ?)"
                + " ON CONFLICT DO NOTHING RETURNING " + COLUNAS;
        try (Connection db = dataSource.getConnection();
                PreparedStatement statement = db.prepareStatement(insert)) {
            statement.setObject(1, id);
            statement.setObject(2, tenantId);
            statement.setObject(3, evento.agendamentoId());
            statement.setObject(4, instante(evento.horario().inicio()));
            statement.setObject(5, instante(evento.horario().fim()));
            statement.setString(6, evento.titulo());
            statement.setString(7, evento.descricao());
            statement.setString(
                    8, Json.createArrayBuilder(evento.participantes()).build().toString());
            statement.setString(9, provedor.name());
            statement.setString(10, providerEventId);
            statement.setString(11, providerCalendarId.orElse(null));
            Optional<Reserva> nova = uma(statement);
            if (nova.isPresent()) {
                return nova.get();
            }
        } catch (SQLException e) {
            throw new IllegalStateException("cannot book " + evento.horario() + ": " + e.getMessage(), e);
        }
        return jaReservado(tenantId, evento);
    }

    private Reserva jaReservado(UUID tenantId, EventoDeAgenda evento) {
        Reserva anterior = consultar(
                        "SELECT " + COLUNAS + " FROM nigredo_leads.calendario_eventos"
                                + " WHERE tenant_id = ? AND agendamento_id = ?",
                        tenantId,
                        evento.agendamentoId())
                .orElseThrow(() -> new HorarioOcupado(evento.horario()));
        if (anterior.horario().equals(evento.horario())) {
            return anterior;
        }
        throw new IllegalStateException("the agendamento " + evento.agendamentoId()
                + " already holds another booking: cancel it before booking " + evento.horario());
    }

    /** The tenant's bookings that overlap {@code periodo}, in time order. */
    public List<Horario> ocupados(UUID tenantId, Horario periodo) {
        String select = "SELECT lower(periodo), upper(periodo) FROM nigredo_leads.calendario_eventos"
                + " WHERE tenant_id = ? AND periodo && tstzrange(?::timestamptz, ?::timestamptz, '[)')"
                + " ORDER BY lower(periodo)";
        try (Connection db = dataSource.getConnection();
                PreparedStatement statement = db.prepareStatement(select)) {
            statement.setObject(1, tenantId);
            statement.setObject(2, instante(periodo.inicio()));
            statement.setObject(3, instante(periodo.fim()));
            List<Horario> ocupados = new ArrayList<>();
            try (ResultSet rows = statement.executeQuery()) {
                while (rows.next()) {
                    ocupados.add(horario(rows, 1));
                }
            }
            return ocupados;
        } catch (SQLException e) {
            throw new IllegalStateException("cannot read the bookings within " + periodo + ": " + e.getMessage(), e);
        }
    }

    /**
     * The agendamento's booking, locked until the caller's transaction ends: a cancellation and a concurrent one do
     * not both undo it at the provider.
     */
    public Optional<Reserva> paraCancelar(UUID tenantId, UUID agendamentoId) {
        return consultar(
                "SELECT " + COLUNAS + " FROM nigredo_leads.calendario_eventos"
                        + " WHERE tenant_id = ? AND agendamento_id = ? FOR UPDATE",
                tenantId,
                agendamentoId);
    }

    /** The event id the provider gave, when it is not the one asked for. */
    public void registrarEvento(UUID id, String providerEventId) {
        atualizar(
                "UPDATE nigredo_leads.calendario_eventos SET provider_event_id = ? WHERE id = ?", providerEventId, id);
    }

    /** Frees the slot. */
    public void apagar(UUID id) {
        atualizar("DELETE FROM nigredo_leads.calendario_eventos WHERE id = ?", id);
    }

    private void atualizar(String sql, Object... parametros) {
        try (Connection db = dataSource.getConnection();
                PreparedStatement statement = preparar(db, sql, parametros)) {
            statement.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException("cannot change a booking: " + e.getMessage(), e);
        }
    }

    private Optional<Reserva> consultar(String sql, Object... parametros) {
        try (Connection db = dataSource.getConnection();
                PreparedStatement statement = preparar(db, sql, parametros)) {
            return uma(statement);
        } catch (SQLException e) {
            throw new IllegalStateException("cannot read a booking: " + e.getMessage(), e);
        }
    }

    private static PreparedStatement preparar(Connection db, String sql, Object... parametros) throws SQLException {
        PreparedStatement statement = db.prepareStatement(sql);
        for (int i = 0; i < parametros.length; i++) {
            statement.setObject(i + 1, parametros[i]);
        }
        return statement;
    }

    private static Optional<Reserva> uma(PreparedStatement statement) throws SQLException {
        try (ResultSet row = statement.executeQuery()) {
            if (!row.next()) {
                return Optional.empty();
            }
            return Optional.of(new Reserva(
                    row.getObject(1, UUID.class),
                    row.getObject(2, UUID.class),
                    horario(row, 3),
                    Provedor.valueOf(row.getString(5)),
                    Optional.ofNullable(row.getString(6)),
                    Optional.ofNullable(row.getString(7))));
        }
    }

    private static Horario horario(ResultSet row, int coluna) throws SQLException {
        return new Horario(
                row.getObject(coluna, OffsetDateTime.class).toInstant(),
                row.getObject(coluna + 1, OffsetDateTime.class).toInstant());
    }

    private static OffsetDateTime instante(Instant instant) {
        return instant.atOffset(ZoneOffset.UTC);
    }
}
