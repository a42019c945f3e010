package org.cityhall.identity.registers;

import java.util.function.Supplier;

import org.springframework.web.context.request.RequestAttributes;
import org.springframework.web.context.request.RequestContextHolder;

/**
 * Answers kept for the rest of the web request that asked: several parts of one page asking the
 * register the same question get one answer and cost one read. Outside a web request (a job, a
 * listener) every question is read afresh.
 */
final class PerRequest {

	private PerRequest() {
	}

	/**
	 * The answer kept under the key in this request, or the one read now and kept.
	 * @param read reads the answer; it must not be null, and what it returns must not be changed afterwards
	 */
	@SuppressWarnings("unchecked")
	static <T> T remember(String key, Supplier<T> read) {
		RequestAttributes request = RequestContextHolder.getRequestAttributes();
		if (request == null) {
			return read.get();
		}
		String attribute = PerRequest.class.getName() + "." + key;
		Object kept = request.getAttribute(attribute, RequestAttributes.SCOPE_REQUEST);
		if (kept != null) {
			return (T) kept;
		}
		T answer = read.get();
		request.setAttribute(attribute, answer, RequestAttributes.SCOPE_REQUEST);
		return answer;
	}
}
