package org.cityhall.search.web;

import java.util.Map;
import java.util.Optional;

import jakarta.servlet.http.HttpServletRequest;
import org.cityhall.search.SearchPortal;
import org.cityhall.web.HeaderItem;
import org.springframework.stereotype.Component;

/** The search box in the header of every page; the same for everyone, so cached public pages may keep it. */
@Component
class SearchHeaderItem implements HeaderItem {

	@Override
	public int order() {
		return 10;
	}

	@Override
	public String fragment() {
		return "search/header :: box";
	}

	@Override
	public Optional<Map<String, ?>> modelFor(HttpServletRequest request) {
		return Optional.of(Map.of("maxLength", SearchPortal.MAX_QUERY_LENGTH));
	}
}
