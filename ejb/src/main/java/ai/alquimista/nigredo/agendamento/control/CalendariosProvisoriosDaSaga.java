package ai.alquimista.nigredo.agendamento.control;

import ai.alquimista.nigredo.agendamento.EventoDeAgenda;
import ai.alquimista.nigredo.agendamento.Horario;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.json.JsonObject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import javax.sql.DataSource;

/**
 * PROVISIONAL, to be deleted when the calendar adapters (CalendariosConfigurados: the embedded calendar over
 * {@code nigredo_leads.calendario_eventos} with its exclusion constraint, and Google Calendar) are merged: the
 * container needs one {@link Calendarios} for the saga to run. Busy time is the tenant's confirmed meetings; a booking
 * takes a per-tenant transaction lock, so two instances cannot book overlapping slots. It ignores the Google setting.
 */
@ApplicationScoped
public class CalendariosProvisoriosDaSaga implements Calendarios {

    private static final String PREFIXO = "provisorio:";

    @Resource(lookup = "java:app/jdbc/alquimista")
    DataSource dataSource;

    private final Set<UUID> cancelados = ConcurrentHashMap.newKeySet();

    @Override
    public Calendario doTenant(UUID tenantId, JsonObject settings) {
        return new Calendario() {
            @Override
            public List<Horario> ocupados(Horario periodo) {
                try (Connection db = dataSource.getConnection()) {
                    return ocupadosEm(db, tenantId, periodo, null);
                } catch (SQLException e) {
                    throw new CalendarioIndisponivel("the provisional calendar failed: " + e.getMessage(), e);
                }
            }

            @Override
            public String criar(EventoDeAgenda evento) {
                try (Connection db = dataSource.getConnection()) {
                    try (PreparedStatement lock = db.prepareStatement("SELECT pg_advisory_xact_lock(hashtext(?))")) {
                        lock.setString(1, "agenda:" + tenantId);
                        lock.executeQuery().close();
                    }
                    if (ocupadosEm(db, tenantId, evento.horario(), evento.agendamentoId()).stream()
                            .anyMatch(evento.horario()::sobrepoe)) {
                        throw new HorarioOcupado(evento.horario());
                    }
                    cancelados.remove(evento.agendamentoId());
                    return PREFIXO + evento.agendamentoId();
                } catch (SQLException e) {
                    throw new CalendarioIndisponivel("the provisional calendar failed: " + e.getMessage(), e);
                }
            }

            @Override
            public void cancelar(UUID agendamentoId) {
                cancelados.add(agendamentoId);
            }
        };
    }

    private List<Horario> ocupadosEm(Connection db, UUID tenantId, Horario periodo, UUID excluido) throws SQLException {
        List<Horario> ocupados = new ArrayList<>();
        try (PreparedStatement select = db.prepareStatement("SELECT id, data_hora, data_hora + make_interval(mins =>"
                + " duracao) FROM nigredo_leads.agendamentos WHERE tenant_id = ? AND status IN ('confirmado',"
                + " 'remarcado') AND data_hora < ? AND data_hora + make_interval(mins => duracao) > ?")) {
            select.setObject(1, tenantId);
            select.setTimestamp(2, Timestamp.from(periodo.fim()));
            select.setTimestamp(3, Timestamp.from(periodo.inicio()));
            try (ResultSet row = select.executeQuery()) {
                while (row.next()) {
                    UUID id = row.getObject(1, UUID.class);
                    if (!id.equals(excluido) && !cancelados.contains(id)) {
                        ocupados.add(new Horario(
                                row.getTimestamp(2).toInstant(),
                                row.getTimestamp(3).toInstant()));
                    }
                }
            }
        }
        return ocupados;
    }
}
