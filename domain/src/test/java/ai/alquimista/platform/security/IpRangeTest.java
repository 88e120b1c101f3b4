package ai.alquimista.platform.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class IpRangeTest {

    @Test
    void anIpv4RangeContainsItsAddressesOnly() {
        IpRange office = IpRange.parse("203.0.113.0/24");

        assertThat(office.contains("203.0.113.7")).isTrue();
        assertThat(office.contains("203.0.114.7")).isFalse();
        assertThat(IpRange.parse("10.0.0.0/9").contains("10.127.255.255")).isTrue();
        assertThat(IpRange.parse("10.0.0.0/9").contains("10.128.0.1")).isFalse();
        assertThat(IpRange.parse("198.51.100.4").contains("198.51.100.4")).isTrue();
    }

    @Test
    void ipv6RangesWorkAndFamiliesNeverMix() {
        assertThat(IpRange.parse("2001:db8::/32").contains("2001:db8:1::1")).isTrue();
        assertThat(IpRange.parse("2001:db8::/32").contains("2001:db9::1")).isFalse();
        assertThat(IpRange.parse("0.0.0.0/0").contains("::1")).isFalse();
    }

    @Test
    void listsAndBadInput() {
        assertThat(IpRange.parseList(" 127.0.0.1 , 10.0.0.0/8 ")).hasSize(2);
        assertThat(IpRange.parseList("")).isEmpty();
        assertThat(IpRange.parse("127.0.0.1").contains("not-an-ip")).isFalse();
        assertThatThrownBy(() -> IpRange.parse("example.com")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> IpRange.parse("10.0.0.0/33")).isInstanceOf(IllegalArgumentException.class);
    }
}
