package ai.alquimista.nigredo.disparo.control;

import ai.alquimista.fibonacci.events.boundary.EventIntake;
import ai.alquimista.nigredo.canais.ResultadoDoEnvio;
import ai.alquimista.nigredo.canais.boundary.Circuitos;
import ai.alquimista.nigredo.titulares.boundary.ChaveDosTitulares;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.util.Optional;
import java.util.SplittableRandom;
import java.util.UUID;
import javax.sql.DataSource;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The database steps of a dispatch pass, each in a transaction of its own (REQUIRES_NEW): mark, record, undo, sweep.
 * {@link DespachoDoTenant} calls the provider between them, outside any transaction.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
public class PassosDoDespacho {

    @Resource(lookup = "java:app/jdbc/alquimista")
    DataSource dataSource;

    @Inject
    RelogioDoDisparo relogio;

    @Inject
    CanaisConfigurados canais;

    @Inject
    Circuitos circuitos;

    @Inject
    EventIntake events;

    @Inject
    ChaveDosTitulares titulares;

    @Inject
    @ConfigProperty(name = "alquimista.public-url", defaultValue = "http://127.0.0.1:8080")
    String publicUrl;

    /** How long a send may stay {@code enviando} before the sweep calls it uncertain. */
    @Inject
    @ConfigProperty(name = "alquimista.disparo.enviando-segundos", defaultValue = "120")
    long enviandoSegundos;

    /** How long an uncertain WhatsApp send waits for a status webhook before it goes to a person. */
    @Inject
    @ConfigProperty(name = "alquimista.disparo.incerto-minutos", defaultValue = "30")
    long incertoMinutos;

    private Despacho despacho;

    @PostConstruct
    void build() {
        despacho = new Despacho(
                relogio.clock(),
                canais,
                circuitos,
                new SplittableRandom(),
                sent -> events.publish(sent.evento(), sent.tenantId()),
                publicUrl,
                titulares.pseudonimos());
    }

    public Optional<Tentativa> preparar(UUID tenantId) {
        try (Connection db = dataSource.getConnection()) {
            return despacho.preparar(db, tenantId);
        } catch (SQLException e) {
            throw new IllegalStateException("cannot dispatch for tenant " + tenantId + ": " + e.getMessage(), e);
        }
    }

    /** Outside any transaction: the sandbox channel records on a connection of its own, in auto-commit. */
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public ResultadoDoEnvio transmitir(Tentativa tentativa) {
        try (Connection db = dataSource.getConnection()) {
            return despacho.transmitir(tentativa, db);
        } catch (SQLException e) {
            throw new IllegalStateException(
                    "cannot open a connection for send " + tentativa.envioId() + ": " + e.getMessage(), e);
        }
    }

    public boolean registrar(Tentativa tentativa, ResultadoDoEnvio resultado) {
        try (Connection db = dataSource.getConnection()) {
            return despacho.registrar(db, tentativa, resultado);
        } catch (SQLException e) {
            throw new IllegalStateException(
                    "cannot record the outcome of send " + tentativa.envioId() + ": " + e.getMessage(), e);
        }
    }

    public void desfazer(Tentativa tentativa, RuntimeException falha) {
        try (Connection db = dataSource.getConnection()) {
            despacho.desfazer(db, tentativa, falha);
        } catch (SQLException e) {
            throw new IllegalStateException("cannot put send " + tentativa.envioId() + " back: " + e.getMessage(), e);
        }
    }

    public Despacho.Varredura varrer() {
        try (Connection db = dataSource.getConnection()) {
            return despacho.varrer(db, Duration.ofSeconds(enviandoSegundos), Duration.ofMinutes(incertoMinutos));
        } catch (SQLException e) {
            throw new IllegalStateException("cannot sweep the sends in doubt: " + e.getMessage(), e);
        }
    }
}
