package org.cityhall.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Properties;

import org.junit.jupiter.api.Test;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

/** Every page string exists in both languages: each module's Swedish and English bundles hold the same keys. */
class MessageBundlesTest {

	@Test
	void everyModulesBundlesHaveTheSameKeysInBothLanguages() throws IOException {
		Resource[] swedish = new PathMatchingResourcePatternResolver().getResources("classpath*:i18n/*_sv.properties");
		assertThat(swedish).isNotEmpty();
		for (Resource sv : swedish) {
			Resource en = sv.createRelative(sv.getFilename().replace("_sv.properties", "_en.properties"));
			assertThat(en.exists()).as("English beside %s", sv.getFilename()).isTrue();
			Properties svTexts = load(sv);
			Properties enTexts = load(en);
			assertThat(enTexts.stringPropertyNames()).as(en.getFilename()).isEqualTo(svTexts.stringPropertyNames());
			svTexts.stringPropertyNames().forEach(key -> {
				assertThat(svTexts.getProperty(key)).as("%s in %s", key, sv.getFilename()).isNotBlank();
				assertThat(enTexts.getProperty(key)).as("%s in %s", key, en.getFilename()).isNotBlank();
			});
		}
	}

	/**
	 * A text with arguments goes through {@link java.text.MessageFormat}, where a single apostrophe starts a quoted
	 * part: "the city's {0} boreholes" would show "{0}" as it stands and lose the apostrophe. In such texts
	 * every apostrophe is written twice.
	 */
	@Test
	void textsWithArgumentsWriteEveryApostropheTwice() throws IOException {
		for (Resource bundle : new PathMatchingResourcePatternResolver().getResources("classpath*:i18n/*.properties")) {
			Properties texts = load(bundle);
			texts.stringPropertyNames().forEach(key -> {
				String text = texts.getProperty(key);
				if (ARGUMENT.matcher(text).find()) {
					assertThat(text.replace("''", "")).as("%s in %s", key, bundle.getFilename()).doesNotContain("'");
				}
			});
		}
	}

	private static final java.util.regex.Pattern ARGUMENT = java.util.regex.Pattern.compile("\\{\\d");

	private static Properties load(Resource resource) throws IOException {
		Properties properties = new Properties();
		try (var reader = new InputStreamReader(resource.getInputStream(), StandardCharsets.UTF_8)) {
			properties.load(reader);
		}
		return properties;
	}
}
