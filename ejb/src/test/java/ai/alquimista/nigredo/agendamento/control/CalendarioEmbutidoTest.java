package ai.alquimista.nigredo.agendamento.control;

import static ai.alquimista.testing.SimulatedClock.brasilia;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import ai.alquimista.nigredo.agendamento.EventoDeAgenda;
import ai.alquimista.nigredo.agendamento.Horario;
import ai.alquimista.nigredo.estrategia.Beans;
import ai.alquimista.testing.EmbeddedDatabase;
import ai.alquimista.testing.Transaction;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import javax.sql.DataSource;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The embedded calendar on the real schema: a sales team's meetings in {@code calendario_eventos}, and the exclusion
 * constraint that keeps two bookings of one tenant from ever overlapping, also when two instances book at once.
 */
class CalendarioEmbutidoTest {

    private static final Horario TERCA_10H = horario("2025-03-11T10:00", 60);
    private static final Horario TERCA_10H30 = horario("2025-03-11T10:30", 60);
    private static final Horario TERCA_11H = horario("2025-03-11T11:00", 60);

    @RegisterExtension
    final EmbeddedDatabase database = new EmbeddedDatabase();

    private final UUID forno = UUID.randomUUID();
    private final UUID padaria = UUID.randomUUID();
    private final ExecutorService outraInstancia = Executors.newFixedThreadPool(2);

    @AfterEach
    void stop() throws InterruptedException {
        outraInstancia.shutdownNow();
        assertThat(outraInstancia.awaitTermination(10, TimeUnit.SECONDS)).isTrue();
    }

    @Test
    void aBookedMeetingIsStoredWithItsBriefingAndItsEventIdIsTheRows() throws SQLException {
        EventoDeAgenda reuniao = reuniao(TERCA_10H);

        String eventId = calendario(forno).criar(reuniao);

        Map<String, Object> row = database.row(
                "SELECT id::text, tenant_id, lower(periodo) AS inicio, upper(periodo) AS fim, titulo, descricao,"
                        + " participantes::text, provedor, provider_event_id"
                        + " FROM nigredo_leads.calendario_eventos WHERE agendamento_id = ?",
                reuniao.agendamentoId());
        assertThat(row)
                .containsEntry("id", eventId)
                .containsEntry("tenant_id", forno)
                .containsEntry("inicio", TERCA_10H.inicio())
                .containsEntry("fim", TERCA_10H.fim())
                .containsEntry("titulo", "Reunião - Padaria Pão Quente")
                .containsEntry("descricao", "Briefing: 40 pães por dia; objeção: preço")
                .containsEntry("participantes", "[\"maria@paoquente.com.br\", \"vendas@fornobom.com.br\"]")
                .containsEntry("provedor", "embutido")
                .containsEntry("provider_event_id", eventId);
    }

    @Test
    void busyTimeIsTheTenantsBookingsThatOverlapThePeriodInTimeOrder() {
        Calendario calendario = calendario(forno);
        calendario.criar(reuniao(horario("2025-03-12T15:00", 60)));
        calendario.criar(reuniao(TERCA_10H));
        calendario.criar(reuniao(horario("2025-03-14T09:00", 30)));
        calendario(padaria).criar(reuniao(horario("2025-03-12T09:00", 60)));

        List<Horario> ocupados =
                calendario.ocupados(new Horario(brasilia("2025-03-11T10:30"), brasilia("2025-03-13T00:00")));

        assertThat(ocupados).containsExactly(TERCA_10H, horario("2025-03-12T15:00", 60));
    }

    @Test
    void anOverlappingBookingIsRefusedAndTheCallersTransactionGoesOn() throws SQLException {
        calendario(forno).criar(reuniao(TERCA_10H));

        try (Transaction saga = database.begin()) {
            Calendario calendario = calendario(forno, saga.dataSource());
            assertThatThrownBy(() -> calendario.criar(reuniao(TERCA_10H30)))
                    .isInstanceOf(HorarioOcupado.class)
                    .hasMessageContaining(TERCA_10H30.inicio().toString());
            // no error reached PostgreSQL: the saga's transaction can still book the next proposal and commit
            calendario.criar(reuniao(horario("2025-03-11T14:00", 60)));
            saga.commit();
        }
        assertThat(database.count("SELECT count(*) FROM nigredo_leads.calendario_eventos WHERE tenant_id = ?", forno))
                .isEqualTo(2);
    }

    @Test
    void meetingsThatOnlyTouchAreBothBooked() {
        Calendario calendario = calendario(forno);

        assertThatCode(() -> {
                    calendario.criar(reuniao(TERCA_10H));
                    calendario.criar(reuniao(TERCA_11H));
                })
                .doesNotThrowAnyException();
        assertThat(calendario.ocupados(horario("2025-03-11T08:00", 600))).containsExactly(TERCA_10H, TERCA_11H);
    }

    @Test
    void twoTenantsMayMeetAtTheSameTime() {
        calendario(forno).criar(reuniao(TERCA_10H));

        assertThatCode(() -> calendario(padaria).criar(reuniao(TERCA_10H))).doesNotThrowAnyException();
    }

    @Test
    void aRedeliveredBookingAnswersTheSameEventAndAnotherSlotForTheSameAgendamentoIsRefused() throws SQLException {
        Calendario calendario = calendario(forno);
        EventoDeAgenda reuniao = reuniao(TERCA_10H);
        String primeiro = calendario.criar(reuniao);

        assertThat(calendario.criar(reuniao)).isEqualTo(primeiro);
        assertThatThrownBy(() -> calendario.criar(
                        new EventoDeAgenda(reuniao.agendamentoId(), TERCA_11H, reuniao.titulo(), "", List.of())))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("cancel it");
        assertThat(database.count("SELECT count(*) FROM nigredo_leads.calendario_eventos"))
                .isEqualTo(1);
    }

    @Test
    void aCancelledMeetingFreesItsSlotAndCancellingAgainDoesNothing() {
        Calendario calendario = calendario(forno);
        EventoDeAgenda reuniao = reuniao(TERCA_10H);
        calendario.criar(reuniao);

        calendario.cancelar(reuniao.agendamentoId());
        calendario.cancelar(reuniao.agendamentoId());
        calendario.cancelar(UUID.randomUUID());

        assertThat(calendario.ocupados(TERCA_10H)).isEmpty();
        assertThatCode(() -> calendario.criar(reuniao(TERCA_10H30))).doesNotThrowAnyException();
    }

    @Test
    void anotherTenantCannotCancelAMeeting() {
        EventoDeAgenda reuniao = reuniao(TERCA_10H);
        calendario(forno).criar(reuniao);

        calendario(padaria).cancelar(reuniao.agendamentoId());

        assertThat(calendario(forno).ocupados(TERCA_10H)).containsExactly(TERCA_10H);
    }

    @Test
    void whileOneInstanceBooksASlotAnotherBookingAnOverlappingOneWaitsAndIsRefusedWhenTheFirstCommits()
            throws Exception {
        try (Transaction primeira = database.begin()) {
            calendario(forno, primeira.dataSource()).criar(reuniao(TERCA_10H));
            Future<String> daSegunda = outraInstancia.submit(() -> emTransacao(reuniao(TERCA_10H30)));
            esperarQueAlguemAguardeUmBloqueio();

            primeira.commit();

            assertThatThrownBy(() -> daSegunda.get(30, TimeUnit.SECONDS)).hasCauseInstanceOf(HorarioOcupado.class);
        }
        assertThat(calendario(forno).ocupados(horario("2025-03-11T08:00", 600))).containsExactly(TERCA_10H);
    }

    @Test
    void whenTheFirstInstanceRollsBackTheWaitingBookingGetsTheSlot() throws Exception {
        Future<String> daSegunda;
        try (Transaction primeira = database.begin()) {
            calendario(forno, primeira.dataSource()).criar(reuniao(TERCA_10H));
            daSegunda = outraInstancia.submit(() -> emTransacao(reuniao(TERCA_10H30)));
            esperarQueAlguemAguardeUmBloqueio();

            primeira.rollback();
        }

        assertThat(daSegunda.get(30, TimeUnit.SECONDS)).isNotBlank();
        assertThat(calendario(forno).ocupados(horario("2025-03-11T08:00", 600))).containsExactly(TERCA_10H30);
    }

    @Test
    void twoInstancesRacingForOverlappingSlotsBookExactlyOne() throws Exception {
        for (int rodada = 0; rodada < 10; rodada++) {
            Horario dez = mais(TERCA_10H, Duration.ofDays(rodada));
            Horario dezEMeia = mais(dez, Duration.ofMinutes(30));
            CyclicBarrier largada = new CyclicBarrier(2);
            List<Future<String>> reservas = new ArrayList<>();
            for (Horario horario : List.of(dez, dezEMeia)) {
                Callable<String> reserva = () -> {
                    largada.await(10, TimeUnit.SECONDS);
                    return emTransacao(reuniao(horario));
                };
                reservas.add(outraInstancia.submit(reserva));
            }

            int reservadas = 0;
            int recusadas = 0;
            for (Future<String> reserva : reservas) {
                try {
                    reserva.get(30, TimeUnit.SECONDS);
                    reservadas++;
                } catch (ExecutionException e) {
                    assertThat(e.getCause()).isInstanceOf(HorarioOcupado.class);
                    recusadas++;
                }
            }
            assertThat(reservadas).as("round %d", rodada).isEqualTo(1);
            assertThat(recusadas).as("round %d", rodada).isEqualTo(1);
        }
        assertThat(database.count("SELECT count(*) FROM nigredo_leads.calendario_eventos"))
                .isEqualTo(10);
    }

    /** Another instance's booking: its own connection and transaction, committed when it succeeds. */
    private String emTransacao(EventoDeAgenda reuniao) throws SQLException {
        try (Transaction transaction = database.begin()) {
            String eventId = calendario(forno, transaction.dataSource()).criar(reuniao);
            transaction.commit();
            return eventId;
        }
    }

    private Calendario calendario(UUID tenant) {
        return calendario(tenant, database.dataSource());
    }

    private static Calendario calendario(UUID tenant, DataSource dataSource) {
        return new CalendarioEmbutido(tenant, Beans.wire(new ReservasDeHorario(), dataSource));
    }

    static EventoDeAgenda reuniao(Horario horario) {
        return new EventoDeAgenda(
                UUID.randomUUID(),
                horario,
                "Reunião - Padaria Pão Quente",
                "Briefing: 40 pães por dia; objeção: preço",
                List.of("maria@paoquente.com.br", "vendas@fornobom.com.br"));
    }

    static Horario horario(String brasilia, int minutos) {
        return Horario.de(brasilia(brasilia), Duration.ofMinutes(minutos));
    }

    private static Horario mais(Horario horario, Duration quanto) {
        return new Horario(horario.inicio().plus(quanto), horario.fim().plus(quanto));
    }

    private void esperarQueAlguemAguardeUmBloqueio() throws SQLException, InterruptedException {
        for (int tentativas = 0; tentativas < 200; tentativas++) {
            if (database.count("SELECT count(*) FROM pg_stat_activity WHERE datname = current_database()"
                            + " AND wait_event_type = 'Lock'")
                    > 0) {
                return;
            }
            Thread.sleep(50);
        }
        throw new IllegalStateException("the second instance never waited for the first one's booking");
    }
}
