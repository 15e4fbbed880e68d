package org.diplograph.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.diplograph.support.DatabaseIndependent;
import org.junit.jupiter.api.Test;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;

/**
 * Whose budget a request spends: a key's name when it presented one; else its address, an IPv6 address by its /64
 * (one subscriber's network, whose addresses a client can rotate through for free), an IPv4 address by itself.
 */
@DatabaseIndependent
class ClientIdentityTest {

    @Test
    void anonymousIpv6AddressesOfOneSlash64SpendOneBudget() {
        List<String> rotated = List.of("2001:db8:1:2::1", "2001:db8:1:2:aaaa:bbbb:cccc:dddd", "2001:0db8:0001:0002::ffff");
        assertThat(rotated.stream().map(address -> ClientIdentity.client(null, address)).distinct())
                .containsExactly("address:20010db800010002::/64");
    }

    @Test
    void anotherSlash64IsAnotherBudget() {
        assertThat(ClientIdentity.client(null, "2001:db8:1:3::1")).isNotEqualTo(ClientIdentity.client(null, "2001:db8:1:2::1"));
    }

    @Test
    void anIpv4AddressIsItsOwnBudget() {
        assertThat(ClientIdentity.client(null, "192.0.2.7")).isEqualTo("address:192.0.2.7");
        assertThat(ClientIdentity.client(null, "192.0.2.8")).isEqualTo("address:192.0.2.8");
    }

    @Test
    void aKeySpendsItsOwnBudgetFromAnyAddress() {
        var caller = UsernamePasswordAuthenticationToken.authenticated("tester", null, List.of());
        assertThat(ClientIdentity.client(caller, "2001:db8:1:2::1")).isEqualTo("key:tester");
        assertThat(ClientIdentity.client(caller, "192.0.2.7")).isEqualTo("key:tester");
    }
}
