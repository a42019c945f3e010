package org.cityhall.search.index;

import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.cityhall.catalogue.InformationPages;
import org.cityhall.catalogue.PublishedInformationPage;
import org.cityhall.search.SearchSource;
import org.cityhall.search.Searchable;
import org.cityhall.shared.LocalizedText;
import org.springframework.stereotype.Component;

/** The published versions of the departments' information pages, for everyone; a page published or withdrawn changes the version. */
@Component
class InformationPagesSearchSource implements SearchSource {

	private static final Pattern LINK = Pattern.compile("!?\\[([^\\]]*)\\]\\([^)]*\\)");
	private static final Pattern MARKS = Pattern.compile("(?m)^\\s{0,3}(#{1,6}\\s+|>\\s?|[-*+]\\s+|\\d+\\.\\s+)|[*_`|]+");

	private final InformationPages pages;

	InformationPagesSearchSource(InformationPages pages) {
		this.pages = pages;
	}

	@Override
	public String name() {
		return "catalogue.information-pages";
	}

	// Asked every few seconds: the slugs and version numbers of what is published, hashed.
	@Override
	public String version() {
		List<PublishedInformationPage> published = pages.published();
		String versions = published.stream().map(page -> page.slug() + "@" + page.version()).collect(Collectors.joining(","));
		return published.size() + ":" + Integer.toHexString(versions.hashCode());
	}

	@Override
	public List<Searchable> documents() {
		return pages.published().stream().map(InformationPagesSearchSource::searchable).toList();
	}

	/** The Markdown's text without its marks, so a quoted passage reads as the page does: links by their text. */
	static String plain(String markdown) {
		return MARKS.matcher(LINK.matcher(markdown).replaceAll("$1")).replaceAll("");
	}

	private static Searchable searchable(PublishedInformationPage page) {
		LocalizedText text = new LocalizedText(page.summary().sv() + "\n" + plain(page.body().sv()),
				page.summary().en() + "\n" + plain(page.body().en()));
		return new Searchable("page:" + page.slug(), "page", page.title(), text, page.path(), Optional.of(page.department()),
				Searchable.Visibility.PUBLIC, Optional.empty(), Optional.of(page.publishedAt()));
	}
}
