package ai.alquimista.nigredo.disparo.control;

import ai.alquimista.fibonacci.events.boundary.EventIntake;
import ai.alquimista.nigredo.canais.ResultadoDoEnvio;
import ai.alquimista.nigredo.canais.boundary.Circuitos;
import ai.alquimista.testing.ChaveDeTeste;
import ai.alquimista.testing.EmbeddedDatabase;
import java.sql.SQLException;
import java.time.Clock;
import java.util.Optional;
import java.util.UUID;

/**
 * {@link PassosDoDespacho} as the container runs it: each step in a transaction of its own (REQUIRES_NEW), committed
 * when it returns, rolled back when it throws; the provider's call outside any.
 */
final class PassosEmTransacao extends PassosDoDespacho {

    private final EmbeddedDatabase database;

    PassosEmTransacao(EmbeddedDatabase database) {
        this.database = database;
        this.dataSource = database.dataSource();
    }

    /**
     * The steps and the tenant's pass wired as the container wires them, on {@code clock}, with the dispatch's default
     * settings: a send still marked after 120 s becomes incerto, an incerto WhatsApp send goes to a person after 30
     * minutes.
     */
    static PassosEmTransacao montados(
            EmbeddedDatabase database,
            Clock clock,
            CanaisConfigurados canais,
            Circuitos circuitos,
            EventIntake events,
            DespachoDoTenant despacho) {
        RelogioDoDisparo relogio = new RelogioDoDisparo();
        relogio.clock = clock;
        relogio.inicio = Optional.empty();
        relogio.build();
        PassosEmTransacao passos = new PassosEmTransacao(database);
        passos.relogio = relogio;
        passos.canais = canais;
        passos.circuitos = circuitos;
        passos.events = events;
        passos.publicUrl = "https://app.alquimista.test";
        passos.titulares = ChaveDeTeste.chaveDosTitulares();
        passos.enviandoSegundos = 120;
        passos.incertoMinutos = 30;
        passos.build();
        despacho.relogio = relogio;
        despacho.dataSource = database.dataSource();
        despacho.passos = passos;
        return passos;
    }

    private interface Passo<T> {
        T executar();
    }

    private <T> T emTransacao(Passo<T> passo) {
        try {
            return database.inTransaction(db -> passo.executar());
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    @Override
    public Optional<Tentativa> preparar(UUID tenantId) {
        return emTransacao(() -> super.preparar(tenantId));
    }

    @Override
    public boolean registrar(Tentativa tentativa, ResultadoDoEnvio resultado) {
        return emTransacao(() -> super.registrar(tentativa, resultado));
    }

    @Override
    public void desfazer(Tentativa tentativa, RuntimeException falha) {
        emTransacao(() -> {
            super.desfazer(tentativa, falha);
            return null;
        });
    }

    @Override
    public Despacho.Varredura varrer() {
        return emTransacao(super::varrer);
    }
}
