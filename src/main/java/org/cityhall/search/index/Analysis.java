package org.cityhall.search.index;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.StopFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.compound.DictionaryCompoundWordTokenFilter;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.apache.lucene.analysis.en.EnglishPossessiveFilter;
import org.apache.lucene.analysis.en.PorterStemFilter;
import org.apache.lucene.analysis.miscellaneous.ASCIIFoldingFilter;
import org.apache.lucene.analysis.miscellaneous.PerFieldAnalyzerWrapper;
import org.apache.lucene.analysis.ngram.EdgeNGramTokenFilter;
import org.apache.lucene.analysis.standard.StandardAnalyzer;
import org.apache.lucene.analysis.standard.StandardTokenizer;
import org.apache.lucene.analysis.sv.SwedishAnalyzer;
import org.apache.lucene.analysis.sv.SwedishLightStemFilter;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;

/**
 * How the portal reads text, the same when indexing and when querying.
 * <ul>
 * <li>Swedish: lower case, Swedish stop words, å/ä/ö folded to a/a/o (so {@code forskola} finds
 * {@code förskola}) and a light Swedish stemmer ({@code förskolor}, {@code förskolan}).</li>
 * <li>English: possessives, lower case, English stop words, accents folded, the Porter stemmer.</li>
 * <li>Swedish parts: the Swedish words split into the known words they are compounded of
 * ({@code parkeringstillstånd} → {@code parkering}, {@code tillstånd}), from the word list
 * {@code search/swedish-compound-parts.txt}, so {@code parkering tillstand} finds
 * {@code Tillstånd för boendeparkering}.</li>
 * <li>Suggestions: the titles' words folded, indexed by every start (edge n-grams).</li>
 * </ul>
 */
final class Analysis {

	/** Changes whenever the analysis changes, so an index made by an older one is made again. */
	static final String VERSION = "1";

	private static final CharArraySet SWEDISH_STOP = folded(SwedishAnalyzer.getDefaultStopSet());
	private static final CharArraySet ENGLISH_STOP = EnglishAnalyzer.ENGLISH_STOP_WORDS_SET;
	static final CharArraySet COMPOUND_PARTS = compoundParts();

	/** The shortest word the compound filter tries to split, and the shortest part it finds. */
	private static final int MIN_COMPOUND = 8;
	private static final int MIN_PART = 4;

	private Analysis() {
	}

	static Analyzer swedish() {
		return analyzer(words -> new SwedishLightStemFilter(new StopFilter(folded(words), SWEDISH_STOP)));
	}

	static Analyzer swedishParts() {
		return analyzer(words -> new SwedishLightStemFilter(new DictionaryCompoundWordTokenFilter(
				new StopFilter(folded(words), SWEDISH_STOP), COMPOUND_PARTS, MIN_COMPOUND, MIN_PART, 20, false)));
	}

	static Analyzer english() {
		return analyzer(words -> new PorterStemFilter(new StopFilter(
				new ASCIIFoldingFilter(new LowerCaseFilter(new EnglishPossessiveFilter(words))), ENGLISH_STOP)));
	}

	/** Index side of the suggestions: every start of every title word, folded. */
	static Analyzer suggestIndex() {
		return analyzer(words -> new EdgeNGramTokenFilter(folded(words), 1, 20, true));
	}

	/** Query side of the suggestions: the typed words, folded, whole. */
	static Analyzer suggestQuery() {
		return analyzer(Analysis::folded);
	}

	/** Words as the standard tokenizer finds them, through the given filters. */
	private static Analyzer analyzer(UnaryOperator<TokenStream> filters) {
		return new Analyzer() {
			@Override
			protected TokenStreamComponents createComponents(String field) {
				Tokenizer source = new StandardTokenizer();
				return new TokenStreamComponents(source, filters.apply(source));
			}
		};
	}

	private static TokenStream folded(TokenStream words) {
		return new ASCIIFoldingFilter(new LowerCaseFilter(words));
	}

	/** The analyzer of every text field, for the index writer and the highlighter. */
	static Analyzer perField() {
		Analyzer swedish = swedish();
		Analyzer english = english();
		return new PerFieldAnalyzerWrapper(new StandardAnalyzer(), Map.of(
				Fields.TITLE_SV, swedish, Fields.BODY_SV, swedish,
				Fields.TITLE_EN, english, Fields.BODY_EN, english,
				Fields.PARTS, swedishParts(), Fields.SUGGEST, suggestIndex()));
	}

	/** The terms an analyzer makes of a text, with whether each starts a new position. */
	static List<Token> tokens(Analyzer analyzer, String field, String text) {
		List<Token> tokens = new ArrayList<>();
		try (TokenStream stream = analyzer.tokenStream(field, text)) {
			CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
			PositionIncrementAttribute increment = stream.addAttribute(PositionIncrementAttribute.class);
			stream.reset();
			while (stream.incrementToken()) {
				tokens.add(new Token(term.toString(), increment.getPositionIncrement() > 0));
			}
			stream.end();
		}
		catch (IOException impossible) {
			throw new UncheckedIOException(impossible);
		}
		return tokens;
	}

	record Token(String term, boolean newPosition) {
	}

	private static CharArraySet folded(CharArraySet words) {
		CharArraySet folded = new CharArraySet(words.size(), true);
		for (Object word : words) {
			folded.add(fold(new String((char[]) word)));
		}
		return CharArraySet.unmodifiableSet(folded);
	}

	private static CharArraySet compoundParts() {
		try (InputStream in = Analysis.class.getResourceAsStream("/search/swedish-compound-parts.txt")) {
			if (in == null) {
				throw new IllegalStateException("search/swedish-compound-parts.txt is missing from the classpath");
			}
			CharArraySet parts = new CharArraySet(512, true);
			for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
				String word = line.strip();
				if (!word.isEmpty() && !word.startsWith("#")) {
					parts.add(fold(word));
				}
			}
			return CharArraySet.unmodifiableSet(parts);
		}
		catch (IOException unreadable) {
			throw new UncheckedIOException(unreadable);
		}
	}

	static String fold(String word) {
		char[] in = word.toLowerCase(java.util.Locale.ROOT).toCharArray();
		char[] out = new char[in.length * 4];
		int length = ASCIIFoldingFilter.foldToASCII(in, 0, out, 0, in.length);
		return new String(out, 0, length);
	}
}
