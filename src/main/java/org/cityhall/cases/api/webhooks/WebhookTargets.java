package org.cityhall.cases.api.webhooks;

import java.net.Inet4Address;
import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.UnknownHostException;
import java.util.Locale;
import java.util.Optional;

/**
 * Where webhooks may go: an absolute http or https URL without credentials in it, whose host is not a
 * loopback, private, link-local or other internal address — otherwise a client could make CityHall call
 * into the city's own network. Internal addresses are allowed only when configured (tests, the demo).
 * The check runs when a webhook is registered and again before every delivery, as a name may come to
 * resolve elsewhere.
 */
public final class WebhookTargets {

	/** The longest URL taken. */
	public static final int MAX_LENGTH = 2000;

	private final boolean allowPrivateAddresses;
	private final Resolver resolver;

	/** Looks up a host's addresses; the JDK's resolver by default. */
	@FunctionalInterface
	public interface Resolver {
		InetAddress[] resolve(String host) throws UnknownHostException;
	}

	public WebhookTargets(boolean allowPrivateAddresses) {
		this(allowPrivateAddresses, InetAddress::getAllByName);
	}

	public WebhookTargets(boolean allowPrivateAddresses, Resolver resolver) {
		this.allowPrivateAddresses = allowPrivateAddresses;
		this.resolver = resolver;
	}

	/** What is wrong with the URL as a webhook target, or empty when it may be used. */
	public Optional<String> problem(String url) {
		if (url == null || url.isBlank()) {
			return Optional.of("url is required: where CityHall posts the events");
		}
		if (url.length() > MAX_LENGTH) {
			return Optional.of("url is at most " + MAX_LENGTH + " characters");
		}
		URI uri;
		try {
			uri = new URI(url);
		}
		catch (URISyntaxException ex) {
			return Optional.of("url is not a valid URL: " + ex.getReason());
		}
		String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
		if (!scheme.equals("https") && !scheme.equals("http")) {
			return Optional.of("url must be an http or https URL");
		}
		if (uri.getRawUserInfo() != null) {
			return Optional.of("url must not carry a user name or password; the signature authenticates CityHall");
		}
		String host = uri.getHost();
		if (host == null || host.isBlank()) {
			return Optional.of("url must name a host");
		}
		if (uri.getRawFragment() != null) {
			return Optional.of("url must not have a fragment");
		}
		return addressProblem(host);
	}

	/** What is wrong with the host as a webhook target now, or empty when it may be called. */
	public Optional<String> addressProblem(String host) {
		InetAddress[] addresses;
		try {
			addresses = resolver.resolve(host.startsWith("[") && host.endsWith("]") ? host.substring(1, host.length() - 1)
					: host);
		}
		catch (UnknownHostException ex) {
			return Optional.of("url's host " + host + " cannot be resolved");
		}
		if (allowPrivateAddresses) {
			return Optional.empty();
		}
		for (InetAddress address : addresses) {
			if (isInternal(address)) {
				return Optional.of("url's host " + host + " is a loopback, private or otherwise internal address ("
						+ address.getHostAddress() + "); webhooks go to addresses on the internet");
			}
		}
		return Optional.empty();
	}

	/** Loopback, private (RFC 1918, unique local), link-local, carrier-grade NAT, unspecified or multicast. */
	static boolean isInternal(InetAddress address) {
		if (address.isLoopbackAddress() || address.isAnyLocalAddress() || address.isLinkLocalAddress()
				|| address.isSiteLocalAddress() || address.isMulticastAddress()) {
			return true;
		}
		byte[] bytes = address.getAddress();
		if (address instanceof Inet4Address) {
			int first = bytes[0] & 0xff;
			int second = bytes[1] & 0xff;
			return first == 0 || (first == 100 && second >= 64 && second <= 127) || (first == 192 && second == 0
					&& (bytes[2] & 0xff) == 0) || (first == 198 && (second == 18 || second == 19)) || first >= 240;
		}
		if (address instanceof Inet6Address) {
			// fc00::/7 unique local; an IPv4-mapped address is judged as its IPv4 address.
			if ((bytes[0] & 0xfe) == 0xfc) {
				return true;
			}
			boolean mapped = true;
			for (int i = 0; i < 10; i++) {
				mapped &= bytes[i] == 0;
			}
			if (mapped && (bytes[10] & 0xff) == 0xff && (bytes[11] & 0xff) == 0xff) {
				try {
					return isInternal(InetAddress.getByAddress(new byte[] {bytes[12], bytes[13], bytes[14], bytes[15]}));
				}
				catch (UnknownHostException ex) {
					return true;
				}
			}
		}
		return false;
	}
}
