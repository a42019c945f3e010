package org.cityhall.notifications.demo;

import java.net.URI;
import java.time.Duration;

import org.cityhall.notifications.sms.HttpSmsGateway;
import org.cityhall.notifications.sms.SmsGateway;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;

/**
 * The demo city's SMS gateway: CityHall's own stand-in at {@code /demo/sms-gateway}, reached over
 * real HTTP on the port the server listens on, exactly as a real gateway would be.
 */
@Configuration(proxyBeanMethods = false)
@DemoSms
class DemoSmsConfiguration {

	@Bean
	SmsGateway demoSmsGateway(DemoPhone phone, Environment environment) {
		return new HttpSmsGateway(() -> ownAddress(environment), phone.token(), Duration.ofSeconds(10));
	}

	private static URI ownAddress(Environment environment) {
		String port = environment.getProperty("local.server.port");
		if (port == null) {
			throw new SmsGateway.SmsNotSent("the demo SMS gateway is not listening yet");
		}
		String contextPath = environment.getProperty("server.servlet.context-path", "");
		return URI.create("http://localhost:" + port + contextPath + "/demo/sms-gateway");
	}
}
