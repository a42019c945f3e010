package org.cityhall.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

import org.junit.jupiter.api.Test;

class TableRowsTest {

	@Test
	void writesRowsOfCellsWithLinksTextsAndTags() {
		TableRows rows = new TableRows("");
		rows.row().cell().link("/my-pages/cases/", "HPL-2026-000123", "HPL-2026-000123").cell().text("Värmepump")
				.cell("cityhall-overdue").text("2026-12-01").text(" ").tag("govuk-tag--red", "Försenat");
		rows.row().cell().text("Bygglov");

		assertThat(rows.html()).isEqualTo("""
				<tr class="govuk-table__row"><td class="govuk-table__cell"><a class="govuk-link" href="/my-pages/cases/HPL-2026-000123">\
				HPL-2026-000123</a></td><td class="govuk-table__cell">Värmepump</td><td class="govuk-table__cell cityhall-overdue">\
				2026-12-01 <strong class="govuk-tag govuk-tag--red">Försenat</strong></td></tr>
				<tr class="govuk-table__row"><td class="govuk-table__cell">Bygglov</td></tr>
				""");
	}

	@Test
	void everyTextAndAddressIsEscaped() {
		TableRows rows = new TableRows("");
		rows.row().cell("x\" onmouseover=\"alert(1)").text("<script>alert('Karin')</script> & co")
				.cell().link("/staff/cases/", "a\"/><script>", "<b>HPL</b>").tag("\"><script>", "<i>Nytt</i>");
		String html = rows.html();

		assertThat(html).doesNotContain("<script>", "<b>", "<i>", "\" onmouseover");
		assertThat(html).contains("&lt;script&gt;alert(&#39;Karin&#39;)&lt;/script&gt; &amp; co")
				.contains("href=\"/staff/cases/a%22%2F%3E%3Cscript%3E\"").contains("&lt;b&gt;HPL&lt;/b&gt;")
				.contains("class=\"govuk-table__cell x&quot; onmouseover=&quot;alert(1)\"");
	}

	@Test
	void linksStartWithTheContextPath() {
		TableRows rows = new TableRows("/e-tjanster");
		rows.row().cell().link("/my-pages/cases/", "MO-2026-000001", "MO-2026-000001");

		assertThat(rows.html()).contains("href=\"/e-tjanster/my-pages/cases/MO-2026-000001\"");
	}

	@Test
	void noRowsIsNoMarkupAndAMissingTextIsEmpty() {
		assertThat(new TableRows("").html()).isEmpty();
		assertThat(new TableRows("").row().cell().text(null).html())
				.isEqualTo("<tr class=\"govuk-table__row\"><td class=\"govuk-table__cell\"></td></tr>\n");
	}

	@Test
	void contentOutsideACellIsAMistake() {
		assertThatIllegalStateException().isThrownBy(() -> new TableRows("").cell());
		assertThatIllegalStateException().isThrownBy(() -> new TableRows("").row().text("loose"));
	}
}
