package ai.alquimista.platform.auth.boundary;

import java.util.Objects;
import java.util.UUID;

/**
 * A platform operator calling through the API, from a verified token: who, and from where, as every operator act is
 * written to the audit log ({@code AuditTrail.recordOperatorAct}).
 */
public record OperatorCaller(UUID operatorId, String ipAddress, String userAgent) {

    public OperatorCaller {
        Objects.requireNonNull(operatorId, "operatorId");
    }
}
