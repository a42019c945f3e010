package org.cityhall.web.frame;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.mvc.condition.PathPatternsRequestCondition;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;
import org.springframework.web.util.ServletRequestPathUtils;
import org.springframework.web.util.pattern.PathPattern;

/**
 * Finds the controller method for an address with a variable in it ({@code /my-pages/cases/{number}},
 * {@code /payments/{id}}) by its path first. An address that names no page directly is checked against every
 * mapping of the application; Spring checks each mapping's method, parameters, headers and media types, and
 * reads the request's path again through every request wrapper for each. With the hundreds of pages CityHall
 * has, that was a sixth of a submission's own time. Here the path is read once per request and compared
 * with what each mapping's patterns start with before their first variable ({@code /payments/}), so one or two
 * mappings are left for Spring's own check of all their conditions. The answer is the same: a mapping matches when all its
 * conditions do, the path among them; a request that matches none still gets its 404, 405 or 415 from Spring.
 */
final class PathFirstMappings extends RequestMappingHandlerMapping {

	/** The path of the request being looked up on this thread, when its fixed parts can be compared as they are. */
	private final ThreadLocal<String> lookingUp = new ThreadLocal<>();
	/** Each mapping's patterns up to their first variable or wildcard: what a matching path starts with. */
	private final Map<RequestMappingInfo, String[]> fixedStarts = new ConcurrentHashMap<>();

	@Override
	protected HandlerMethod getHandlerInternal(HttpServletRequest request) throws Exception {
		lookingUp.set(pathOf(request));
		try {
			return super.getHandlerInternal(request);
		}
		finally {
			lookingUp.remove();
		}
	}

	/** What {@link #getMatchingMapping} answers while the request is looked up. */
	RequestMappingInfo matchingWhileLookingUp(RequestMappingInfo info, HttpServletRequest request) {
		lookingUp.set(pathOf(request));
		try {
			return getMatchingMapping(info, request);
		}
		finally {
			lookingUp.remove();
		}
	}

	@Override
	protected RequestMappingInfo getMatchingMapping(RequestMappingInfo info, HttpServletRequest request) {
		String path = lookingUp.get();
		if (path != null && !startsAsAPatternOf(info, path)) {
			return null;
		}
		return super.getMatchingMapping(info, request);
	}

	private boolean startsAsAPatternOf(RequestMappingInfo info, String path) {
		String[] starts = fixedStarts.computeIfAbsent(info, PathFirstMappings::fixedStartsOf);
		if (starts.length == 0) {
			return true;
		}
		for (String start : starts) {
			if (path.startsWith(start)) {
				return true;
			}
		}
		return false;
	}

	/** Empty when the mapping's paths are not patterns of this kind, and every path is left to Spring. */
	static String[] fixedStartsOf(RequestMappingInfo info) {
		PathPatternsRequestCondition paths = info.getPathPatternsCondition();
		if (paths == null || paths.isEmptyPathMapping()) {
			return new String[0];
		}
		List<String> starts = new ArrayList<>();
		for (PathPattern pattern : paths.getPatterns()) {
			String text = pattern.getPatternString();
			int variable = firstVariableOrWildcard(text);
			starts.add(variable < 0 ? text : text.substring(0, variable));
		}
		return starts.toArray(String[]::new);
	}

	private static int firstVariableOrWildcard(String pattern) {
		for (int i = 0; i < pattern.length(); i++) {
			char c = pattern.charAt(i);
			if (c == '{' || c == '*' || c == '?') {
				return i;
			}
		}
		return -1;
	}

	/**
	 * The request's path within the application, or {@code null} when a pattern's fixed part could match it
	 * in another spelling: encoded characters ({@code %2D}) and path parameters ({@code ;jsessionid}) are
	 * decoded and dropped before matching, so such a path is left to Spring's own matching.
	 */
	private static String pathOf(HttpServletRequest request) {
		if (!ServletRequestPathUtils.hasParsedRequestPath(request)) {
			return null;
		}
		String path = ServletRequestPathUtils.getParsedRequestPath(request).pathWithinApplication().value();
		return path.indexOf('%') >= 0 || path.indexOf(';') >= 0 ? null : path;
	}
}
