package org.cityhall.search.index;

import java.io.IOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.apache.lucene.document.Document;
import org.apache.lucene.facet.FacetResult;
import org.apache.lucene.facet.Facets;
import org.apache.lucene.facet.FacetsCollectorManager;
import org.apache.lucene.facet.LabelAndValue;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesFacetCounts;
import org.apache.lucene.index.IndexableField;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.ConstantScoreQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.TotalHits;
import org.apache.lucene.search.uhighlight.DefaultPassageFormatter;
import org.apache.lucene.search.uhighlight.UnifiedHighlighter;
import org.cityhall.search.SearchPortal;
import org.cityhall.search.SearchResults;
import org.cityhall.search.SearchResults.Count;
import org.cityhall.search.SearchResults.Hit;
import org.cityhall.web.Languages;

/** Queries one {@link SearchIndex} for a searcher: results, facet counts, highlighted passages, suggestions. */
public final class Searching {

	private static final Set<String> LOADED = Set.of(Fields.ID, Fields.KIND, Fields.URL, Fields.DEPARTMENT, Fields.UPDATED,
			Fields.MATTER, Fields.SUBJECT, Fields.RECORD_TYPE, Fields.TITLE_SV, Fields.TITLE_EN, Fields.VISIBILITY);

	private final SearchIndex index;

	public Searching(SearchIndex index) {
		this.index = index;
	}

	/**
	 * A page of results for the typed query, with what the searcher may see.
	 * @param kind only results of this kind, if given
	 * @param department only results of this department, if given
	 * @param page from 1
	 */
	public SearchResults search(String typed, Access access, Optional<String> kind, Optional<String> department, int page,
			Locale locale) {
		SearchResults every = search(typed, access, kind, department, page, locale, true);
		if (every.total() == 0 && Queries.words(typed).size() > 1) {
			SearchResults some = search(typed, access, kind, department, page, locale, false);
			if (some.total() > 0) {
				return some;
			}
		}
		return every;
	}

	private SearchResults search(String typed, Access access, Optional<String> kind, Optional<String> department, int page,
			Locale locale, boolean everyWord) {
		int wanted = Math.min(Math.max(page, 1), SearchPortal.MAX_PAGES) * SearchPortal.PAGE_SIZE;
		return index.read((searcher, facets) -> {
			Optional<Query> text = Queries.of(typed, everyWord, searcher.getIndexReader());
			if (text.isEmpty()) {
				return SearchResults.none(typed);
			}
			Query base = new BooleanQuery.Builder().add(text.get(), Occur.MUST).add(access.filter(), Occur.FILTER).build();
			Query narrowed = narrowed(base, kind, department);
			FacetsCollectorManager.FacetsResult counted = FacetsCollectorManager.search(searcher, base,
					narrowed == base ? wanted : 1, new FacetsCollectorManager());
			TopDocs top = narrowed == base ? counted.topDocs() : searcher.search(narrowed, wanted);
			long total = narrowed == base ? counted.topDocs().totalHits.value : top.totalHits.value;
			int from = (Math.min(Math.max(page, 1), SearchPortal.MAX_PAGES) - 1) * SearchPortal.PAGE_SIZE;
			ScoreDoc[] shown = from >= top.scoreDocs.length ? new ScoreDoc[0]
					: Arrays.copyOfRange(top.scoreDocs, from, Math.min(top.scoreDocs.length, from + SearchPortal.PAGE_SIZE));
			List<Hit> hits = hits(searcher, text.get(), shown, locale);
			// One pass over the matches counts both facets.
			Optional<Facets> counts = facets.isEmpty() ? Optional.empty()
					: Optional.of(new SortedSetDocValuesFacetCounts(facets.get(), counted.facetsCollector()));
			return new SearchResults(typed, total, Math.max(1, page), SearchPortal.PAGE_SIZE, hits,
					counts(counts, Fields.FACET_KIND), counts(counts, Fields.FACET_DEPARTMENT), !everyWord);
		});
	}

	/**
	 * Titles the searcher may see that start with what is typed, in the page's language, best first. E-services
	 * come before other titles that match as well: someone typing "försk" more likely means to apply for a
	 * pre-school place than to name one of the city's many pre-schools.
	 */
	public List<String> suggest(String typed, Access access, int limit, Locale locale) {
		Optional<Query> prefix = Queries.suggestion(typed);
		if (prefix.isEmpty()) {
			return List.of();
		}
		Query query = new BooleanQuery.Builder().add(prefix.get(), Occur.MUST).add(access.filter(), Occur.FILTER)
				.add(new BoostQuery(new ConstantScoreQuery(new TermQuery(new Term(Fields.KIND, "eservice"))), 10f), Occur.SHOULD)
				.build();
		String titleField = english(locale) ? Fields.TITLE_EN : Fields.TITLE_SV;
		return index.read((searcher, facets) -> {
			TopDocs top = searcher.search(query, limit * 2);
			List<String> titles = new ArrayList<>();
			for (ScoreDoc hit : top.scoreDocs) {
				String title = searcher.storedFields().document(hit.doc, Set.of(titleField)).get(titleField);
				if (title != null && !titles.contains(title) && titles.size() < limit) {
					titles.add(title);
				}
			}
			return titles;
		});
	}

	private static Query narrowed(Query base, Optional<String> kind, Optional<String> department) {
		if (kind.isEmpty() && department.isEmpty()) {
			return base;
		}
		BooleanQuery.Builder narrowed = new BooleanQuery.Builder().add(base, Occur.MUST);
		kind.ifPresent(value -> narrowed.add(new TermQuery(new Term(Fields.KIND, value)), Occur.FILTER));
		department.ifPresent(value -> narrowed.add(new TermQuery(new Term(Fields.DEPARTMENT, value)), Occur.FILTER));
		return narrowed.build();
	}

	private static List<Hit> hits(IndexSearcher searcher, Query text, ScoreDoc[] shown, Locale locale) throws IOException {
		if (shown.length == 0) {
			return List.of();
		}
		boolean english = english(locale);
		String titleField = english ? Fields.TITLE_EN : Fields.TITLE_SV;
		String bodyField = english ? Fields.BODY_EN : Fields.BODY_SV;
		UnifiedHighlighter highlighter = new PostingsOffsets(UnifiedHighlighter.builder(searcher, Analysis.perField())
				.withFormatter(new DefaultPassageFormatter("<mark>", "</mark>", " … ", true))
				// Words found with a typo are not marked: marking them would read the whole term dictionary on every search.
				.withHandleMultiTermQuery(false)
				.withMaxLength(20_000));
		TopDocs page = new TopDocs(new TotalHits(shown.length, TotalHits.Relation.EQUAL_TO), shown);
		Map<String, String[]> marked = highlighter.highlightFields(new String[] {titleField, bodyField}, text, page,
				new int[] {1, 2});
		List<Hit> hits = new ArrayList<>();
		for (int i = 0; i < shown.length; i++) {
			Document doc = searcher.storedFields().document(shown[i].doc, LOADED);
			String title = marked.get(titleField)[i];
			String snippet = marked.get(bodyField)[i];
			IndexableField updated = doc.getField(Fields.UPDATED);
			hits.add(new Hit(doc.get(Fields.KIND), title == null ? "" : title, snippet == null ? "" : snippet,
					doc.get(Fields.URL), Optional.ofNullable(doc.get(Fields.DEPARTMENT)),
					Optional.ofNullable(updated).map(field -> Instant.ofEpochMilli(field.numericValue().longValue())),
					Optional.ofNullable(doc.get(Fields.MATTER)), Optional.ofNullable(doc.get(Fields.SUBJECT))));
		}
		return hits;
	}

	private static List<Count> counts(Optional<Facets> counted, String dimension) throws IOException {
		if (counted.isEmpty()) {
			return List.of();
		}
		try {
			FacetResult result = counted.get().getTopChildren(25, dimension);
			if (result == null) {
				return List.of();
			}
			List<Count> counts = new ArrayList<>();
			for (LabelAndValue value : result.labelValues) {
				counts.add(new Count(value.label, value.value.longValue()));
			}
			return counts;
		}
		catch (IllegalArgumentException dimensionNotIndexedYet) {
			return List.of();
		}
	}

	/**
	 * A highlighter that takes the words' places from the postings, where every highlighted field keeps its
	 * offsets ({@link IndexedDocument}). Left to itself, the highlighter asks the index how each field was
	 * indexed, which merges the field descriptions of every segment again on every search.
	 */
	private static final class PostingsOffsets extends UnifiedHighlighter {

		PostingsOffsets(UnifiedHighlighter.Builder builder) {
			super(builder);
		}

		@Override
		protected OffsetSource getOffsetSource(String field) {
			return OffsetSource.POSTINGS;
		}
	}

	private static boolean english(Locale locale) {
		return Languages.ENGLISH.getLanguage().equals(Languages.supported(locale).getLanguage());
	}
}
