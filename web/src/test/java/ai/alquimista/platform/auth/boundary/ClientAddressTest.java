package ai.alquimista.platform.auth.boundary;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class ClientAddressTest {

    @Test
    void behindOneLoadBalancerTheAddressItAppendedWinsOverAForgedLeadingEntry() {
        assertThat(ClientAddress.client(List.of("10.9.9.9, 203.0.113.7"), 1)).isEqualTo("203.0.113.7");
        assertThat(ClientAddress.client(List.of("1.1.1.1,2.2.2.2 ,  198.51.100.4 "), 1))
                .isEqualTo("198.51.100.4");
    }

    @Test
    void everyHeaderLineIsReadInOrderSoASecondForgedLineCannotHideTheRealOne() {
        assertThat(ClientAddress.client(List.of("6.6.6.6", "203.0.113.7"), 1)).isEqualTo("203.0.113.7");
        assertThat(ClientAddress.client(List.of("6.6.6.6, 7.7.7.7", "203.0.113.7, 10.0.0.2"), 2))
                .as("a CDN and a load balancer: the client is the CDN's entry")
                .isEqualTo("203.0.113.7");
    }

    @Test
    void withMoreTrustedProxiesThanEntriesTheFirstEntryIsTheClient() {
        assertThat(ClientAddress.client(List.of("203.0.113.7"), 2)).isEqualTo("203.0.113.7");
    }

    @Test
    void noUsableEntryFallsBackToTheConnection() {
        assertThat(ClientAddress.client(List.of(), 1)).isNull();
        assertThat(ClientAddress.client(List.of("   "), 1)).isNull();
        assertThat(ClientAddress.client(List.of("10.9.9.9, "), 1)).isNull();
        assertThat(ClientAddress.client(List.of("10.9.9.9, <script>"), 1)).isNull();
        assertThat(ClientAddress.client(List.of("::1"), 1)).isEqualTo("::1");
    }
}
