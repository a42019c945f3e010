package org.cityhall.web.frame;

import java.io.IOException;
import java.util.Collections;
import java.util.Enumeration;
import java.util.Map;

import jakarta.servlet.FilterChain;
import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpStatus;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.multipart.MultipartException;
import org.springframework.web.multipart.MultipartResolver;

/**
 * An upload over the limits ({@code spring.servlet.multipart.*}) gets the frame's page saying the
 * file is too large, in the visitor's language, or problem details for an API client.
 * <p>
 * The server reads a multipart request's parts the first time anything asks for a parameter; past
 * the limits that reading fails, and every later question about parameters (the CSRF check, the
 * language switch) fails again, so the visitor would get a bare error. This filter reads the parts
 * first, before the security filters, and on failure shows the error page to a request that no
 * longer claims to carry a form.
 */
class RefusedUploads extends OncePerRequestFilter {

	private static final Logger log = LoggerFactory.getLogger(RefusedUploads.class);

	private final MultipartResolver multipart;

	RefusedUploads(MultipartResolver multipart) {
		this.multipart = multipart;
	}

	@Override
	protected boolean shouldNotFilter(HttpServletRequest request) {
		return !multipart.isMultipart(request);
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		HttpStatus refusal;
		try {
			// Parts are read once and kept by the server: the application's own reading later costs nothing.
			multipart.resolveMultipart(request);
			chain.doFilter(request, response);
			return;
		}
		catch (MaxUploadSizeExceededException ex) {
			log.info("Refused an upload of {} bytes to {}: over the upload limits", request.getContentLengthLong(), request.getRequestURI());
			refusal = HttpStatus.CONTENT_TOO_LARGE;
		}
		catch (MultipartException ex) {
			log.info("Refused a malformed upload to {}: {}", request.getRequestURI(), ex.getMessage());
			refusal = HttpStatus.BAD_REQUEST;
		}
		HttpServletRequest withoutForm = new WithoutForm(request);
		withoutForm.setAttribute(RequestDispatcher.ERROR_STATUS_CODE, refusal.value());
		withoutForm.setAttribute(RequestDispatcher.ERROR_REQUEST_URI, request.getRequestURI());
		response.setStatus(refusal.value());
		request.getRequestDispatcher("/error").forward(withoutForm, response);
	}

	/** The refused request as the error page sees it: a plain read, with no form to ask about. */
	private static final class WithoutForm extends HttpServletRequestWrapper {

		WithoutForm(HttpServletRequest request) {
			super(request);
		}

		@Override
		public String getMethod() {
			return "GET";
		}

		@Override
		public String getContentType() {
			return null;
		}

		@Override
		public String getParameter(String name) {
			return null;
		}

		@Override
		public Map<String, String[]> getParameterMap() {
			return Map.of();
		}

		@Override
		public Enumeration<String> getParameterNames() {
			return Collections.emptyEnumeration();
		}

		@Override
		public String[] getParameterValues(String name) {
			return null;
		}
	}
}
