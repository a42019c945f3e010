package org.cityhall.search.index;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.DisjunctionMaxQuery;
import org.apache.lucene.search.FuzzyQuery;
import org.apache.lucene.search.PrefixQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;

/**
 * What a typed query means to the index. Every word must be found (in a title or a text, in Swedish
 * or English, whole, stemmed, as the part of a compound or with a typo or two); a word that is a stop
 * word in either language is left out. A case number typed whole finds its matter first.
 */
final class Queries {

	/** The words of a query beyond this many are ignored. */
	static final int MAX_WORDS = 12;

	private static final Pattern SEPARATOR = Pattern.compile("\\s+");
	private static final Analyzer SWEDISH = Analysis.swedish();
	private static final Analyzer ENGLISH = Analysis.english();
	private static final Analyzer PARTS = Analysis.swedishParts();
	private static final Analyzer SUGGEST = Analysis.suggestQuery();

	private Queries() {
	}

	/** The words of a query, as typed, at most {@value #MAX_WORDS}. */
	static List<String> words(String query) {
		List<String> words = new ArrayList<>();
		for (String word : SEPARATOR.split(query.strip())) {
			if (!word.isEmpty() && words.size() < MAX_WORDS) {
				words.add(word);
			}
		}
		return words;
	}

	/**
	 * The query for the typed words; empty when no word is left that can be searched.
	 * @param every whether every word must be found; otherwise most of them
	 */
	static Optional<Query> of(String typed, boolean every, IndexReader reader) throws IOException {
		List<String> words = words(typed);
		BooleanQuery.Builder all = new BooleanQuery.Builder();
		int clauses = 0;
		for (String word : words) {
			Optional<Query> clause = word(word, reader);
			if (clause.isPresent()) {
				all.add(clause.get(), every ? Occur.MUST : Occur.SHOULD);
				clauses++;
			}
		}
		if (clauses == 0) {
			return Optional.empty();
		}
		if (!every) {
			all.setMinimumNumberShouldMatch(Math.max(1, (clauses + 1) / 2));
		}
		Query text = all.build();
		// A case number (or any matter) typed whole finds its matter, above everything else.
		Query matter = new BoostQuery(new TermQuery(new Term(Fields.MATTER, typed.strip().toLowerCase(Locale.ROOT))), 20f);
		return Optional.of(new BooleanQuery.Builder()
				.add(text, Occur.SHOULD)
				.add(matter, Occur.SHOULD)
				.setMinimumNumberShouldMatch(1)
				.build());
	}

	/**
	 * One typed word, in every field it can be found in; empty for a stop word. Only a word the index
	 * does not know is looked for with typos: a known word is taken as meant, which keeps common
	 * searches fast at a million documents.
	 */
	private static Optional<Query> word(String word, IndexReader reader) throws IOException {
		List<Analysis.Token> swedish = Analysis.tokens(SWEDISH, Fields.BODY_SV, word);
		List<Analysis.Token> english = Analysis.tokens(ENGLISH, Fields.BODY_EN, word);
		if (swedish.isEmpty() || english.isEmpty()) {
			return Optional.empty();
		}
		List<Query> ways = new ArrayList<>();
		ways.add(new BoostQuery(terms(Fields.TITLE_SV, swedish), 3f));
		ways.add(terms(Fields.BODY_SV, swedish));
		ways.add(new BoostQuery(terms(Fields.TITLE_EN, english), 3f));
		ways.add(terms(Fields.BODY_EN, english));
		ways.add(new BoostQuery(parts(Analysis.tokens(PARTS, Fields.PARTS, word)), 0.6f));
		boolean known = known(reader, Fields.TITLE_SV, swedish) || known(reader, Fields.BODY_SV, swedish)
				|| known(reader, Fields.TITLE_EN, english) || known(reader, Fields.BODY_EN, english);
		if (!known && swedish.size() == 1) {
			fuzzy(Fields.TITLE_SV, swedish.get(0).term()).ifPresent(q -> ways.add(new BoostQuery(q, 0.5f)));
			fuzzy(Fields.BODY_SV, swedish.get(0).term()).ifPresent(q -> ways.add(new BoostQuery(q, 0.3f)));
		}
		if (!known && english.size() == 1) {
			fuzzy(Fields.TITLE_EN, english.get(0).term()).ifPresent(q -> ways.add(new BoostQuery(q, 0.5f)));
			fuzzy(Fields.BODY_EN, english.get(0).term()).ifPresent(q -> ways.add(new BoostQuery(q, 0.3f)));
		}
		return Optional.of(new DisjunctionMaxQuery(ways, 0.1f));
	}

	private static boolean known(IndexReader reader, String field, List<Analysis.Token> tokens) throws IOException {
		for (Analysis.Token token : tokens) {
			if (reader.docFreq(new Term(field, token.term())) == 0) {
				return false;
			}
		}
		return true;
	}

	/** All the terms a word gave (a case number gives several), each required. */
	private static Query terms(String field, List<Analysis.Token> tokens) {
		if (tokens.size() == 1) {
			return new TermQuery(new Term(field, tokens.get(0).term()));
		}
		BooleanQuery.Builder every = new BooleanQuery.Builder();
		tokens.forEach(token -> every.add(new TermQuery(new Term(field, token.term())), Occur.MUST));
		return every.build();
	}

	/**
	 * Each word the analysis made (a case number makes several), required: whole, or as all the parts of
	 * its compound.
	 */
	private static Query parts(List<Analysis.Token> tokens) {
		BooleanQuery.Builder every = new BooleanQuery.Builder();
		int start = 0;
		while (start < tokens.size()) {
			int end = start + 1;
			while (end < tokens.size() && !tokens.get(end).newPosition()) {
				end++;
			}
			every.add(compound(tokens.get(start).term(), tokens.subList(start + 1, end)), Occur.MUST);
			start = end;
		}
		return every.build();
	}

	private static Query compound(String whole, List<Analysis.Token> parts) {
		Query term = new TermQuery(new Term(Fields.PARTS, whole));
		List<String> distinct = parts.stream().map(Analysis.Token::term).filter(part -> !part.equals(whole)).distinct().toList();
		if (distinct.isEmpty()) {
			return term;
		}
		BooleanQuery.Builder all = new BooleanQuery.Builder();
		distinct.forEach(part -> all.add(new TermQuery(new Term(Fields.PARTS, part)), Occur.MUST));
		return new BooleanQuery.Builder().add(term, Occur.SHOULD).add(all.build(), Occur.SHOULD).build();
	}

	/** Typos: one edit in a word of five letters or more, two from eight; the first letter must be right. */
	private static Optional<Query> fuzzy(String field, String term) {
		int length = term.codePointCount(0, term.length());
		if (length < 5 || term.chars().anyMatch(Character::isDigit)) {
			return Optional.empty();
		}
		return Optional.of(new FuzzyQuery(new Term(field, term), length >= 8 ? 2 : 1, 1, 30, true));
	}

	/** Titles that start with what is typed: every word but the last whole, the last as a start. */
	static Optional<Query> suggestion(String typed) {
		List<Analysis.Token> tokens = Analysis.tokens(SUGGEST, Fields.SUGGEST, typed);
		if (tokens.isEmpty()) {
			return Optional.empty();
		}
		BooleanQuery.Builder every = new BooleanQuery.Builder();
		for (int i = 0; i < tokens.size() && i < MAX_WORDS; i++) {
			String term = tokens.get(i).term();
			// The index holds every start up to 20 letters; a longer word is looked for by its start.
			Query query = term.length() > 20 ? new PrefixQuery(new Term(Fields.SUGGEST, term.substring(0, 20)))
					: new TermQuery(new Term(Fields.SUGGEST, term));
			every.add(query, Occur.MUST);
		}
		return Optional.of(every.build());
	}
}
