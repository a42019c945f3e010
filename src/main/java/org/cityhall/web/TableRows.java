package org.cityhall.web;

import java.nio.charset.StandardCharsets;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;
import org.springframework.web.util.UriUtils;

/**
 * The rows of a long design-system table ({@code govuk-table}), written here instead of by the template
 * engine; the template prints them with {@code th:utext} inside its {@code <tbody>}. Templating each
 * cell of fifty rows cost several times what the rest of the page did (the inbox and My pages), and
 * these rows are all alike: a link, texts, a tag.
 *
 * <p>Every text and address given is escaped for HTML; only the markup written here is literal. So a
 * stored script in a name or an answer stays text, as it does in a template.
 *
 * <pre>{@code
 * TableRows rows = TableRows.forCurrentRequest();
 * rows.row().cell().link("/my-pages/cases/", number, number).cell().text(title).cell().tag("cityhall-status--open", status);
 * model.addAttribute("rows", rows.html());
 * }</pre>
 */
public final class TableRows {

	private final String contextPath;
	private final StringBuilder html = new StringBuilder(8192);
	private boolean inRow;
	private boolean inCell;

	/**
	 * @param contextPath what the application's addresses start with ({@code ""} at the root), put before
	 * every link's path as {@code @{...}} does in a template
	 */
	public TableRows(String contextPath) {
		this.contextPath = contextPath == null ? "" : contextPath;
	}

	/** Rows whose links start with the context path of the request being answered, if any. */
	public static TableRows forCurrentRequest() {
		if (RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attributes) {
			HttpServletRequest request = attributes.getRequest();
			return new TableRows(request.getContextPath());
		}
		return new TableRows("");
	}

	/** Starts a row, ending the one before. */
	public TableRows row() {
		endRow();
		html.append("<tr class=\"govuk-table__row\">");
		inRow = true;
		return this;
	}

	/** Starts a cell of the row, ending the one before. */
	public TableRows cell() {
		return cell(null);
	}

	/**
	 * Starts a cell with another class beside {@code govuk-table__cell}, ending the one before.
	 *
	 * @param extraClass the class, or {@code null} for none
	 */
	public TableRows cell(String extraClass) {
		if (!inRow) {
			throw new IllegalStateException("a cell belongs in a row: call row() first");
		}
		endCell();
		html.append("<td class=\"govuk-table__cell");
		if (extraClass != null && !extraClass.isBlank()) {
			html.append(' ').append(escape(extraClass));
		}
		html.append("\">");
		inCell = true;
		return this;
	}

	/** Text in the cell. */
	public TableRows text(String text) {
		requireCell();
		html.append(escape(text));
		return this;
	}

	/**
	 * A link in the cell, {@code <a class="govuk-link">}.
	 *
	 * @param path the address within the application, up to the part to add, e.g. {@code "/my-pages/cases/"}
	 * @param segment the last part of the path, encoded as a path segment (a case number, an id)
	 * @param text what the link says
	 */
	public TableRows link(String path, String segment, String text) {
		requireCell();
		html.append("<a class=\"govuk-link\" href=\"")
				.append(escape(contextPath + path + UriUtils.encodePathSegment(segment, StandardCharsets.UTF_8)))
				.append("\">").append(escape(text)).append("</a>");
		return this;
	}

	/**
	 * A tag in the cell, {@code <strong class="govuk-tag ...">}.
	 *
	 * @param extraClass its colour or status class, e.g. {@code govuk-tag--red}
	 */
	public TableRows tag(String extraClass, String text) {
		requireCell();
		html.append("<strong class=\"govuk-tag");
		if (extraClass != null && !extraClass.isBlank()) {
			html.append(' ').append(escape(extraClass));
		}
		html.append("\">").append(escape(text)).append("</strong>");
		return this;
	}

	/** The rows written, every one ended. */
	public String html() {
		endRow();
		return html.toString();
	}

	private void requireCell() {
		if (!inCell) {
			throw new IllegalStateException("content belongs in a cell: call cell() first");
		}
	}

	private void endCell() {
		if (inCell) {
			html.append("</td>");
			inCell = false;
		}
	}

	private void endRow() {
		endCell();
		if (inRow) {
			html.append("</tr>\n");
			inRow = false;
		}
	}

	/**
	 * The text with the five characters that mean something in HTML written as references, as
	 * {@code HtmlUtils.htmlEscape(text, "UTF-8")} writes them; a text without any (most of them: numbers,
	 * titles, dates) is returned as it is. Spring's escaping builds every text anew, character by character,
	 * which was a tenth of My pages' own work.
	 */
	static String escape(String text) {
		if (text == null) {
			return "";
		}
		int first = firstToEscape(text);
		if (first < 0) {
			return text;
		}
		StringBuilder escaped = new StringBuilder(text.length() + 16).append(text, 0, first);
		for (int i = first; i < text.length(); i++) {
			char c = text.charAt(i);
			switch (c) {
				case '<' -> escaped.append("&lt;");
				case '>' -> escaped.append("&gt;");
				case '&' -> escaped.append("&amp;");
				case '"' -> escaped.append("&quot;");
				case '\'' -> escaped.append("&#39;");
				default -> escaped.append(c);
			}
		}
		return escaped.toString();
	}

	private static int firstToEscape(String text) {
		for (int i = 0; i < text.length(); i++) {
			char c = text.charAt(i);
			if (c == '<' || c == '>' || c == '&' || c == '"' || c == '\'') {
				return i;
			}
		}
		return -1;
	}
}
