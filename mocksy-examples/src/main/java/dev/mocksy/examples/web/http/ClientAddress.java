package dev.mocksy.examples.web.http;

import io.javalin.http.Context;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * The address of the client a request comes from, as login throttling counts it. It is the connecting address, unless
 * that is a trusted reverse proxy: then it is the right-most address of {@code X-Forwarded-For} that is not itself a
 * trusted proxy. Everything left of that was written by the client and proves nothing; a header from an address that
 * is not a trusted proxy is ignored altogether. Addresses are IP literals or CIDR ranges, never host names, so nothing
 * is looked up. Thread-safe.
 */
public final class ClientAddress {

    /** The header a reverse proxy appends the address it was reached from to. */
    public static final String FORWARDED_FOR = "X-Forwarded-For";

    /** Most entries of the header read, from the right: a proxy chain is short, a longer header is a client's. */
    static final int MAX_HOPS = 20;

    private static final Pattern IPV4 =
            Pattern.compile("(25[0-5]|2[0-4]\\d|1\\d\\d|[1-9]?\\d)(\\.(25[0-5]|2[0-4]\\d|1\\d\\d|[1-9]?\\d)){3}");
    private static final Pattern IPV6 = Pattern.compile("[0-9A-Fa-f:.]*:[0-9A-Fa-f:.]*");
    private static final Pattern IPV4_WITH_PORT = Pattern.compile("(\\d{1,3}(\\.\\d{1,3}){3}):\\d{1,5}");

    /** An address or a range of them: the first {@code bits} bits of {@code prefix}. */
    private record Range(byte[] prefix, int bits) {
        boolean contains(byte[] address) {
            if (address.length != prefix.length) {
                return false;
            }
            int whole = bits / 8;
            for (int i = 0; i < whole; i++) {
                if (address[i] != prefix[i]) {
                    return false;
                }
            }
            int rest = bits % 8;
            if (rest == 0) {
                return true;
            }
            int mask = (0xFF << (8 - rest)) & 0xFF;
            return (address[whole] & mask) == (prefix[whole] & mask);
        }
    }

    private final List<Range> trusted;

    /**
     * @param trustedProxies the reverse proxies whose {@code X-Forwarded-For} is believed: IP addresses such as
     *     {@code 10.0.0.5} or {@code ::1}, or CIDR ranges such as {@code 10.0.0.0/8}; none to believe no header
     * @throws IllegalArgumentException naming an entry that is neither
     */
    public ClientAddress(List<String> trustedProxies) {
        List<Range> ranges = new ArrayList<>();
        for (String entry : Objects.requireNonNull(trustedProxies, "trustedProxies")) {
            ranges.add(range(entry));
        }
        this.trusted = Collections.unmodifiableList(ranges);
    }

    /** Checks a {@code --trusted-proxy} value, saying what is wrong with it. */
    public static void check(String trustedProxy) {
        range(trustedProxy);
    }

    /** The client of this request. */
    public String of(Context ctx) {
        return resolve(ctx.req().getRemoteAddr(), Collections.list(ctx.req().getHeaders(FORWARDED_FOR)));
    }

    /**
     * The client of a request that came from {@code remote} with these {@code X-Forwarded-For} header values (each
     * may list several addresses, oldest first).
     */
    String resolve(String remote, List<String> forwardedFor) {
        byte[] connecting = literal(remote);
        if (connecting == null || !isTrusted(connecting) || forwardedFor.isEmpty()) {
            return normalise(remote, connecting);
        }
        List<String> hops = new ArrayList<>();
        for (String header : forwardedFor) {
            for (String hop : header.split(",")) {
                if (!hop.isBlank()) {
                    hops.add(hop.strip());
                }
            }
        }
        String client = normalise(remote, connecting);
        for (int i = hops.size() - 1, read = 0; i >= 0 && read < MAX_HOPS; i--, read++) {
            byte[] hop = literal(hops.get(i));
            if (hop == null) {
                // Not an address: not written by a proxy of ours, so the last hop that was is the best known client.
                return client;
            }
            client = normalise(hops.get(i), hop);
            if (!isTrusted(hop)) {
                return client;
            }
        }
        return client;
    }

    private boolean isTrusted(byte[] address) {
        for (Range range : trusted) {
            if (range.contains(address)) {
                return true;
            }
        }
        return false;
    }

    private static String normalise(String text, byte[] address) {
        if (address == null) {
            return text == null ? "unknown" : text.strip();
        }
        try {
            return InetAddress.getByAddress(address).getHostAddress();
        } catch (UnknownHostException e) {
            return text.strip();
        }
    }

    private static Range range(String entry) {
        if (entry == null || entry.isBlank()) {
            throw new IllegalArgumentException(
                    "--trusted-proxy needs an IP address or a CIDR range such as 10.0.0.0/8");
        }
        String text = entry.strip();
        int slash = text.indexOf('/');
        byte[] address = literal(slash < 0 ? text : text.substring(0, slash));
        if (address == null) {
            throw new IllegalArgumentException("--trusted-proxy takes an IP address or a CIDR range such as 10.0.0.5,"
                    + " 10.0.0.0/8 or ::1 (no host names), got '" + abbreviate(text) + "'");
        }
        int bits = address.length * 8;
        if (slash >= 0) {
            try {
                bits = Integer.parseInt(text.substring(slash + 1));
            } catch (NumberFormatException e) {
                bits = -1;
            }
            if (bits < 0 || bits > address.length * 8) {
                throw new IllegalArgumentException("the prefix length of --trusted-proxy " + abbreviate(text)
                        + " must be 0 to " + address.length * 8);
            }
        }
        return new Range(address, bits);
    }

    /**
     * The bytes of an IP literal (IPv4, IPv6, IPv6 in brackets, IPv4 with a port; an IPv4-mapped IPv6 address as
     * IPv4), or null for anything else. Never a DNS look-up: a string is given to {@link InetAddress} only when it has
     * the shape of a literal.
     */
    static byte[] literal(String text) {
        if (text == null) {
            return null;
        }
        String value = text.strip();
        if (value.startsWith("[")) {
            int close = value.indexOf(']');
            if (close < 0) {
                return null;
            }
            value = value.substring(1, close);
        }
        var withPort = IPV4_WITH_PORT.matcher(value);
        if (withPort.matches()) {
            value = withPort.group(1);
        }
        if (value.isEmpty() || value.length() > 45) {
            return null;
        }
        if (!IPV4.matcher(value).matches() && !IPV6.matcher(value).matches()) {
            return null;
        }
        try {
            return InetAddress.getByName(value.toLowerCase(Locale.ROOT)).getAddress();
        } catch (UnknownHostException e) {
            return null;
        }
    }

    private static String abbreviate(String text) {
        return text.length() <= 50 ? text : text.substring(0, 50) + "...";
    }
}
