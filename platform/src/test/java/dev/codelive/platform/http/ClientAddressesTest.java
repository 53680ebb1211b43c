package dev.codelive.platform.http;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class ClientAddressesTest {
    private final ClientAddresses behindProxies = new ClientAddresses(List.of("10.0.0.0/8", "192.0.2.7"));
    private final ClientAddresses direct = new ClientAddresses(List.of());

    @Test
    void withoutTrustedProxiesThePeerIsTheClient() {
        assertThat(direct.clientIp("198.51.100.9", List.of("203.0.113.5"))).isEqualTo("198.51.100.9");
    }

    @Test
    void anUntrustedPeerCannotClaimAnAddress() {
        assertThat(behindProxies.clientIp("198.51.100.9", List.of("203.0.113.5"))).isEqualTo("198.51.100.9");
    }

    @Test
    void theRightMostUntrustedHopIsTheClient() {
        assertThat(behindProxies.clientIp("10.1.1.1", List.of("6.6.6.6, 203.0.113.5, 10.2.2.2"))).isEqualTo("203.0.113.5");
        assertThat(behindProxies.clientIp("192.0.2.7", List.of("203.0.113.5", "10.9.9.9"))).isEqualTo("203.0.113.5");
    }

    @Test
    void garbageInTheChainStopsAtTheLastGoodHop() {
        assertThat(behindProxies.clientIp("10.1.1.1", List.of("not-an-ip"))).isEqualTo("10.1.1.1");
        assertThat(behindProxies.clientIp("10.1.1.1", List.of("evil.example.com, 10.3.3.3"))).isEqualTo("10.3.3.3");
        assertThat(behindProxies.clientIp("10.1.1.1", List.of())).isEqualTo("10.1.1.1");
    }

    @Test
    void ipv6HopsAreUnderstood() {
        ClientAddresses v6 = new ClientAddresses(List.of("::1"));
        assertThat(v6.clientIp("0:0:0:0:0:0:0:1", List.of("2001:db8::42"))).isEqualTo("2001:db8::42");
    }

    @Test
    void forwardedProtoIsBelievedOnlyFromTrustedProxies() {
        assertThat(behindProxies.secure(false, "10.1.1.1", "https")).isTrue();
        assertThat(behindProxies.secure(false, "198.51.100.9", "https")).isFalse();
        assertThat(behindProxies.secure(false, "10.1.1.1", "http")).isFalse();
        assertThat(direct.secure(true, "198.51.100.9", null)).isTrue();
    }

    @Test
    void hostNamesAreNeverResolved() {
        assertThat(ClientAddresses.parseLiteral("localhost")).isEmpty();
        assertThat(ClientAddresses.parseLiteral("example.com")).isEmpty();
        assertThat(ClientAddresses.parseLiteral("203.0.113.5")).isPresent();
    }
}
