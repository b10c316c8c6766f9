package io.gatehouse.notification;

import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.URI;
import java.net.UnknownHostException;
import java.util.regex.Pattern;

import org.jspecify.annotations.Nullable;

/**
 * Where webhooks may go. Unless {@code gatehouse.notifications.allow-private-networks} is set, a webhook may not
 * reach this machine or a private network: otherwise whoever may edit notification preferences could make
 * Gatehouse call internal services (server-side request forgery). Checked when a URL is saved (for addresses
 * written as such) and before every call (after resolving the name, which may have changed since).
 */
final class WebhookTargets {

    private static final Pattern IPV4 = Pattern.compile("\\d{1,3}(\\.\\d{1,3}){3}");

    private final boolean allowPrivateNetworks;

    WebhookTargets(boolean allowPrivateNetworks) {
        this.allowPrivateNetworks = allowPrivateNetworks;
    }

    /** Before a call: null when the URL's host resolves to public addresses only (or is allowed anyway). */
    @Nullable String refusal(URI url) {
        if (allowPrivateNetworks || url.getHost() == null) {
            return null;
        }
        if (refusesAsWritten(url)) {
            return url.getHost() + " is on this machine or a private network: refused "
                    + "(set gatehouse.notifications.allow-private-networks=true to allow it)";
        }
        try {
            for (InetAddress address : InetAddress.getAllByName(url.getHost())) {
                if (isPrivate(address)) {
                    return refusalFor(url.getHost(), address);
                }
            }
        } catch (UnknownHostException e) {
            return null; // the call itself fails and says so
        }
        return null;
    }

    /** When saving: refuses "localhost" and addresses written as such; names are only resolved at call time. */
    boolean refusesAsWritten(URI url) {
        String host = url.getHost();
        if (allowPrivateNetworks || host == null) {
            return false;
        }
        if (host.equalsIgnoreCase("localhost") || host.toLowerCase(java.util.Locale.ROOT).endsWith(".localhost")) {
            return true;
        }
        if (!IPV4.matcher(host).matches() && !host.startsWith("[")) {
            return false;
        }
        try {
            return isPrivate(InetAddress.getByName(host)); // a literal address: no name lookup happens
        } catch (UnknownHostException e) {
            return false;
        }
    }

    static boolean isPrivate(InetAddress address) {
        byte[] bytes = address.getAddress();
        boolean sharedAddressSpace = bytes.length == 4 && (bytes[0] & 0xff) == 100 && (bytes[1] & 0xc0) == 64;
        boolean uniqueLocal = address instanceof Inet6Address && (bytes[0] & 0xfe) == 0xfc;
        return address.isLoopbackAddress() || address.isAnyLocalAddress() || address.isLinkLocalAddress()
                || address.isSiteLocalAddress() || address.isMulticastAddress() || sharedAddressSpace || uniqueLocal;
    }

    private static String refusalFor(String host, InetAddress address) {
        return host + " is " + address.getHostAddress() + ", on this machine or a private network: refused "
                + "(set gatehouse.notifications.allow-private-networks=true to allow it)";
    }
}
