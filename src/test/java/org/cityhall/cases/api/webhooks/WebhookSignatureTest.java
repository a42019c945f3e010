package org.cityhall.cases.api.webhooks;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Map;

import org.cityhall.cases.api.CasesApiProperties;
import org.junit.jupiter.api.Test;

class WebhookSignatureTest {

	private static final String SECRET = "whsec_test";
	private static final String BODY = "{\"id\":\"0192\",\"type\":\"case-submitted\"}";
	private static final Instant AT = Instant.parse("2026-11-26T12:00:00Z");

	@Test
	void aSignatureIsTheTimeAndTheHmacOfTimeDotBody() {
		// t is the time in Unix seconds; v1 the hex HMAC-SHA256 of "t.body", as any HMAC library computes it
		assertThat(WebhookSignature.sign(SECRET, AT, BODY))
				.isEqualTo("t=1795694400,v1=b822182b5dba92ed643141b9410f69c990659c3453f1af13f27affe0c8e84c14");
		assertThat(WebhookSignature.verify(SECRET, WebhookSignature.sign(SECRET, AT, BODY), BODY, Duration.ofMinutes(5),
				AT.plusSeconds(30))).isTrue();
	}

	@Test
	void aChangedBodyAnotherSecretOrAnOldSignatureFails() {
		String header = WebhookSignature.sign(SECRET, AT, BODY);

		assertThat(WebhookSignature.verify(SECRET, header, BODY.replace("submitted", "decided"), Duration.ofMinutes(5), AT)).isFalse();
		assertThat(WebhookSignature.verify("whsec_other", header, BODY, Duration.ofMinutes(5), AT)).isFalse();
		assertThat(WebhookSignature.verify(SECRET, header, BODY, Duration.ofMinutes(5), AT.plus(Duration.ofMinutes(6)))).isFalse();
		assertThat(WebhookSignature.verify(SECRET, "v1=00", BODY, Duration.ofMinutes(5), AT)).isFalse();
		assertThat(WebhookSignature.verify(SECRET, null, BODY, Duration.ofMinutes(5), AT)).isFalse();
		assertThat(WebhookSignature.verify(SECRET, "t=1795694400,v1=zz", BODY, Duration.ofMinutes(5), AT)).isFalse();
	}

	@Test
	void theWaitBetweenAttemptsDoublesUpToItsCap() {
		CasesApiProperties properties = new CasesApiProperties("http://issuer", null, null, null, "department", Map.of(),
				Duration.ofDays(7), new CasesApiProperties.Webhooks(false, 12, Duration.ofSeconds(30), Duration.ofHours(6),
						Duration.ofSeconds(10), 20, 25));
		WebhookDispatcher dispatcher = new WebhookDispatcher(null, null, properties, Clock.fixed(AT, ZoneOffset.UTC));

		assertThat(dispatcher.backOff(1)).isEqualTo(Duration.ofSeconds(30));
		assertThat(dispatcher.backOff(2)).isEqualTo(Duration.ofMinutes(1));
		assertThat(dispatcher.backOff(5)).isEqualTo(Duration.ofMinutes(8));
		assertThat(dispatcher.backOff(11)).isEqualTo(Duration.ofHours(6));
		assertThat(dispatcher.backOff(40)).isEqualTo(Duration.ofHours(6));
	}
}
