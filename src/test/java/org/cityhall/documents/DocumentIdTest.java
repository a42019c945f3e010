package org.cityhall.documents;

import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class DocumentIdTest {

	@Test
	void theIdOfBytesIsTheirSha256InLowerCaseHex() {
		assertThat(DocumentId.of("abc".getBytes(StandardCharsets.US_ASCII)).sha256())
				.isEqualTo("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
		assertThat(DocumentId.of(new byte[0]).sha256())
				.isEqualTo("e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855");
	}

	@Test
	void anIdMatchesOnlyItsOwnBytes() {
		byte[] content = "Kvitto".getBytes(StandardCharsets.UTF_8);
		DocumentId id = DocumentId.of(content);

		assertThat(id.matches(content)).isTrue();
		assertThat(id.matches("kvitto".getBytes(StandardCharsets.UTF_8))).isFalse();
	}

	@ParameterizedTest
	@ValueSource(strings = {"", "abc", "BA7816BF8F01CFEA414140DE5DAE2223B00361A396177A9CB410FF61F20015AD",
			"ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015a", "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015adx",
			"../../../../etc/passwd/../../../../../../../../../../../../../../../../../../../../../../x",
			"zz7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad"})
	void anythingButSixtyFourLowerCaseHexDigitsIsRefused(String text) {
		assertThatThrownBy(() -> new DocumentId(text)).isInstanceOf(IllegalArgumentException.class)
				.hasMessageContaining("64 lower-case hexadecimal digits");
	}
}
