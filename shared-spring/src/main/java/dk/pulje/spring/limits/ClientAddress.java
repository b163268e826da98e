package dk.pulje.spring.limits;

import jakarta.servlet.http.HttpServletRequest;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.regex.Pattern;
import org.springframework.security.web.util.matcher.IpAddressMatcher;

/**
 * The address a request comes from: the connection's, unless that is a trusted proxy; then the last address in
 * {@code X-Forwarded-For} that no trusted proxy added (any client can write the header, so only the entries our own
 * proxies appended are believed). An IPv6 client counts by its /64 network, which one subscriber usually has whole.
 */
final class ClientAddress {

    private static final Pattern IPV4 = Pattern.compile("\\d{1,3}(\\.\\d{1,3}){3}");
    private static final Pattern IPV6 = Pattern.compile("[0-9A-Fa-f:.]*:[0-9A-Fa-f:.]*");
    private static final String FORWARDED_FOR = "X-Forwarded-For";

    private final List<IpAddressMatcher> trustedProxies;

    ClientAddress(List<String> trustedProxies) {
        this.trustedProxies = trustedProxies.stream().map(IpAddressMatcher::new).toList();
    }

    String of(HttpServletRequest request) {
        String address = request.getRemoteAddr();
        if (trusted(address)) {
            List<String> hops = forwardedFor(request);
            Collections.reverse(hops);
            for (String hop : hops) {
                if (!isAddress(hop)) {
                    break;
                }
                address = hop;
                if (!trusted(hop)) {
                    break;
                }
            }
        }
        return key(address);
    }

    private boolean trusted(String address) {
        return isAddress(address) && trustedProxies.stream().anyMatch(proxy -> proxy.matches(address));
    }

    private static List<String> forwardedFor(HttpServletRequest request) {
        List<String> hops = new ArrayList<>();
        for (String header : Collections.list(request.getHeaders(FORWARDED_FOR))) {
            Arrays.stream(header.split(",")).map(String::strip).forEach(hops::add);
        }
        return hops;
    }

    /** Only literal addresses: a name would be looked up in DNS. */
    private static boolean isAddress(String text) {
        return text != null
                && (IPV4.matcher(text).matches() || IPV6.matcher(text).matches());
    }

    private static String key(String address) {
        if (!isAddress(address)) {
            return address;
        }
        try {
            byte[] bytes = InetAddress.getByName(address).getAddress();
            if (bytes.length == 16) {
                Arrays.fill(bytes, 8, 16, (byte) 0);
                return InetAddress.getByAddress(bytes).getHostAddress() + "/64";
            }
            return InetAddress.getByAddress(bytes).getHostAddress();
        } catch (UnknownHostException notAnAddress) {
            return address;
        }
    }
}
