package org.cityhall.web.frame;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.thymeleaf.context.IExpressionContext;
import org.thymeleaf.linkbuilder.StandardLinkBuilder;

/**
 * How a page's links ({@code @{...}}) become addresses, remembering the versioned address of each static
 * asset. Every link goes through the response's {@code encodeURL}, where the resource chain gives an asset
 * its content-versioned address ({@code /assets/css/cityhall-<hash>.css}); working that out anew for the
 * half-dozen assets of the frame on every page cost each page about a tenth of its rendering. An asset's
 * content, so its address, does not change while the application runs.
 *
 * <p>Only links that the chain turned into another address are remembered, and at most {@value #MOST}:
 * the assets are a fixed set, where links to pages (with case numbers, queries) are not, and go through
 * {@code encodeURL} every time as before.
 */
final class AssetLinks extends StandardLinkBuilder {

	static final int MOST = 1_000;

	private final Map<String, String> versioned = new ConcurrentHashMap<>();

	@Override
	protected String processLink(IExpressionContext context, String link) {
		String known = versioned.get(link);
		if (known != null) {
			return known;
		}
		String processed = super.processLink(context, link);
		if (processed != null && !processed.equals(link) && isAsset(link) && versioned.size() < MOST) {
			versioned.put(link, processed);
		}
		return processed;
	}

	/** A path to a file under {@code /assets/} or {@code /webjars/}, with no query or fragment. */
	static boolean isAsset(String link) {
		return (link.contains("/assets/") || link.contains("/webjars/")) && link.indexOf('?') < 0 && link.indexOf('#') < 0
				&& link.indexOf(';') < 0;
	}

	int remembered() {
		return versioned.size();
	}
}
