package ai.alquimista.nigredo.disparo.control;

import ai.alquimista.nigredo.canais.ResultadoDoEnvio;
import ai.alquimista.testing.EmbeddedDatabase;
import java.sql.SQLException;
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
