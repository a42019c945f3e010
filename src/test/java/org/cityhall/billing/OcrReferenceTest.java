package org.cityhall.billing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.LongRange;
import org.junit.jupiter.api.Test;

/** OCR references: the Luhn check digit and the length digit, as Bankgirot checks them. */
class OcrReferenceTest {

	@Test
	void theCheckDigitIsLuhns() {
		// Worked by hand: from the right 1×2, 7, 8×2=16→7, 9, 3×2, 7, 2×2, 9, 9×2=18→9, 7 sum to 67; 70 − 67 = 3.
		assertThat(OcrReference.of("7992739871", false).value()).isEqualTo("79927398713");
		// 1234567: 7×2=14→5, 6, 5×2=10→1, 4, 3×2, 3... sum 26, so 4.
		assertThat(OcrReference.of("1234567", false).value()).isEqualTo("12345674");
	}

	@Test
	void theLengthDigitCountsTheWholeReference() {
		// 100001, eight digits in all: length digit 8, then 1000018 sums to 10, check digit 0.
		assertThat(OcrReference.of("100001", true).value()).isEqualTo("10000180");
		// 12345, seven digits in all: length digit 7; 123457 sums to 26, check digit 4.
		assertThat(OcrReference.of("12345", true).value()).isEqualTo("1234574");
		// Twelve digits in all: the length digit is the units, 2.
		assertThat(OcrReference.of("1234567890", true).value()).hasSize(12).startsWith("12345678902");
		assertThat(new OcrReference("10000180").hasValidLengthDigit()).isTrue();
		assertThat(new OcrReference("12345674").hasValidLengthDigit()).isFalse();
	}

	@Test
	void aWrongCheckDigitOrNoDigitsIsNoReference() {
		assertThatIllegalArgumentException().isThrownBy(() -> new OcrReference("79927398710"));
		assertThatIllegalArgumentException().isThrownBy(() -> new OcrReference("7992 7398 713"));
		assertThatIllegalArgumentException().isThrownBy(() -> new OcrReference("1"));
		assertThatIllegalArgumentException().isThrownBy(() -> OcrReference.of("1".repeat(24), true));
		assertThat(OcrReference.parse("7992 7398-713")).contains(new OcrReference("79927398713"));
		assertThat(OcrReference.parse("12345678")).isEmpty();
		assertThat(OcrReference.parse(null)).isEmpty();
	}

	@Property
	void everyReferenceMadeIsValidAndKeepsItsBase(@ForAll @LongRange(min = 1, max = 999_999_999_999L) long base,
			@ForAll boolean withLengthDigit) {
		OcrReference ocr = OcrReference.of(Long.toString(base), withLengthDigit);

		assertThat(ocr.value()).startsWith(Long.toString(base));
		assertThat(OcrReference.parse(ocr.value())).contains(ocr);
		if (withLengthDigit) {
			assertThat(ocr.hasValidLengthDigit()).isTrue();
		}
	}

	@Property
	void changingAnyOneDigitIsCaught(@ForAll @LongRange(min = 1, max = 999_999_999_999L) long base,
			@ForAll @IntRange(min = 0, max = 30) int position, @ForAll @IntRange(min = 1, max = 9) int change) {
		String value = OcrReference.of(Long.toString(base), true).value();
		int at = position % value.length();
		char changed = (char) ('0' + (value.charAt(at) - '0' + change) % 10);
		String typo = value.substring(0, at) + changed + value.substring(at + 1);

		assertThat(OcrReference.parse(typo)).isEmpty();
	}
}
