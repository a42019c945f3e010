package org.cityhall.billing.provider;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.function.Supplier;

import org.cityhall.billing.PaymentProvider;
import org.cityhall.billing.PaymentProviderException;
import org.cityhall.billing.demo.DemoPayments;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;

/**
 * The card payment provider CityHall uses: the one configured, or in the demo city its own
 * stand-in, reached over HTTP on CityHall's own port like any other provider.
 */
@Configuration(proxyBeanMethods = false)
class PaymentProviderConfiguration {

	private static final Logger log = LoggerFactory.getLogger(PaymentProviderConfiguration.class);

	@Bean
	PaymentProvider paymentProvider(PaymentProviderProperties properties, Environment environment) {
		String apiKey = properties.apiKey() == null ? "" : properties.apiKey();
		if (properties.url() != null && !properties.url().isBlank()) {
			return new HttpPaymentProvider(configured(properties.url().strip()), apiKey, properties.connectTimeout(),
					properties.timeout());
		}
		if (environment.getProperty("cityhall.demo", Boolean.class, false)) {
			return new HttpPaymentProvider(() -> ownDemoProvider(environment),
					apiKey.isBlank() ? DemoPayments.DEFAULT_API_KEY : apiKey, properties.connectTimeout(), properties.timeout());
		}
		log.warn("No card payment provider is configured (cityhall.billing.provider.url): fees cannot be paid by card");
		Supplier<URI> none = () -> {
			throw new PaymentProviderException(PaymentProviderException.Problem.NOT_CONFIGURED,
					"no card payment provider is configured: set cityhall.billing.provider.url and ...api-key");
		};
		return new HttpPaymentProvider(none, apiKey, properties.connectTimeout(), properties.timeout());
	}

	private static URI configured(String url) {
		try {
			URI uri = new URI(url);
			if (uri.isAbsolute() && ("https".equals(uri.getScheme()) || "http".equals(uri.getScheme())) && uri.getHost() != null) {
				return uri;
			}
		}
		catch (URISyntaxException notAnAddress) {
			// Said below, with the setting's name.
		}
		throw new IllegalStateException("cityhall.billing.provider.url must be an absolute http(s) address such as "
				+ "https://pay.example/api/v1, not '" + url + "'");
	}

	/** The demo city's stand-in provider, on the port this very server listens on. */
	private static URI ownDemoProvider(Environment environment) {
		String port = environment.getProperty("local.server.port", environment.getProperty("server.port", "8080"));
		String contextPath = environment.getProperty("server.servlet.context-path", "");
		return URI.create("http://localhost:" + port + contextPath + DemoPayments.API_PATH);
	}
}
