package org.cityhall.testing.html;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.opentest4j.AssertionFailedError;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertThrows;

class HtmlCheckerTest {

	private static final String VALID = """
			<!DOCTYPE html>
			<html lang="sv">
			<head><meta charset="utf-8"><title>Start</title></head>
			<body><main id="main-content"><h1>Välkommen</h1><p>Text</p></main></body>
			</html>
			""";

	@Test
	void findsNoErrorInAValidDocument() {
		assertThat(HtmlChecker.errorsIn(VALID)).isEmpty();
	}

	@Test
	void reportsEachErrorWithItsLineAndColumn() {
		String invalid = """
				<!DOCTYPE html>
				<html lang="sv">
				<head><meta charset="utf-8"><title>Start</title></head>
				<body>
				<p id="x">One</p><p id="x">Two</p>
				<ul><div>not a list item</div></ul>
				</body>
				</html>
				""";

		List<HtmlProblem> errors = HtmlChecker.errorsIn(invalid);

		assertThat(errors).anySatisfy(error -> {
			assertThat(error.line()).isEqualTo(5);
			assertThat(error.message()).contains("Duplicate ID");
		});
		assertThat(errors).anySatisfy(error -> {
			assertThat(error.line()).isEqualTo(6);
			assertThat(error.message()).contains("div").contains("ul");
		});
		assertThat(errors).allSatisfy(error -> assertThat(error.column()).isPositive());
	}

	@Test
	void appliesTheCheckersOwnAssertionsBeyondTheSchema() {
		String invalid = VALID.replace("<p>Text</p>", "<img src=\"logo.svg\"><label for=\"nothing\">Namn</label>");

		assertThat(HtmlChecker.errorsIn(invalid)).extracting(HtmlProblem::message)
				.anySatisfy(message -> assertThat(message).contains("img").contains("alt"))
				.anySatisfy(message -> assertThat(message).contains("for").contains("label"));
	}

	@Test
	void failureMessageNamesTheDocumentAndQuotesTheSource() {
		String invalid = VALID.replace("<h1>Välkommen</h1>", "<h1><h1>Välkommen</h1>");

		AssertionFailedError failure = assertThrows(AssertionFailedError.class, () -> HtmlChecker.assertValid(invalid, "GET /start"));

		assertThat(failure.getMessage())
				.contains("in GET /start")
				.contains("at line 4, column")
				.contains("<h1><h1>Välkommen");
	}
}
