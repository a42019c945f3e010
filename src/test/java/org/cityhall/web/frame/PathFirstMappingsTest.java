package org.cityhall.web.frame;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;
import org.cityhall.testing.CityHallWebTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.HandlerExecutionChain;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;
import org.springframework.web.util.ServletRequestPathUtils;

/** Checking a mapping's path first finds, for every mapping of the application, what checking it last found. */
@CityHallWebTest
class PathFirstMappingsTest {

	@Autowired
	@Qualifier("requestMappingHandlerMapping")
	RequestMappingHandlerMapping mappings;

	@Test
	void theApplicationsMappingsAreFoundPathFirst() {
		assertThat(mappings).isInstanceOf(PathFirstMappings.class);
	}

	@Test
	void everyMappingMatchesTheRequestsItMatchedBefore() {
		Map<RequestMappingInfo, HandlerMethod> all = mappings.getHandlerMethods();
		List<String> paths = new ArrayList<>(List.of("/", "/no-such-place", "/my-pages/cases/MO-2026-000001/", "/api/v1/cases",
				"/my%2Dpages", "/my-pages;jsessionid=1", "/MY-PAGES", "/payments", "/payments/"));
		for (RequestMappingInfo info : all.keySet()) {
			if (info.getPathPatternsCondition() != null) {
				info.getPathPatternsCondition().getPatternValues().forEach(pattern -> paths.add(pattern.replaceAll("\\{\\*?[^}]+}", "x1")));
			}
		}
		int compared = 0;
		for (RequestMappingInfo info : all.keySet()) {
			for (String path : paths) {
				for (String method : List.of("GET", "POST")) {
					RequestMappingInfo pathFirst = ((PathFirstMappings) mappings).matchingWhileLookingUp(info, request(method, path));
					RequestMappingInfo asSpringDoes = info.getMatchingCondition(request(method, path));
					assertThat(pathFirst).as("%s %s against %s", method, path, info).isEqualTo(asSpringDoes);
					compared++;
				}
			}
		}
		assertThat(compared).isGreaterThan(10_000);
	}

	@Test
	void eachPatternedAddressFindsTheControllerMethodItsMappingNames() throws Exception {
		int found = 0;
		for (var entry : mappings.getHandlerMethods().entrySet()) {
			RequestMappingInfo info = entry.getKey();
			if (info.getPathPatternsCondition() == null || info.getMethodsCondition().getMethods().size() != 1
					|| !info.getParamsCondition().isEmpty() || !info.getHeadersCondition().isEmpty()
					|| !info.getConsumesCondition().isEmpty() || !info.getProducesCondition().isEmpty()) {
				continue;
			}
			for (String pattern : info.getPathPatternsCondition().getPatternValues()) {
				if (!pattern.contains("{") || pattern.contains("*")) {
					continue;
				}
				String method = info.getMethodsCondition().getMethods().iterator().next().name();
				MockHttpServletRequest request = new MockHttpServletRequest(method, pattern.replaceAll("\\{[^}]+}", "x1"));
				request.addHeader("Accept", "*/*");
				ServletRequestPathUtils.parseAndCache(request);
				HandlerExecutionChain chain = mappings.getHandler(request);
				if (chain != null && chain.getHandler() instanceof HandlerMethod handler
						&& handler.getMethod().equals(entry.getValue().getMethod())) {
					found++;
				}
			}
		}
		assertThat(found).isGreaterThan(50);
	}

	@Test
	void aPatternIsComparedByWhatItStartsWith() {
		RequestMappingInfo info = RequestMappingInfo.paths("/payments/{id}/receipt", "/staff/**", "/files/*.pdf", "/about")
				.build();

		assertThat(PathFirstMappings.fixedStartsOf(info)).containsExactlyInAnyOrder("/payments/", "/staff/", "/files/", "/about");
	}

	@Test
	void aPatternedAddressFindsItsController() throws Exception {
		HandlerExecutionChain chain = mappings.getHandler(request("GET", "/my-pages/cases/MO-2026-000001"));

		assertThat(chain).isNotNull();
		assertThat(((HandlerMethod) chain.getHandler()).getBeanType().getSimpleName()).isNotBlank();
	}

	private static HttpServletRequest request(String method, String path) {
		MockHttpServletRequest request = new MockHttpServletRequest(method, path);
		request.addHeader("Accept", "text/html");
		ServletRequestPathUtils.parseAndCache(request);
		return request;
	}
}
