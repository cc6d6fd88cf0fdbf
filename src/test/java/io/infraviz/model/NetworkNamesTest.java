package io.infraviz.model;

import org.junit.jupiter.api.Test;

import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Site names and host addresses. RFC 1123 section 2.1: a host name label is letters, digits and
 * hyphens, starting and ending with a letter or digit, at most 63 characters; RFC 1035: at most
 * 255 octets on the wire, so 253 characters written. IPv4: four decimal octets 0-255.
 */
class NetworkNamesTest {
    @Test
    void hostNamesFollowTheDnsLabelRules() {
        assertThat(NetworkNames.isHostName("www.foobar.com")).isTrue();
        assertThat(NetworkNames.isHostName("localhost")).isTrue();
        assertThat(NetworkNames.isHostName("3com.example")).isTrue();
        assertThat(NetworkNames.isHostName("a".repeat(63) + ".com")).isTrue();
        assertThat(NetworkNames.isHostName("a".repeat(64) + ".com")).isFalse();
        assertThat(NetworkNames.isHostName(("a".repeat(49) + ".").repeat(5) + "abcd")).as("254 characters").isFalse();
        assertThat(NetworkNames.isHostName("-shop.example")).isFalse();
        assertThat(NetworkNames.isHostName("shop-.example")).isFalse();
        assertThat(NetworkNames.isHostName("shop..example")).isFalse();
        assertThat(NetworkNames.isHostName("shop example")).isFalse();
        assertThat(NetworkNames.hostNameProblem(" ")).isEqualTo("the site needs a name, e.g. www.foobar.com");
    }

    @Test
    void addressesAreDottedIpv4AndNotShared() {
        assertThat(NetworkNames.isIpv4("10.0.0.255")).isTrue();
        assertThat(NetworkNames.isIpv4("0.0.0.0")).isTrue();
        assertThat(NetworkNames.isIpv4("10.0.0.256")).isFalse();
        assertThat(NetworkNames.isIpv4("10.0.0")).isFalse();
        assertThat(NetworkNames.isIpv4("10.0.0.01")).as("a leading zero reads as octal to some tools").isFalse();
        Map<String, String> hosts = Map.of("web-01", "10.0.0.11", "web-02", "10.0.0.12");
        assertThat(NetworkNames.hostIpProblem("web-02", "10.0.0.12", hosts)).as("its own address").isNull();
        assertThat(NetworkNames.hostIpProblem("web-02", "10.0.0.11", hosts)).isEqualTo("10.0.0.11 is already the address of web-01");
    }
}
