package org.cityhall.web.frame;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.cityhall.web.Languages;
import org.junit.jupiter.api.Test;
import org.springframework.context.NoSuchMessageException;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.core.io.Resource;

class CityMessagesTest {

	private final CityMessages messages = new CityMessages(Map.of(
			"sv", List.of(bundle("cases.title=Ärenden\ncases.count=Du har {0} ärenden\ncases.only-swedish=Bara på svenska\n"),
					bundle("web.title=Mina sidor\ncases.title=Tas aldrig\n")),
			"en", List.of(bundle("cases.title=Cases\ncases.count=You have {0} cases\n"), bundle("web.title=My pages\n"))),
			Languages.SWEDISH);

	CityMessagesTest() throws IOException {
	}

	@Test
	void findsEveryModulesTextsInTheReadersLanguage() {
		assertThat(messages.getMessage("cases.title", null, Languages.SWEDISH)).isEqualTo("Ärenden");
		assertThat(messages.getMessage("web.title", null, Locale.ENGLISH)).isEqualTo("My pages");
		assertThat(messages.getMessage("web.title", null, Locale.forLanguageTag("sv-SE"))).isEqualTo("Mina sidor");
	}

	@Test
	void formatsTextsWithArguments() {
		assertThat(messages.getMessage("cases.count", new Object[] { 3 }, Locale.ENGLISH)).isEqualTo("You have 3 cases");
		assertThat(messages.getMessage("cases.count", new Object[] { 4 }, Languages.SWEDISH)).isEqualTo("Du har 4 ärenden");
	}

	@Test
	void theFirstBundleHoldingAKeyWins() {
		assertThat(messages.getMessage("cases.title", null, Languages.SWEDISH)).isEqualTo("Ärenden");
	}

	@Test
	void aTextMissingInEnglishOrALanguageTheCityDoesNotWriteInIsSwedish() {
		assertThat(messages.getMessage("cases.only-swedish", null, Locale.ENGLISH)).isEqualTo("Bara på svenska");
		assertThat(messages.getMessage("web.title", null, Locale.GERMAN)).isEqualTo("Mina sidor");
	}

	@Test
	void anUnknownKeyIsNotFoundOrGetsTheDefaultGiven() {
		assertThatExceptionOfType(NoSuchMessageException.class)
				.isThrownBy(() -> messages.getMessage("cases.nothing", null, Locale.ENGLISH));
		assertThat(messages.getMessage("cases.nothing", null, "Standard", Locale.ENGLISH)).isEqualTo("Standard");
	}

	private static Resource bundle(String text) {
		return new ByteArrayResource(text.getBytes(StandardCharsets.UTF_8));
	}
}
