package ai.alquimista.nigredo.disparo.control;

import ai.alquimista.nigredo.canais.ResultadoDoEnvio;
import jakarta.annotation.Resource;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import javax.sql.DataSource;

/**
 * One tenant's dispatch pass, outside any transaction: the send is marked {@code enviando} and committed, the provider
 * is called, and its answer is recorded in a transaction of its own ({@link PassosDoDespacho}). A crash between the
 * mark and the record leaves a mark the sweep finds, never a message sent twice.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class DespachoDoTenant {

    private static final int TENANTS_PER_ROUND = 200;

    @Resource(lookup = "java:app/jdbc/alquimista")
    DataSource dataSource;

    @Inject
    RelogioDoDisparo relogio;

    @Inject
    PassosDoDespacho passos;

    public List<UUID> devidos() {
        try (Connection db = dataSource.getConnection()) {
            return Ritmo.devidos(db, relogio.clock().instant(), TENANTS_PER_ROUND);
        } catch (SQLException e) {
            throw new IllegalStateException("cannot list the tenants with due sends: " + e.getMessage(), e);
        }
    }

    /** @return whether a message went out */
    public boolean despachar(UUID tenantId) {
        Optional<Tentativa> tentativa = passos.preparar(tenantId);
        if (tentativa.isEmpty()) {
            return false;
        }
        ResultadoDoEnvio resultado;
        try {
            resultado = passos.transmitir(tentativa.get());
        } catch (RuntimeException e) {
            passos.desfazer(tentativa.get(), e);
            throw e;
        }
        return passos.registrar(tentativa.get(), resultado);
    }

    /** Sends stuck {@code enviando} become uncertain; uncertain WhatsApp sends nobody settled go to a person. */
    public Despacho.Varredura varrer() {
        return passos.varrer();
    }
}
