package org.cityhall.web.frame;

import java.time.Duration;
import java.util.List;
import java.util.Locale;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.cityhall.web.HeaderItem;
import org.cityhall.web.Languages;
import org.cityhall.web.PublicContentChanges;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.boot.security.autoconfigure.web.servlet.SecurityFilterProperties;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.boot.webmvc.autoconfigure.WebMvcRegistrations;
import org.springframework.context.annotation.Bean;
import org.springframework.core.Ordered;
import org.springframework.context.annotation.Configuration;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.web.multipart.MultipartResolver;
import org.springframework.web.multipart.support.StandardServletMultipartResolver;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.springframework.web.servlet.i18n.CookieLocaleResolver;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;
import org.springframework.web.servlet.resource.ResourceUrlProvider;
import org.springframework.web.servlet.support.RequestContextUtils;
import org.thymeleaf.spring6.SpringTemplateEngine;

@Configuration(proxyBeanMethods = false)
class WebConfiguration implements WebMvcConfigurer {

	static final String LANGUAGE_COOKIE = "cityhall-lang";

	private final CityProperties city;
	private final List<HeaderItem> headerItems;

	WebConfiguration(CityProperties city, List<HeaderItem> headerItems) {
		this.city = city;
		this.headerItems = headerItems;
	}

	/**
	 * Pages are Swedish unless the visitor chose English; the choice is kept in a cookie so it
	 * holds across pages and visits without a session.
	 */
	@Bean
	LocaleResolver localeResolver() {
		CookieLocaleResolver resolver = new CookieLocaleResolver(LANGUAGE_COOKIE) {

			@Override
			public Locale resolveLocale(HttpServletRequest request) {
				return Languages.supported(super.resolveLocale(request));
			}

			@Override
			public void setLocale(HttpServletRequest request, HttpServletResponse response, Locale locale) {
				super.setLocale(request, response, locale == null ? null : Languages.supported(locale));
			}
		};
		resolver.setDefaultLocaleFunction(request -> Languages.SWEDISH);
		resolver.setCookieMaxAge(Duration.ofDays(365));
		resolver.setCookieHttpOnly(true);
		resolver.setCookieSameSite("Lax");
		return resolver;
	}

	/**
	 * Links checked against the static resources' patterns by prefix (see {@link AssetPathMatcher}), and
	 * the assets' versioned addresses remembered by the pages' template engine (see {@link AssetLinks}).
	 */
	@Bean
	static BeanPostProcessor assetLinksByPrefix() {
		return new BeanPostProcessor() {

			@Override
			public Object postProcessAfterInitialization(Object bean, String beanName) {
				if (bean instanceof ResourceUrlProvider provider) {
					provider.setPathMatcher(new AssetPathMatcher());
				}
				if (bean instanceof SpringTemplateEngine engine) {
					engine.setLinkBuilder(new AssetLinks());
				}
				return bean;
			}
		};
	}

	@Override
	public void addInterceptors(InterceptorRegistry registry) {
		// APIs choose their language per request and set no cookie; only pages remember a choice.
		registry.addInterceptor(new LanguageParameterInterceptor()).excludePathPatterns("/api/**");
		registry.addInterceptor(new FrameModelInterceptor(city, headerItems)).excludePathPatterns("/api/**");
		registry.addInterceptor(new PublicContentCache.Marker());
	}

	/** Controller methods found by their path first: see {@link PathFirstMappings}. */
	@Bean
	WebMvcRegistrations pathFirstMappings() {
		return new WebMvcRegistrations() {

			@Override
			public RequestMappingHandlerMapping getRequestMappingHandlerMapping() {
				return new PathFirstMappings();
			}
		};
	}

	/**
	 * Pages compressed at gzip's fastest level (see {@link PageCompression}), before every other filter so
	 * that what they write is what is compressed; the server compresses the other text types.
	 */
	@Bean
	@ConditionalOnBooleanProperty(name = "cityhall.web.page-compression", matchIfMissing = true)
	FilterRegistrationBean<PageCompression> pageCompression() {
		FilterRegistrationBean<PageCompression> registration = new FilterRegistrationBean<>(new PageCompression());
		registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 2);
		return registration;
	}

	/** After the security filters, so cached answers still get every security header. */
	@Bean
	@ConditionalOnBooleanProperty(name = "cityhall.web.public-content-cache", matchIfMissing = true)
	FilterRegistrationBean<PublicContentCache> publicContentCache(
			@Value("${cityhall.web.public-content-max-age:5m}") Duration maxAge) {
		FilterRegistrationBean<PublicContentCache> registration = new FilterRegistrationBean<>(new PublicContentCache(maxAge));
		registration.setOrder(Ordered.LOWEST_PRECEDENCE - 100);
		return registration;
	}

	/** Forgets the kept public content once the transaction that changed it commits. */
	@Bean
	PublicContentChanges publicContentChanges(ObjectProvider<FilterRegistrationBean<PublicContentCache>> cache) {
		return () -> cache.ifAvailable(registration -> {
			Runnable forget = registration.getFilter()::forgetAll;
			if (TransactionSynchronizationManager.isSynchronizationActive()) {
				TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
					@Override
					public void afterCommit() {
						forget.run();
					}
				});
			}
			else {
				forget.run();
			}
		});
	}

	/** Before the security filters, which would otherwise be first to stumble on an upload over the limits. */
	@Bean
	FilterRegistrationBean<RefusedUploads> refusedUploads(ObjectProvider<MultipartResolver> multipart) {
		FilterRegistrationBean<RefusedUploads> registration = new FilterRegistrationBean<>(
				new RefusedUploads(multipart.getIfAvailable(StandardServletMultipartResolver::new)));
		registration.setOrder(SecurityFilterProperties.DEFAULT_FILTER_ORDER - 10);
		return registration;
	}

	/** {@code ?lang=en} or {@code ?lang=sv} on any page switches the language and remembers it. */
	static class LanguageParameterInterceptor implements HandlerInterceptor {

		@Override
		public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) {
			Locale asked = Languages.fromParameter(request.getParameter("lang"));
			if (asked != null) {
				LocaleResolver resolver = RequestContextUtils.getLocaleResolver(request);
				if (resolver != null && !asked.equals(resolver.resolveLocale(request))) {
					resolver.setLocale(request, response, asked);
				}
			}
			return true;
		}
	}
}
