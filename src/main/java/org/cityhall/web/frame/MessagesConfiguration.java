package org.cityhall.web.frame;

import java.io.IOException;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.cityhall.web.Languages;
import org.springframework.context.MessageSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.ResourcePatternResolver;

/**
 * Every module keeps its texts in {@code i18n/<module>_sv.properties} and {@code _en.properties};
 * the frame finds them all, so a new module's texts need no configuration. Swedish is the fallback.
 * They are read once into one table per language ({@link CityMessages}).
 */
@Configuration(proxyBeanMethods = false)
class MessagesConfiguration {

	@Bean
	MessageSource messageSource(ResourcePatternResolver resolver) throws IOException {
		Map<String, List<Resource>> bundles = new LinkedHashMap<>();
		for (Locale language : List.of(Languages.SWEDISH, Languages.ENGLISH)) {
			String suffix = "_" + language.getLanguage() + ".properties";
			bundles.put(language.getLanguage(), Arrays.stream(resolver.getResources("classpath*:i18n/*" + suffix))
					.filter(bundle -> bundle.getFilename() != null)
					.sorted(Comparator.comparing(Resource::getFilename))
					.toList());
		}
		return new CityMessages(bundles, Languages.SWEDISH);
	}
}
