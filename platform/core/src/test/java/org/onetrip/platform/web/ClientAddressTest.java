package org.onetrip.platform.web;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

/** The client behind trusted proxies, and never what a client wrote into the header itself. */
class ClientAddressTest {
    private final ClientAddress behindIngress = new ClientAddress(Optional.of(List.of("10.0.0.0/8", "fd00::/8")));

    @Test
    void anUntrustedPeerIsTheClientWhateverItForwards() {
        assertThat(new ClientAddress(Optional.empty()).client("10.1.2.3", List.of("198.51.100.7"))).isEqualTo("10.1.2.3");
        assertThat(behindIngress.client("203.0.113.9", List.of("198.51.100.7"))).isEqualTo("203.0.113.9");
    }

    @Test
    void behindATrustedProxyTheNearestUntrustedAddressIsTheClient() {
        assertThat(behindIngress.client("10.1.2.3", List.of("198.51.100.7"))).isEqualTo("198.51.100.7");
        assertThat(behindIngress.client("10.1.2.3", List.of("198.51.100.7, 10.9.9.9"))).isEqualTo("198.51.100.7");
        assertThat(behindIngress.client("10.1.2.3", List.of("6.6.6.6, 198.51.100.7", "10.9.9.9")))
                .as("what the client wrote itself stands left of the proxies' own entry").isEqualTo("198.51.100.7");
        assertThat(behindIngress.client("10.1.2.3", List.of())).as("nothing forwarded: the proxy itself").isEqualTo("10.1.2.3");
        assertThat(behindIngress.client("fd00::1", List.of("2001:db8::5"))).isEqualTo("2001:db8::5");
        assertThat(behindIngress.client("10.1.2.3", List.of("not-an-address, 198.51.100.7"))).isEqualTo("198.51.100.7");
    }

    @Test
    void anIpv6ClientIsCountedByItsSlash64() {
        assertThat(ClientAddress.key("2001:db8:1:2::1")).isEqualTo(ClientAddress.key("2001:db8:1:2:ffff::9"));
        assertThat(ClientAddress.key("2001:db8:1:2::1")).isNotEqualTo(ClientAddress.key("2001:db8:1:3::1"));
        assertThat(ClientAddress.key("192.0.2.7")).isEqualTo("192.0.2.7");
        assertThat(ClientAddress.key("example.org")).as("never looked up").isEqualTo("example.org");
    }
}
