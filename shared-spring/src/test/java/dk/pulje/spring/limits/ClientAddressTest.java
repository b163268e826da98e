package dk.pulje.spring.limits;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletRequest;

class ClientAddressTest {

    private final ClientAddress addresses = new ClientAddress(List.of("10.9.0.0/16", "2001:db8:ffff::1"));

    @Test
    void a_sender_that_is_no_trusted_proxy_is_the_client_whatever_it_forwards() {
        assertThat(addresses.of(request("192.0.2.1", "198.51.100.7"))).isEqualTo("192.0.2.1");
    }

    @Test
    void behind_trusted_proxies_the_client_is_the_last_address_none_of_them_added() {
        assertThat(addresses.of(request("10.9.1.1", "192.0.2.50, 198.51.100.7, 10.9.2.2")))
                .isEqualTo("198.51.100.7");
        assertThat(addresses.of(request("10.9.1.1", "192.0.2.50", "198.51.100.8")))
                .isEqualTo("198.51.100.8");
    }

    @Test
    void an_entry_that_is_no_address_is_not_believed_nor_looked_up() {
        assertThat(addresses.of(request("10.9.1.1", "192.0.2.50, example.org"))).isEqualTo("10.9.1.1");
        assertThat(addresses.of(request("10.9.1.1", "deadbeef"))).isEqualTo("10.9.1.1");
        assertThat(addresses.of(request("10.9.1.1"))).isEqualTo("10.9.1.1");
    }

    @Test
    void an_ipv6_client_counts_by_its_64_network() {
        assertThat(addresses.of(request("2001:db8:1:2:aaaa::1")))
                .isEqualTo(addresses.of(request("2001:db8:1:2:bbbb::2")))
                .isNotEqualTo(addresses.of(request("2001:db8:1:3::1")));
        assertThat(addresses.of(request("2001:db8:ffff::1", "2001:db8:1:2::9")))
                .isEqualTo(addresses.of(request("2001:db8:1:2::1")));
    }

    private static MockHttpServletRequest request(String from, String... forwardedFor) {
        MockHttpServletRequest request = new MockHttpServletRequest();
        request.setRemoteAddr(from);
        for (String header : forwardedFor) {
            request.addHeader("X-Forwarded-For", header);
        }
        return request;
    }
}
