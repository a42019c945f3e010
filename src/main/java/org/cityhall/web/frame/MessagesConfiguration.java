package org.cityhall.web.frame;

import java.io.IOException;
import java.util.Arrays;
import java.util.Objects;

import org.cityhall.web.Languages;
import org.springframework.context.MessageSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.support.ResourceBundleMessageSource;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.ResourcePatternResolver;

/**
 * Every module keeps its texts in {@code i18n/<module>_sv.properties} and {@code _en.properties};
 * the frame finds them all, so a new module's texts need no configuration. Swedish is the fallback.
 */
@Configuration(proxyBeanMethods = false)
class MessagesConfiguration {

	@Bean
	MessageSource messageSource(ResourcePatternResolver resolver) throws IOException {
		Resource[] swedish = resolver.getResources("classpath*:i18n/*_sv.properties");
		String[] basenames = Arrays.stream(swedish)
				.map(Resource::getFilename)
				.filter(Objects::nonNull)
				.map(name -> "i18n/" + name.substring(0, name.length() - "_sv.properties".length()))
				.distinct()
				.sorted()
				.toArray(String[]::new);
		ResourceBundleMessageSource messages = new ResourceBundleMessageSource();
		messages.setBasenames(basenames);
		messages.setDefaultEncoding("UTF-8");
		messages.setDefaultLocale(Languages.SWEDISH);
		messages.setFallbackToSystemLocale(false);
		return messages;
	}
}
