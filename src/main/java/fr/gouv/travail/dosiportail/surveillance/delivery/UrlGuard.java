package fr.gouv.travail.dosiportail.surveillance.delivery;

import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.URI;
import java.net.UnknownHostException;
import java.util.Locale;
import java.util.Optional;

/**
 * What endpoint a webhook may target (against server-side request forgery): HTTPS only, a host that resolves, and
 * none of its addresses loopback, private, link-local, unique-local, multicast or unspecified. Tests allow
 * loopback over plain HTTP ({@code dosiportail.notifications.webhook-allow-private-addresses}). Checked again
 * before every call (the name may have been re-pointed); redirects are never followed.
 */
final class UrlGuard {

    private UrlGuard() {
    }

    /** Why the URL is refused (a bundle key suffix), or empty when it may be called. */
    static Optional<String> refusal(String url, boolean allowPrivate) {
        URI uri;
        try {
            uri = URI.create(url == null ? "" : url.trim());
        } catch (IllegalArgumentException e) {
            return Optional.of("MALFORMED");
        }
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
        if (uri.getHost() == null || uri.getUserInfo() != null || url.length() > 2000) {
            return Optional.of("MALFORMED");
        }
        boolean https = scheme.equals("https");
        if (!https && !(allowPrivate && scheme.equals("http"))) {
            return Optional.of("NOT_HTTPS");
        }
        InetAddress[] addresses;
        try {
            addresses = InetAddress.getAllByName(uri.getHost());
        } catch (UnknownHostException e) {
            return Optional.of("UNKNOWN_HOST");
        }
        for (InetAddress a : addresses) {
            if (!allowPrivate && internal(a)) {
                return Optional.of("PRIVATE_ADDRESS");
            }
        }
        return Optional.empty();
    }

    static boolean internal(InetAddress a) {
        if (a.isLoopbackAddress() || a.isSiteLocalAddress() || a.isLinkLocalAddress() || a.isAnyLocalAddress()
                || a.isMulticastAddress()) {
            return true;
        }
        byte[] b = a.getAddress();
        if (a instanceof Inet6Address) {
            return (b[0] & 0xfe) == 0xfc; // fc00::/7 unique local
        }
        int first = b[0] & 0xff;
        int second = b[1] & 0xff;
        return first == 0 || (first == 100 && second >= 64 && second < 128) // 0/8, carrier-grade NAT 100.64/10
                || (first == 169 && second == 254) || first >= 224;
    }
}
