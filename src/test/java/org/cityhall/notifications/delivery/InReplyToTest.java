package org.cityhall.notifications.delivery;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Only a Message-ID goes into an e-mail's In-Reply-To: nothing that could add a header or a recipient. */
class InReplyToTest {

	@ParameterizedTest
	@ValueSource(strings = { "<4f1c2a7e-9b1d-4e55-a0a1-3c2b1d0e9f88@example.org>", "<CAF=x+y_z.1@mail.example.se>",
			"<20261128.0912.abc@stad.example>" })
	void aMessageIdIsKept(String messageId) {
		assertThat(TakingNotices.MESSAGE_ID.matcher(messageId).matches()).isTrue();
	}

	@ParameterizedTest
	@ValueSource(strings = { "<a@example.org>\r\nBcc: someone@example.org", "<a@example.org> <b@example.org>",
			"sha256:0f1e2d3c", "<no-domain>", "a@example.org", "<a@exa<mple.org>", "<å@example.org>", "<@example.org>", "" })
	void anythingElseIsLeftOut(String notAMessageId) {
		assertThat(TakingNotices.MESSAGE_ID.matcher(notAMessageId).matches()).isFalse();
	}

	@org.junit.jupiter.api.Test
	void aMessageIdLongerThanAHeaderShouldHoldIsLeftOut() {
		assertThat(TakingNotices.MESSAGE_ID.matcher("<" + "a".repeat(124) + "@example.org>").matches()).isFalse();
	}
}
