package ai.alquimista.nigredo.canais.boundary;

import ai.alquimista.platform.audit.boundary.AuditTrail;
import ai.alquimista.platform.auth.boundary.OperatorCaller;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.util.List;

/** Operators' view of the provider accounts' circuits on this instance; every read is in the audit log. */
@Stateless
public class CircuitosAdministration {

    @Inject
    Circuitos circuitos;

    @Inject
    AuditTrail audit;

    /** Every circuit this instance knows, open ones first. */
    public List<Circuito> listar(OperatorCaller operator) {
        audit.recordOperatorAct(operator, null, "operator.circuits.read", "circuits", "all");
        return circuitos.circuitos();
    }
}
