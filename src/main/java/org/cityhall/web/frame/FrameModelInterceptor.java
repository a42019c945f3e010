package org.cityhall.web.frame;

import java.util.List;
import java.util.Locale;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.cityhall.web.HeaderItem;
import org.cityhall.web.Languages;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.support.RequestContextUtils;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * Gives every page what the frame needs: the city, the header items modules contribute and the
 * link to the same page in the other language. Runs only when a view is rendered, so JSON answers
 * pay nothing for it.
 */
class FrameModelInterceptor implements HandlerInterceptor {

	private final CityProperties city;
	private final List<HeaderItem> headerItems;

	FrameModelInterceptor(CityProperties city, List<HeaderItem> headerItems) {
		this.city = city;
		this.headerItems = headerItems.stream().sorted(java.util.Comparator.comparingInt(HeaderItem::order)).toList();
	}

	@Override
	public void postHandle(HttpServletRequest request, HttpServletResponse response, Object handler, ModelAndView mav) {
		if (mav == null || (mav.getViewName() != null && mav.getViewName().startsWith("redirect:"))) {
			return;
		}
		Locale locale = Languages.supported(RequestContextUtils.getLocale(request));
		mav.addObject("city", city);
		mav.addObject("cityName", city.name().in(locale));
		mav.addObject("headerItems", headerItems.stream()
				.flatMap(item -> item.modelFor(request).map(model -> new HeaderItem.Rendered(item.fragment(), model)).stream())
				.toList());
		mav.addObject("otherLanguage", Languages.other(locale).getLanguage());
		mav.addObject("otherLanguageUrl", sameUrlIn(request, Languages.other(locale)));
	}

	/** The page being shown, with its query kept, in the other language. */
	static String sameUrlIn(HttpServletRequest request, Locale language) {
		String path = (String) request.getAttribute(jakarta.servlet.RequestDispatcher.ERROR_REQUEST_URI);
		String query = null;
		if (path == null) {
			path = request.getRequestURI();
			query = request.getQueryString();
		}
		String contextPath = request.getContextPath();
		if (path.startsWith(contextPath)) {
			path = path.substring(contextPath.length());
		}
		String target = path.isEmpty() ? "/" : path;
		try {
			return UriComponentsBuilder.fromPath(target)
					.query(query)
					.replaceQueryParam("lang", language.getLanguage())
					.build(true)
					.toUriString();
		}
		catch (IllegalArgumentException malformed) {
			// A hand-made address that is not validly encoded: switch language without its query.
			return UriComponentsBuilder.fromPath("/").queryParam("lang", language.getLanguage()).toUriString();
		}
	}
}
