package ai.alquimista.nigredo.disparo.control;

import ai.alquimista.fibonacci.events.boundary.EventIntake;
import ai.alquimista.nigredo.titulares.boundary.ChaveDosTitulares;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import java.util.SplittableRandom;
import java.util.UUID;
import javax.sql.DataSource;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/** One tenant's dispatch pass in its own transaction: what is sent is committed before the next tenant's pass. */
@Stateless
public class DespachoDoTenant {

    private static final int TENANTS_PER_ROUND = 200;

    @Resource(lookup = "java:app/jdbc/alquimista")
    DataSource dataSource;

    @Inject
    RelogioDoDisparo relogio;

    @Inject
    CanaisConfigurados canais;

    @Inject
    EventIntake events;

    @Inject
    ChaveDosTitulares titulares;

    @Inject
    @ConfigProperty(name = "alquimista.public-url", defaultValue = "http://127.0.0.1:8080")
    String publicUrl;

    private Despacho despacho;

    @PostConstruct
    void build() {
        despacho = new Despacho(
                relogio.clock(),
                canais,
                new SplittableRandom(),
                sent -> events.publish(sent.evento(), sent.tenantId()),
                publicUrl,
                titulares.pseudonimos());
    }

    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public List<UUID> devidos() {
        try (Connection db = dataSource.getConnection()) {
            return Ritmo.devidos(db, relogio.clock().instant(), TENANTS_PER_ROUND);
        } catch (SQLException e) {
            throw new IllegalStateException("cannot list the tenants with due sends: " + e.getMessage(), e);
        }
    }

    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public boolean despachar(UUID tenantId) {
        try (Connection db = dataSource.getConnection()) {
            return despacho.despachar(db, tenantId);
        } catch (SQLException e) {
            throw new IllegalStateException("cannot dispatch for tenant " + tenantId + ": " + e.getMessage(), e);
        }
    }
}
