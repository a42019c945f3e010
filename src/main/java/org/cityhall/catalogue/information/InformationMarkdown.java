package org.cityhall.catalogue.information;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.commonmark.Extension;
import org.commonmark.ext.gfm.tables.TableBlock;
import org.commonmark.ext.gfm.tables.TableBody;
import org.commonmark.ext.gfm.tables.TableCell;
import org.commonmark.ext.gfm.tables.TableHead;
import org.commonmark.ext.gfm.tables.TableRow;
import org.commonmark.ext.gfm.tables.TablesExtension;
import org.commonmark.node.AbstractVisitor;
import org.commonmark.node.BlockQuote;
import org.commonmark.node.BulletList;
import org.commonmark.node.Code;
import org.commonmark.node.Heading;
import org.commonmark.node.Image;
import org.commonmark.node.Link;
import org.commonmark.node.Node;
import org.commonmark.node.OrderedList;
import org.commonmark.node.Paragraph;
import org.commonmark.node.Text;
import org.commonmark.node.ThematicBreak;
import org.commonmark.parser.Parser;
import org.commonmark.renderer.html.AttributeProvider;
import org.commonmark.renderer.html.HtmlRenderer;
import org.commonmark.renderer.html.UrlSanitizer;
import org.springframework.stereotype.Component;

/**
 * Renders the Markdown of an information page into HTML that looks like the rest of CityHall
 * (GOV.UK Frontend's headings, lists, links and tables) and is safe to put on a page: raw HTML,
 * in blocks or inline, is shown as text; links go only to http, https, mailto or a relative address,
 * any other link is left as its text; images are shown as their text (pages link to documents, they
 * do not embed pictures from elsewhere). Headings start at level 2 below the page's title, however
 * the writer numbered them. Thread-safe.
 */
@Component
public final class InformationMarkdown {

	private static final Pattern SCHEME = Pattern.compile("^([a-z][a-z0-9+.-]*):");
	private static final List<String> ALLOWED_SCHEMES = List.of("http", "https", "mailto");
	private static final Pattern MARKS = Pattern.compile("\\p{M}+");
	private static final Pattern NOT_WORD = Pattern.compile("[^a-z0-9]+");

	private final Parser parser;
	private final HtmlRenderer renderer;

	public InformationMarkdown() {
		List<Extension> extensions = List.of(TablesExtension.create());
		this.parser = Parser.builder().extensions(extensions).build();
		this.renderer = HtmlRenderer.builder()
				.extensions(extensions)
				.escapeHtml(true)
				.sanitizeUrls(true)
				.urlSanitizer(new OnlySafeLinks())
				.attributeProviderFactory(context -> new GovukClasses())
				.build();
	}

	/** The Markdown as HTML for a page. */
	public String toHtml(String markdown) {
		Node document = parser.parse(markdown == null ? "" : markdown);
		Cleaning cleaning = new Cleaning();
		document.accept(cleaning);
		cleaning.apply();
		return renderer.render(document);
	}

	/** Whether a link's address is one a page may link to: http, https, mailto or relative. */
	static boolean safeAddress(String address) {
		if (address == null) {
			return false;
		}
		// Browsers ignore control characters and whitespace inside a scheme ("java\tscript:").
		String squeezed = address.replaceAll("[\\x00-\\x20\\x7f]", "").toLowerCase(Locale.ROOT);
		Matcher scheme = SCHEME.matcher(squeezed);
		if (scheme.find()) {
			return ALLOWED_SCHEMES.contains(scheme.group(1));
		}
		// No scheme: relative, unless something before the first '/', '?' or '#' still reads as one.
		int colon = squeezed.indexOf(':');
		int end = firstOf(squeezed, "/?#");
		return colon < 0 || (end >= 0 && end < colon);
	}

	private static int firstOf(String text, String characters) {
		int first = -1;
		for (char c : characters.toCharArray()) {
			int at = text.indexOf(c);
			if (at >= 0 && (first < 0 || at < first)) {
				first = at;
			}
		}
		return first;
	}

	/** Unwraps unsafe links and images into their text, and finds the headings' levels, before the tree is changed. */
	private static final class Cleaning extends AbstractVisitor {

		private final List<Link> unsafeLinks = new ArrayList<>();
		private final List<Image> images = new ArrayList<>();
		private final List<Heading> headings = new ArrayList<>();

		@Override
		public void visit(Link link) {
			if (!safeAddress(link.getDestination())) {
				unsafeLinks.add(link);
			}
			visitChildren(link);
		}

		@Override
		public void visit(Image image) {
			images.add(image);
		}

		@Override
		public void visit(Heading heading) {
			headings.add(heading);
			visitChildren(heading);
		}

		void apply() {
			for (Link link : unsafeLinks) {
				unwrap(link);
			}
			for (Image image : images) {
				image.insertBefore(new Text(textOf(image)));
				image.unlink();
			}
			int highest = headings.stream().mapToInt(Heading::getLevel).min().orElse(2);
			int shift = 2 - highest;
			for (Heading heading : headings) {
				heading.setLevel(Math.max(2, Math.min(6, heading.getLevel() + shift)));
			}
		}

		private static void unwrap(Node node) {
			Node child = node.getFirstChild();
			while (child != null) {
				Node next = child.getNext();
				node.insertBefore(child);
				child = next;
			}
			node.unlink();
		}

		static String textOf(Node node) {
			StringBuilder text = new StringBuilder();
			node.accept(new AbstractVisitor() {
				@Override
				public void visit(Text literal) {
					text.append(literal.getLiteral());
				}

				@Override
				public void visit(Code code) {
					text.append(code.getLiteral());
				}
			});
			return text.toString();
		}
	}

	/**
	 * The classes of GOV.UK Frontend on every element a page may have, and an id on each heading
	 * so a section can be linked to: {@code section-} and its words without accents ({@code
	 * section-sa-ansoker-du}). One per rendering, since it remembers the ids it gave.
	 */
	private static final class GovukClasses implements AttributeProvider {

		private final Set<String> ids = new HashSet<>();

		/** The class of each element that needs no more than its class. */
		private static final Map<Class<? extends Node>, String> PLAIN = Map.of(
				Paragraph.class, "govuk-body",
				BulletList.class, "govuk-list govuk-list--bullet",
				OrderedList.class, "govuk-list govuk-list--number",
				BlockQuote.class, "govuk-inset-text",
				ThematicBreak.class, "govuk-section-break govuk-section-break--l govuk-section-break--visible",
				TableBlock.class, "govuk-table",
				TableHead.class, "govuk-table__head",
				TableBody.class, "govuk-table__body",
				TableRow.class, "govuk-table__row");

		@Override
		public void setAttributes(Node node, String tagName, Map<String, String> attributes) {
			String css = PLAIN.get(node.getClass());
			if (node instanceof Heading heading) {
				css = heading.getLevel() == 2 ? "govuk-heading-m" : "govuk-heading-s";
				attributes.put("id", uniqueId(Cleaning.textOf(heading)));
			}
			else if (node instanceof Link) {
				// The renderer marks every link nofollow when it checks addresses; these are the city's own pages.
				attributes.remove("rel");
				css = "govuk-link";
			}
			else if (node instanceof TableCell cell) {
				// HTML's align attribute is obsolete; GOV.UK's numeric class aligns right.
				attributes.remove("align");
				css = cell.isHeader() ? "govuk-table__header" : "govuk-table__cell";
				if (cell.getAlignment() == TableCell.Alignment.RIGHT) {
					css += cell.isHeader() ? " govuk-table__header--numeric" : " govuk-table__cell--numeric";
				}
				if (cell.isHeader()) {
					attributes.put("scope", "col");
				}
			}
			if (css != null) {
				attributes.put("class", css);
			}
		}

		private String uniqueId(String text) {
			String folded = MARKS.matcher(Normalizer.normalize(text, Normalizer.Form.NFD)).replaceAll("").toLowerCase(Locale.ROOT);
			String words = NOT_WORD.matcher(folded).replaceAll("-").replaceAll("^-+|-+$", "");
			String id = "section-" + (words.isEmpty() ? "heading" : words);
			String unique = id;
			for (int n = 2; !ids.add(unique); n++) {
				unique = id + "-" + n;
			}
			return unique;
		}
	}

	/** Defence in depth: the renderer asks again for every address it writes. */
	private static final class OnlySafeLinks implements UrlSanitizer {

		@Override
		public String sanitizeLinkUrl(String url) {
			return safeAddress(url) ? url : "";
		}

		@Override
		public String sanitizeImageUrl(String url) {
			return "";
		}
	}
}
