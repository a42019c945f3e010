package org.cityhall.web.frame;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.util.Map;
import java.util.zip.GZIPOutputStream;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.cityhall.shared.LeastRecentlyUsed;
import org.cityhall.web.PublicContent;
import org.springframework.http.HttpHeaders;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.util.ContentCachingResponseWrapper;

/**
 * Serves {@link PublicContent} again to visitors who are not signed in, without rendering it:
 * the home page, the catalogue's pages and its JSON are the same for everyone who asks for the
 * same address in the same language. Kept with a gzip copy so compression is paid once, for at
 * most {@code maxAge}, and forgotten at once when a module says public content changed. Runs after
 * the security filters, so every answer still carries the security headers.
 */
class PublicContentCache extends OncePerRequestFilter {

	private static final String CACHEABLE = PublicContentCache.class.getName() + ".cacheable";
	private static final int MAX_ENTRIES = 2_000;
	/** Remembers an address whose answer is not public content, so it is not captured again. */
	private static final Entry NOT_PUBLIC = new Entry("", null, new byte[0], new byte[0], Long.MAX_VALUE);

	private final Map<String, Entry> entries = new LeastRecentlyUsed<>(256, MAX_ENTRIES);
	private final long maxAgeNanos;

	PublicContentCache(Duration maxAge) {
		this.maxAgeNanos = maxAge.toNanos();
	}

	/** Forgets every answer kept, so the next visitor gets what the pages show now. */
	void forgetAll() {
		synchronized (entries) {
			entries.clear();
		}
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		if (!"GET".equals(request.getMethod()) || request.getParameter("lang") != null || !anonymous()) {
			chain.doFilter(request, response);
			return;
		}
		String key = keyOf(request);
		Entry cached;
		synchronized (entries) {
			cached = entries.get(key);
			if (cached != null && cached != NOT_PUBLIC && System.nanoTime() - cached.keptAt() > maxAgeNanos) {
				entries.remove(key);
				cached = null;
			}
		}
		if (cached == NOT_PUBLIC) {
			chain.doFilter(request, response);
			return;
		}
		if (cached != null) {
			cached.writeTo(request, response);
			return;
		}
		ContentCachingResponseWrapper capturing = new ContentCachingResponseWrapper(response);
		chain.doFilter(request, capturing);
		Entry learned = null;
		if (capturing.getStatus() == 200 && capturing.getHeader(HttpHeaders.SET_COOKIE) == null) {
			learned = Boolean.TRUE.equals(request.getAttribute(CACHEABLE)) && capturing.getContentType() != null
					? Entry.of(capturing.getContentType(), capturing.getHeader(HttpHeaders.CONTENT_LANGUAGE),
							capturing.getContentAsByteArray())
					: NOT_PUBLIC;
		}
		if (learned != null) {
			synchronized (entries) {
				entries.put(key, learned);
			}
		}
		capturing.copyBodyToResponse();
	}

	private static boolean anonymous() {
		Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
		return authentication == null || authentication instanceof AnonymousAuthenticationToken;
	}

	/** The address and everything that chooses the language. */
	private static String keyOf(HttpServletRequest request) {
		String language = null;
		if (request.getCookies() != null) {
			for (var cookie : request.getCookies()) {
				if (WebConfiguration.LANGUAGE_COOKIE.equals(cookie.getName())) {
					language = cookie.getValue();
				}
			}
		}
		return request.getRequestURI() + '?' + request.getQueryString() + '|' + language + '|'
				+ request.getHeader(HttpHeaders.ACCEPT_LANGUAGE);
	}

	/** Marks the request cacheable when its handler says so. */
	static class Marker implements HandlerInterceptor {

		@Override
		public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) {
			if (handler instanceof HandlerMethod method && method.hasMethodAnnotation(PublicContent.class)) {
				request.setAttribute(CACHEABLE, Boolean.TRUE);
			}
			return true;
		}
	}

	private record Entry(String contentType, String contentLanguage, byte[] body, byte[] gzipped, long keptAt) {

		static Entry of(String contentType, String contentLanguage, byte[] body) {
			ByteArrayOutputStream compressed = new ByteArrayOutputStream(body.length / 3 + 64);
			try (GZIPOutputStream gzip = new GZIPOutputStream(compressed)) {
				gzip.write(body);
			}
			catch (IOException ex) {
				throw new UncheckedIOException(ex);
			}
			return new Entry(contentType, contentLanguage, body, compressed.toByteArray(), System.nanoTime());
		}

		void writeTo(HttpServletRequest request, HttpServletResponse response) throws IOException {
			response.setStatus(200);
			response.setContentType(contentType);
			if (contentLanguage != null) {
				response.setHeader(HttpHeaders.CONTENT_LANGUAGE, contentLanguage);
			}
			response.setHeader(HttpHeaders.VARY, "Accept-Encoding, Accept-Language, Cookie");
			String accepted = request.getHeader(HttpHeaders.ACCEPT_ENCODING);
			byte[] payload = body;
			if (accepted != null && accepted.contains("gzip")) {
				response.setHeader(HttpHeaders.CONTENT_ENCODING, "gzip");
				payload = gzipped;
			}
			response.setContentLength(payload.length);
			response.getOutputStream().write(payload);
		}
	}
}
