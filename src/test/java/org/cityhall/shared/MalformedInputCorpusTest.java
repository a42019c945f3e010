package org.cityhall.shared;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

class MalformedInputCorpusTest {

	private static final Pattern SIX_DIGITS = Pattern.compile("[0-9]{6}");

	// A strict address: dot-atoms of the RFC 5322 letters, a dotted host name of LDH labels.
	private static final Pattern PLAIN_ADDRESS = Pattern.compile(
			"[A-Za-z0-9!#$%&'*+/=?^_`{|}~-]+(\\.[A-Za-z0-9!#$%&'*+/=?^_`{|}~-]+)*"
					+ "@[A-Za-z0-9]([A-Za-z0-9-]{0,61}[A-Za-z0-9])?(\\.[A-Za-z0-9]([A-Za-z0-9-]{0,61}[A-Za-z0-9])?)+");

	@Test
	void everyMalformedIdentityNumberIsRefusedWithItsOwnException() {
		List<String> corpus = MalformedInputCorpus.identityNumbers();
		List<String> notRefused = new ArrayList<>();
		for (String typed : corpus) {
			for (LocalDate today : List.of(PersonalIdentityNumberTest.TODAY, LocalDate.now(ZoneId.of("Europe/Stockholm")), LocalDate.of(2059, 12, 31))) {
				try {
					PersonalIdentityNumber.parse(typed, today);
					notRefused.add(describe(typed) + " accepted on " + today);
				}
				catch (InvalidIdentityNumberException expected) {
					// refused as it should be
				}
				catch (RuntimeException other) {
					notRefused.add(describe(typed) + " threw " + other);
				}
			}
			assertThat(PersonalIdentityNumber.isValid(typed)).as(describe(typed)).isFalse();
		}

		assertThat(corpus).hasSizeGreaterThanOrEqualTo(500);
		assertThat(notRefused).isEmpty();
	}

	@Test
	void theIdentityNumberCorpusHoldsEveryKindOfMalformedInput() {
		List<String> corpus = MalformedInputCorpus.identityNumbers();

		assertThat(corpus).contains("", " ", "+8112189876", "811218--9876");
		assertThat(corpus).anyMatch(typed -> typed.length() == 10_000);
		assertThat(corpus).anyMatch(typed -> typed.contains("١"));
		assertThat(corpus).anyMatch(typed -> typed.contains("８"));
		assertThat(corpus).anyMatch(typed -> typed.contains("\u0000"));
		assertThat(corpus).anyMatch(typed -> typed.contains("DROP TABLE"));
		assertThat(corpus).anyMatch(typed -> typed.contains("<script>"));
		assertThat(corpus).as("every kind of problem").anySatisfy(typed -> assertThat(problemOf(typed)).isNotNull());
		for (InvalidIdentityNumberException.Problem problem : InvalidIdentityNumberException.Problem.values()) {
			assertThat(corpus).as(problem.name()).anyMatch(typed -> problemOf(typed) == problem);
		}
	}

	@Test
	void theCorpusIsTheSameOnEveryCall() {
		assertThat(MalformedInputCorpus.identityNumbers()).isEqualTo(MalformedInputCorpus.identityNumbers());
		assertThat(MalformedInputCorpus.emailAddresses()).isEqualTo(MalformedInputCorpus.emailAddresses());
		assertThat(MalformedInputCorpus.oneTimeCodes()).isEqualTo(MalformedInputCorpus.oneTimeCodes());
	}

	@Test
	void noMalformedEmailAddressIsAPlainAddressEvenWhenTrimmed() {
		List<String> corpus = MalformedInputCorpus.emailAddresses();

		assertThat(corpus).hasSizeGreaterThanOrEqualTo(200);
		assertThat(corpus).noneMatch(typed -> isPlainAddress(typed) || isPlainAddress(typed.trim()) || isPlainAddress(typed.strip()));
		assertThat(corpus).anyMatch(typed -> typed.length() == 10_000);
	}

	@Test
	void noMalformedOneTimeCodeIsSixDigitsEvenWhenTrimmed() {
		List<String> corpus = MalformedInputCorpus.oneTimeCodes();

		assertThat(corpus).hasSizeGreaterThanOrEqualTo(200);
		assertThat(corpus).noneMatch(typed -> SIX_DIGITS.matcher(typed.trim()).matches()
				|| SIX_DIGITS.matcher(typed.strip()).matches());
		assertThat(corpus).contains("١٢٣٤٥٦", "１２３４５６", "+12345");
		assertThat(corpus).anyMatch(typed -> typed.length() == 5 && typed.chars().allMatch(Character::isDigit));
		assertThat(corpus).anyMatch(typed -> typed.length() == 7 && typed.chars().allMatch(Character::isDigit));
		assertThat(corpus).anyMatch(typed -> typed.length() >= 10_000);
	}

	private static boolean isPlainAddress(String typed) {
		int at = typed.lastIndexOf('@');
		return PLAIN_ADDRESS.matcher(typed).matches() && at <= 64 && typed.length() <= 254;
	}

	private static InvalidIdentityNumberException.Problem problemOf(String typed) {
		try {
			PersonalIdentityNumber.parse(typed, PersonalIdentityNumberTest.TODAY);
			return null;
		}
		catch (InvalidIdentityNumberException refused) {
			return refused.problem();
		}
	}

	private static String describe(String typed) {
		String shown = typed.length() > 40 ? typed.substring(0, 40) + "…" : typed;
		StringBuilder escaped = new StringBuilder("\"");
		shown.codePoints().forEach(c -> {
			if (c < 0x20 || c == 0x7F || c > 0x7E && Character.isISOControl(c) || Character.getType(c) == Character.FORMAT) {
				escaped.append(String.format("\\u%04X", c));
			}
			else {
				escaped.appendCodePoint(c);
			}
		});
		return escaped.append("\" (").append(typed.length()).append(" chars)").toString();
	}
}
