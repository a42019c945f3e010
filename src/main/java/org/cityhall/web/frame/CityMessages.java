package org.cityhall.web.frame;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.text.MessageFormat;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.ConcurrentHashMap;

import org.springframework.context.support.AbstractMessageSource;
import org.springframework.core.io.Resource;

/**
 * Every module's texts, Swedish and English, read once into one table per language. A page looks up
 * dozens of texts; asking each of the modules' bundles in turn whether it holds the text was a tenth
 * of what rendering a page cost. A text missing in English is shown in Swedish, the city's language, as
 * before; a language the city does not write in gets Swedish.
 *
 * <p>As with {@link org.springframework.context.support.ResourceBundleMessageSource}, a text without
 * arguments is given as written, and a text with arguments goes through {@link MessageFormat} (whose
 * parsed form is kept).
 */
final class CityMessages extends AbstractMessageSource {

	private final Map<String, Map<String, String>> texts;
	private final Locale fallback;
	private final Map<String, Map<String, MessageFormat>> formats = new ConcurrentHashMap<>();

	/**
	 * @param bundles each module's bundle by language ({@code "sv"}, {@code "en"}), in the order they take
	 * precedence when two hold the same key
	 * @param fallback the language of texts missing in another
	 */
	CityMessages(Map<String, List<Resource>> bundles, Locale fallback) throws IOException {
		Map<String, Map<String, String>> read = new HashMap<>();
		for (Map.Entry<String, List<Resource>> language : bundles.entrySet()) {
			Map<String, String> all = new LinkedHashMap<>();
			for (Resource bundle : language.getValue()) {
				Properties properties = new Properties();
				try (Reader reader = new InputStreamReader(bundle.getInputStream(), StandardCharsets.UTF_8)) {
					properties.load(reader);
				}
				properties.stringPropertyNames().forEach(key -> all.putIfAbsent(key, properties.getProperty(key)));
			}
			read.put(language.getKey(), Map.copyOf(all));
		}
		this.texts = Map.copyOf(read);
		this.fallback = fallback;
		setAlwaysUseMessageFormat(false);
	}

	@Override
	protected String resolveCodeWithoutArguments(String code, Locale locale) {
		String text = textsIn(locale).get(code);
		return text != null || sameLanguage(locale) ? text : textsIn(fallback).get(code);
	}

	@Override
	protected MessageFormat resolveCode(String code, Locale locale) {
		String language = textsIn(locale).containsKey(code) ? languageOf(locale) : fallback.getLanguage();
		String text = texts.getOrDefault(language, Map.of()).get(code);
		if (text == null) {
			return null;
		}
		return formats.computeIfAbsent(language, any -> new ConcurrentHashMap<>())
				.computeIfAbsent(code, any -> createMessageFormat(text, Locale.forLanguageTag(language)));
	}

	private Map<String, String> textsIn(Locale locale) {
		return texts.getOrDefault(languageOf(locale), Map.of());
	}

	private String languageOf(Locale locale) {
		return texts.containsKey(locale.getLanguage()) ? locale.getLanguage() : fallback.getLanguage();
	}

	private boolean sameLanguage(Locale locale) {
		return languageOf(locale).equals(fallback.getLanguage());
	}
}
