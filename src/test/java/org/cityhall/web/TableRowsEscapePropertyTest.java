package org.cityhall.web;

import static org.assertj.core.api.Assertions.assertThat;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.springframework.web.util.HtmlUtils;

/** The table rows' own escaping writes exactly what Spring's HTML escaping writes for a UTF-8 page. */
class TableRowsEscapePropertyTest {

	@Property
	void escapesAsSpringDoes(@ForAll("texts") String text) {
		assertThat(TableRows.escape(text)).isEqualTo(HtmlUtils.htmlEscape(text, "UTF-8"));
	}

	@Property
	void aTextWithNothingToEscapeIsTheSameText(@ForAll("plain") String text) {
		assertThat(TableRows.escape(text)).isSameAs(text);
	}

	@Provide
	Arbitrary<String> texts() {
		return Arbitraries.oneOf(Arbitraries.strings().ofMaxLength(60),
				Arbitraries.strings().withChars("<>&\"'åäöÅÄÖé ;#/=\\\u00a0\u2028\ud83c\udfe0").ofMaxLength(40));
	}

	@Provide
	Arbitrary<String> plain() {
		return Arbitraries.strings().alpha().numeric().withChars(" -:/åäöÅÄÖ").ofMaxLength(40);
	}
}
