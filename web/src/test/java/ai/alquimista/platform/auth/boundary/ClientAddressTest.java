package ai.alquimista.platform.auth.boundary;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ClientAddressTest {

    @Test
    void theAddressTheLoadBalancerAppendedWinsOverAForgedLeadingEntry() {
        assertThat(ClientAddress.lastForwarded("10.9.9.9, 203.0.113.7")).isEqualTo("203.0.113.7");
        assertThat(ClientAddress.lastForwarded("1.1.1.1,2.2.2.2 ,  198.51.100.4 ")).isEqualTo("198.51.100.4");
    }

    @Test
    void aSingleEntryIsTheClient() {
        assertThat(ClientAddress.lastForwarded("203.0.113.7")).isEqualTo("203.0.113.7");
    }

    @Test
    void noUsableEntryFallsBackToTheConnection() {
        assertThat(ClientAddress.lastForwarded(null)).isNull();
        assertThat(ClientAddress.lastForwarded("   ")).isNull();
        assertThat(ClientAddress.lastForwarded("10.9.9.9, ")).isNull();
    }
}
