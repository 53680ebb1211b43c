package dev.codelive.platform.http;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import org.eclipse.jetty.util.InetAddressSet;

/**
 * Works out the real client address and scheme. Forwarding headers are believed only when the connection comes
 * from a configured trusted proxy; otherwise anyone could claim any address and dodge rate limits.
 */
public final class ClientAddresses {
    private static final Pattern IPV4 = Pattern.compile("\\d{1,3}(\\.\\d{1,3}){3}");
    private static final Pattern IPV6 = Pattern.compile("[0-9A-Fa-f:.]+(%[0-9A-Za-z]+)?");

    private final InetAddressSet trustedProxies = new InetAddressSet();
    private final boolean anyTrusted;

    public ClientAddresses(List<String> trustedProxies) {
        trustedProxies.forEach(this.trustedProxies::add);
        this.anyTrusted = !trustedProxies.isEmpty();
    }

    /**
     * The client address: the peer itself, or, when the peer is a trusted proxy, the right-most address in
     * {@code X-Forwarded-For} that is not itself a trusted proxy.
     */
    public String clientIp(String peer, List<String> forwardedForHeaders) {
        if (!isTrusted(peer)) {
            return peer;
        }
        List<String> hops = new ArrayList<>();
        for (String header : forwardedForHeaders) {
            for (String hop : header.split(",")) {
                hops.add(hop.trim());
            }
        }
        String client = peer;
        for (int i = hops.size() - 1; i >= 0; i--) {
            String hop = hops.get(i);
            if (parseLiteral(hop).isEmpty()) {
                break; // garbage from an untrusted hop: stop at the last address we could vouch for
            }
            client = hop;
            if (!isTrusted(hop)) {
                break;
            }
        }
        return client;
    }

    /** True when the request is HTTPS at its origin: directly, or as reported by a trusted proxy. */
    public boolean secure(boolean connectionSecure, String peer, String forwardedProto) {
        if (connectionSecure) {
            return true;
        }
        if (forwardedProto == null || !isTrusted(peer)) {
            return false;
        }
        return forwardedProto.split(",")[0].trim().equalsIgnoreCase("https");
    }

    private boolean isTrusted(String address) {
        return anyTrusted && parseLiteral(address).map(trustedProxies::test).orElse(false);
    }

    /** Parses an IP literal without ever resolving a host name. */
    static Optional<InetAddress> parseLiteral(String candidate) {
        if (candidate == null || candidate.isEmpty() || candidate.length() > 64) {
            return Optional.empty();
        }
        String bare = candidate.startsWith("[") && candidate.endsWith("]") ? candidate.substring(1, candidate.length() - 1) : candidate;
        boolean literal = IPV4.matcher(bare).matches() || (bare.contains(":") && IPV6.matcher(bare).matches());
        if (!literal) {
            return Optional.empty();
        }
        try {
            return Optional.of(InetAddress.getByName(bare));
        } catch (UnknownHostException e) {
            return Optional.empty();
        }
    }
}
