package org.cityhall.catalogue.information;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Markdown as departments write it, rendered the way CityHall's pages look, and never as HTML someone slipped in. */
class InformationMarkdownTest {

	private static final Set<String> TAGS = Set.of("p", "h2", "h3", "h4", "h5", "h6", "ul", "ol", "li", "a", "em", "strong",
			"code", "pre", "blockquote", "hr", "br", "table", "thead", "tbody", "tr", "th", "td");
	private static final Set<String> ATTRIBUTES = Set.of("class", "href", "id", "scope", "start", "title");
	private static final Pattern TAG = Pattern.compile("<(/?)([a-zA-Z0-9]+)([^>]*)>");
	private static final Pattern ATTRIBUTE = Pattern.compile("\\s+([^\\s=]+)(=\"[^\"]*\")?");

	private final InformationMarkdown markdown = new InformationMarkdown();

	@Test
	void scriptsAndEventHandlersAreShownAsText() {
		String html = markdown.toHtml("""
				<script>alert(1)</script>

				Text <img src=x onerror="alert(1)"> and <a href="javascript:alert(1)" onclick="alert(2)">x</a>.

				<div onmouseover="alert(3)">block</div>
				""");
		assertThat(html).doesNotContain("<script", "<img", "<a href=\"javascript", "<div")
				.contains("&lt;script&gt;alert(1)&lt;/script&gt;", "&lt;img src=x onerror=&quot;alert(1)&quot;&gt;");
		assertOnlyAllowedMarkup(html);
	}

	@ParameterizedTest
	@ValueSource(strings = {"javascript:alert(1)", "JaVaScRiPt:alert(1)", "java&#x09;script:alert(1)", "<java\tscript:alert(1)>",
			"vbscript:msgbox(1)", "data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==", "  javascript:alert(1)",
			"javascript&colon;alert(1)", "file:///etc/passwd"})
	void linksToAnythingButWebMailOrRelativeAddressesAreLeftAsText(String destination) {
		String html = markdown.toHtml("[Klicka här](" + destination + ")");
		assertThat(html).contains("Klicka här").doesNotContain("<a ");
		assertOnlyAllowedMarkup(html);
	}

	@Test
	void autolinksToScriptsAreNotLinks() {
		String html = markdown.toHtml("<javascript:alert(1)> and <https://stad.example/>");
		assertThat(html).doesNotContain("href=\"javascript").contains("<a href=\"https://stad.example/\" class=\"govuk-link\">");
	}

	@Test
	void webMailAndRelativeLinksKeepTheirAddressAndLookLikeTheRest() {
		String html = markdown.toHtml("[Ansök](/eservices/building-permit), [stad](https://stad.example/bygglov?a=1&b=2), "
				+ "[skriv](mailto:kontaktcenter@stad.example) och [avsnitt](#section-x)");
		assertThat(html).contains("<a href=\"/eservices/building-permit\" class=\"govuk-link\">Ansök</a>",
				"<a href=\"https://stad.example/bygglov?a=1&amp;b=2\" class=\"govuk-link\">stad</a>",
				"<a href=\"mailto:kontaktcenter@stad.example\" class=\"govuk-link\">skriv</a>",
				"<a href=\"#section-x\" class=\"govuk-link\">avsnitt</a>");
	}

	@Test
	void imagesAreShownAsTheirTextNeverLoadedFromElsewhere() {
		String html = markdown.toHtml("![Karta över området](https://elsewhere.example/track.png)");
		assertThat(html).isEqualTo("<p class=\"govuk-body\">Karta över området</p>\n");
	}

	@Test
	void headingsListsAndTablesGetTheDesignSystemsClassesBelowThePageTitle() {
		String html = markdown.toHtml("""
				# Så ansöker du

				## Det här behövs

				1. Ritningar
				2. Karta

				- ett
				- två

				| Steg | Tid |
				|---|--:|
				| Beslut | 10 veckor |

				> Tänk på att vänta på startbesked.
				""");
		assertThat(html).contains("<h2 id=\"section-sa-ansoker-du\" class=\"govuk-heading-m\">Så ansöker du</h2>",
				"<h3 id=\"section-det-har-behovs\" class=\"govuk-heading-s\">Det här behövs</h3>",
				"<ol class=\"govuk-list govuk-list--number\">", "<ul class=\"govuk-list govuk-list--bullet\">",
				"<table class=\"govuk-table\">", "<thead class=\"govuk-table__head\">", "<tr class=\"govuk-table__row\">",
				"<th scope=\"col\" class=\"govuk-table__header\">Steg</th>",
				"<th scope=\"col\" class=\"govuk-table__header govuk-table__header--numeric\">Tid</th>",
				"<td class=\"govuk-table__cell\">Beslut</td>", "<td class=\"govuk-table__cell govuk-table__cell--numeric\">10 veckor</td>", "<blockquote class=\"govuk-inset-text\">")
				.doesNotContain("align=", "<h1");
		assertOnlyAllowedMarkup(html);
	}

	@Test
	void headingsWrittenFromLevelTwoStayAtLevelTwo() {
		assertThat(markdown.toHtml("## Om avlösning\n\n### Växelvård")).contains("class=\"govuk-heading-m\">Om avlösning</h2>", "class=\"govuk-heading-s\">Växelvård</h3>");
	}

	@Property(tries = 300)
	void whateverIsWrittenOnlyTheAllowedMarkupComesOut(@ForAll("hostile") String written) {
		assertOnlyAllowedMarkup(markdown.toHtml(written));
	}

	@Provide
	Arbitrary<String> hostile() {
		Arbitrary<String> pieces = Arbitraries.of("<script>", "</script>", "<img src=x onerror=alert(1)>", "<a href=\"javascript:x\">",
				"[a](javascript:alert(1))", "[b](https://stad.example)", "![c](x.png)", "<iframe>", "<svg onload=x>", "# ", "## ",
				"- ", "1. ", "| a | b |\n|---|---|\n| c | d |\n", "\n\n", "`code`", "```\n<b>\n```\n", "<!-- x -->", "&#60;script&#62;",
				"\"", "'", "<", ">", "&", " onclick=\"x\" ", "<style>", "*", "_", "<javascript:x>", "<https://stad.example>", "text");
		return pieces.list().ofMaxSize(20).map(list -> String.join("", list));
	}

	/** Every tag is one of the few Markdown makes, with only the attributes the renderer sets, and no script address. */
	private static void assertOnlyAllowedMarkup(String html) {
		Matcher tags = TAG.matcher(html);
		while (tags.find()) {
			assertThat(TAGS).as("tag in %s", html).contains(tags.group(2));
			Matcher attributes = ATTRIBUTE.matcher(tags.group(3));
			while (attributes.find()) {
				assertThat(ATTRIBUTES).as("attribute in %s", html).contains(attributes.group(1));
			}
		}
		assertThat(html.toLowerCase()).doesNotContain("href=\"javascript", "href=\"data:", "href=\"vbscript", "<script", "<img");
	}
}
