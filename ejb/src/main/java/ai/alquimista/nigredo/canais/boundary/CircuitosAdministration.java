package ai.alquimista.nigredo.canais.boundary;

import ai.alquimista.platform.audit.boundary.AuditTrail;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.util.List;
import java.util.UUID;

/** Operators' view of the provider accounts' circuits on this instance; every read is in the audit log. */
@Stateless
public class CircuitosAdministration {

    @Inject
    Circuitos circuitos;

    @Inject
    AuditTrail audit;

    /** Every circuit this instance knows, open ones first. */
    public List<Circuito> listar(UUID operatorId, String ipAddress, String userAgent) {
        audit.recordOperatorAct(operatorId, null, "operator.circuits.read", "circuits", "all", ipAddress, userAgent);
        return circuitos.circuitos();
    }
}
