package org.cityhall.shared;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class SharedMessagesTest {

	@ParameterizedTest
	@ValueSource(strings = { "sv", "en" })
	void everyProblemHasAMessageInBothLanguages(String language) throws IOException {
		Properties messages = load(language);

		assertThat(messageKeys()).allSatisfy(key -> assertThat(messages.getProperty(key)).as(key).isNotBlank());
	}

	@ParameterizedTest
	@ValueSource(strings = { "sv", "en" })
	void bothLanguagesHoldTheSameMessages(String language) throws IOException {
		assertThat(load(language).stringPropertyNames()).containsExactlyInAnyOrderElementsOf(messageKeys());
	}

	@Test
	void englishTextsUseTypographicApostrophes() throws IOException {
		Properties english = load("en");

		assertThat(english.stringPropertyNames()).allSatisfy(key -> assertThat(english.getProperty(key)).as(key).doesNotContain("'"));
	}

	@Test
	void swedishTextsAreReadAsUtf8() throws IOException {
		assertThat(load("sv").getProperty("shared.identity-number.no-such-date")).isEqualTo("Det finns inget sådant datum");
		assertThat(load("sv").getProperty("shared.identity-number.check-digit"))
				.isEqualTo("Kontrollsiffran stämmer inte – kontrollera att du skrivit rätt");
	}

	private static List<String> messageKeys() {
		List<String> keys = new ArrayList<>();
		for (InvalidIdentityNumberException.Problem problem : InvalidIdentityNumberException.Problem.values()) {
			keys.add(problem.messageKey());
		}
		for (InvalidOrganisationNumberException.Problem problem : InvalidOrganisationNumberException.Problem.values()) {
			keys.add(problem.messageKey());
		}
		return keys;
	}

	private static Properties load(String language) throws IOException {
		Properties properties = new Properties();
		try (InputStream in = SharedMessagesTest.class.getResourceAsStream("/i18n/shared_" + language + ".properties")) {
			assertThat(in).as("i18n/shared_%s.properties", language).isNotNull();
			try (Reader reader = new InputStreamReader(in, StandardCharsets.UTF_8)) {
				properties.load(reader);
			}
		}
		return properties;
	}
}
