package org.cityhall.billing.provider;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Where the card payment provider is and how CityHall talks to it.
 *
 * @param url the provider's API, such as {@code https://pay.example/api/v1}. Left out in the demo
 *        city, CityHall talks to its own stand-in provider under {@code /demo/payment-provider};
 *        left out elsewhere, card payment is unavailable and the payment pages say so
 * @param apiKey the key CityHall sends as a bearer token
 * @param connectTimeout how long to wait for a connection
 * @param timeout how long to wait for each answer
 */
@ConfigurationProperties("cityhall.billing.provider")
public record PaymentProviderProperties(String url, String apiKey, @DefaultValue("5s") Duration connectTimeout,
		@DefaultValue("10s") Duration timeout) {
}
