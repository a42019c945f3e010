package org.cityhall.web.frame;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.util.AntPathMatcher;

class AssetPathMatcherTest {

	private static final List<String> PATTERNS = List.of("/assets/**", "/webjars/**", "/assets/css/**", "/**",
			"/assets/*.css", "/assets/{name}/**", "assets/**", "/assets/", "/assets//**");

	private static final List<String> PATHS = List.of("/assets", "/assets/", "/assets/css/cityhall.css",
			"/assets//images/city-logo.svg", "/assets/../staff", "/assetsx", "/assetsx/y.css", "/asset", "/webjars",
			"/webjars/govuk-frontend/dist/govuk/govuk-frontend.min.css", "/", "", "/search", "/staff/cases",
			"/my-pages/cases/BL-2020-000000", "assets/css/cityhall.css", "/ASSETS/css/cityhall.css", "/assets/css",
			"/assets/cssx/a.css", "/assets/css/");

	private final AssetPathMatcher matcher = new AssetPathMatcher();
	private final AntPathMatcher ant = new AntPathMatcher();

	@Test
	void matchesEveryPatternAndLinkAsTheAntMatcherDoes() {
		for (String pattern : PATTERNS) {
			for (String path : PATHS) {
				assertThat(matcher.match(pattern, path)).as("%s against %s", path, pattern).isEqualTo(ant.match(pattern, path));
			}
		}
	}

	@Test
	void takesOnlyAFixedPrefixFollowedByEverythingUnderIt() {
		assertThat(AssetPathMatcher.prefixOf("/assets/**")).contains("/assets");
		assertThat(AssetPathMatcher.prefixOf("/webjars/**")).contains("/webjars");
		assertThat(AssetPathMatcher.prefixOf("/**")).isEmpty();
		assertThat(AssetPathMatcher.prefixOf("/assets/*/**")).isEmpty();
		assertThat(AssetPathMatcher.prefixOf("/assets/{name}/**")).isEmpty();
		assertThat(AssetPathMatcher.prefixOf("assets/**")).isEmpty();
		assertThat(AssetPathMatcher.prefixOf("/assets/*.css")).isEmpty();
	}
}
