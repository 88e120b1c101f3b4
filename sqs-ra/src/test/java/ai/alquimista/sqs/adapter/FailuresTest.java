package ai.alquimista.sqs.adapter;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.ejb.EJBException;
import jakarta.resource.spi.ResourceAllocationException;
import java.net.ConnectException;
import java.net.SocketTimeoutException;
import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;
import org.junit.jupiter.api.Test;

class FailuresTest {

    /** What Payara's pool throws when PostgreSQL refuses connections, under EclipseLink and the EJB container. */
    private static RuntimeException poolCannotAllocate() {
        ResourceAllocationException pool =
                new ResourceAllocationException("Error in allocating a connection. Cause: Connection refused");
        SQLException dataSource = new SQLException("Error in allocating a connection", pool);
        return new EJBException(new RuntimeException("Exception [EclipseLink-4002]", dataSource));
    }

    @Test
    void anUnreachableDatabaseIsInfrastructureWhateverWrapsIt() {
        assertThat(Failures.isInfrastructure(poolCannotAllocate())).isTrue();
        assertThat(Failures.isInfrastructure(
                        new EJBException(new IllegalStateException(new SQLException("I/O error", "08006")))))
                .isTrue();
        assertThat(Failures.isInfrastructure(new RuntimeException(new SQLTransientConnectionException("pool"))))
                .isTrue();
        assertThat(Failures.isInfrastructure(new RuntimeException(new ConnectException("refused"))))
                .isTrue();
        assertThat(Failures.isInfrastructure(new RuntimeException(new SocketTimeoutException("read timed out"))))
                .isTrue();
    }

    @Test
    void aBusinessFailureOrAConstraintViolationIsNotInfrastructure() {
        assertThat(Failures.isInfrastructure(new EJBException(new IllegalArgumentException("lead sem empresa"))))
                .isFalse();
        assertThat(Failures.isInfrastructure(new RuntimeException(new SQLException("duplicate key value", "23505"))))
                .isFalse();
        assertThat(Failures.isInfrastructure(new RuntimeException(new SQLException("no state"))))
                .isFalse();
    }

    @Test
    void theReasonIsTheFirstCauseThatIsNotAContainerWrapper() {
        assertThat(Failures.reason(new EJBException(new IllegalArgumentException("lead sem empresa"))))
                .isEqualTo("IllegalArgumentException: lead sem empresa");
        assertThat(Failures.reason(new IllegalStateException())).isEqualTo("IllegalStateException");
    }
}
