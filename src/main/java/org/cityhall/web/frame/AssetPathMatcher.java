package org.cityhall.web.frame;

import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

import org.springframework.util.AntPathMatcher;

/**
 * How the links on a page are checked against the static resources' patterns ({@code /assets/**},
 * {@code /webjars/**}) to give an asset its versioned address. Every link a page writes is checked against
 * every pattern; a pattern that is a fixed prefix followed by {@code /**} is matched by comparing the
 * prefix, where {@link AntPathMatcher} splits the link into its segments each time, which cost a page
 * with a few dozen links about a twentieth of its rendering. Any other pattern is matched as before.
 */
final class AssetPathMatcher extends AntPathMatcher {

	private static final String EVERYTHING_UNDER = "/**";

	/** Each pattern's fixed prefix, or empty when the pattern is not of that form. */
	private final Map<String, Optional<String>> prefixes = new ConcurrentHashMap<>();

	@Override
	public boolean match(String pattern, String path) {
		Optional<String> prefix = prefixes.computeIfAbsent(pattern, AssetPathMatcher::prefixOf);
		if (prefix.isEmpty()) {
			return super.match(pattern, path);
		}
		String fixed = prefix.get();
		if (!path.startsWith(fixed)) {
			return false;
		}
		// "/assets/**" takes "/assets" and everything below it, never "/assetsx".
		return path.length() == fixed.length() || path.charAt(fixed.length()) == '/';
	}

	/** {@code /assets} of {@code /assets/**}; empty for a pattern with any other wildcard, or not starting with a slash. */
	static Optional<String> prefixOf(String pattern) {
		if (!pattern.startsWith("/") || !pattern.endsWith(EVERYTHING_UNDER)) {
			return Optional.empty();
		}
		String fixed = pattern.substring(0, pattern.length() - EVERYTHING_UNDER.length());
		if (fixed.isEmpty() || fixed.contains("//") || fixed.endsWith("/") || fixed.chars().anyMatch(c -> c == '*' || c == '?' || c == '{' || c == '}')) {
			return Optional.empty();
		}
		return Optional.of(fixed);
	}
}
