package org.cityhall.notifications.sms;

import java.net.URI;
import java.time.Duration;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnExpression;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The city's SMS gateway, when {@code cityhall.notifications.sms.url} names one, with the bearer
 * token {@code cityhall.notifications.sms.token} and a timeout ({@code cityhall.notifications.sms.timeout},
 * 10 seconds by default).
 */
@Configuration(proxyBeanMethods = false)
class SmsConfiguration {

	@Bean
	@ConditionalOnExpression("!'${cityhall.notifications.sms.url:}'.isBlank()")
	SmsGateway smsGateway(@Value("${cityhall.notifications.sms.url}") URI url,
			@Value("${cityhall.notifications.sms.token:}") String token,
			@Value("${cityhall.notifications.sms.timeout:10s}") Duration timeout) {
		if (!"https".equals(url.getScheme()) && !"http".equals(url.getScheme())) {
			throw new IllegalStateException("cityhall.notifications.sms.url must be an http or https address; was " + url);
		}
		return new HttpSmsGateway(() -> url, token, timeout);
	}
}
