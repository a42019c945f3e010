package org.cityhall.testing.html;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import com.thaiopensource.relaxng.impl.CombineValidator;
import com.thaiopensource.util.PropertyMap;
import com.thaiopensource.util.PropertyMapBuilder;
import com.thaiopensource.validate.Schema;
import com.thaiopensource.validate.ValidateProperty;
import com.thaiopensource.validate.Validator;
import com.thaiopensource.validate.prop.rng.RngProperty;
import com.thaiopensource.validate.rng.CompactSchemaReader;
import com.thaiopensource.xml.sax.Jaxp11XMLReaderCreator;
import nu.validator.checker.Checker;
import nu.validator.checker.ConformingButObsoleteWarner;
import nu.validator.checker.MicrodataChecker;
import nu.validator.checker.NormalizationChecker;
import nu.validator.checker.TextContentChecker;
import nu.validator.checker.UncheckedSubtreeWarner;
import nu.validator.checker.UnsupportedFeatureChecker;
import nu.validator.checker.UsemapChecker;
import nu.validator.checker.XmlPiChecker;
import nu.validator.checker.jing.CheckerSchema;
import nu.validator.checker.jing.CheckerValidator;
import nu.validator.checker.table.TableChecker;
import nu.validator.htmlparser.common.Heuristics;
import nu.validator.htmlparser.common.XmlViolationPolicy;
import nu.validator.htmlparser.sax.HtmlParser;
import nu.validator.localentities.LocalCacheEntityResolver;
import nu.validator.xml.NullEntityResolver;
import nu.validator.xml.customelements.NamespaceChangingSchemaWrapper;
import nu.validator.xml.dataattributes.DataAttributeDroppingSchemaWrapper;
import nu.validator.xml.langattributes.XmlLangAttributeDroppingSchemaWrapper;
import nu.validator.xml.roleattributes.RoleAttributeFilteringSchemaWrapper;
import nu.validator.xml.templateelement.TemplateElementDroppingSchemaWrapper;
import org.cityhall.testing.html.HtmlProblem.Severity;
import org.xml.sax.ErrorHandler;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.SAXParseException;

import static org.junit.jupiter.api.Assertions.fail;

/**
 * The Nu HTML Checker (the engine behind validator.w3.org/nu) embedded in the test run: the HTML
 * parser, the HTML schema and the checker's own assertions, read from the copies inside its jar,
 * so it works offline. It is put together as {@code nu.validator.validation.SimpleDocumentValidator}
 * does, less the language-detecting checker: that one loads its language profiles with Jetty 9's
 * JSON parser, which Spring Boot's Jetty 12 version management replaces, and it only guesses the
 * text's language, which these checks do not ask for. Reading the schema takes a few seconds, so
 * one checker serves the whole run; it checks one document at a time.
 */
public final class HtmlChecker {

	private static final String SCHEMA = "http://s.validator.nu/html5-all.rnc";
	private static final int EXCERPT_RADIUS = 60;

	private static HtmlChecker shared;

	private final Collector collector = new Collector();
	private final Validator validator;
	private final HtmlParser parser;

	private HtmlChecker() {
		PropertyMap properties = properties(collector);
		validator = validatorFor(mainSchema(), properties);
		parser = new HtmlParser();
		parser.setCommentPolicy(XmlViolationPolicy.ALLOW);
		parser.setContentNonXmlCharPolicy(XmlViolationPolicy.ALLOW);
		parser.setContentSpacePolicy(XmlViolationPolicy.ALTER_INFOSET);
		parser.setNamePolicy(XmlViolationPolicy.ALLOW);
		parser.setXmlnsPolicy(XmlViolationPolicy.ALTER_INFOSET);
		parser.setMappingLangToXmlLang(true);
		parser.setHeuristics(Heuristics.ALL);
		parser.setContentHandler(validator.getContentHandler());
		parser.setErrorHandler(collector);
		try {
			parser.setFeature("http://xml.org/sax/features/unicode-normalization-checking", true);
		}
		catch (SAXException ex) {
			throw new IllegalStateException("The Nu HTML parser does not check Unicode normalization", ex);
		}
	}

	/** Everything the checker says about a document: errors and warnings, in document order. */
	public static synchronized List<HtmlProblem> check(String html) {
		if (shared == null) {
			shared = new HtmlChecker();
		}
		return shared.checkDocument(html);
	}

	/** The errors in a document; a valid document has none. */
	public static List<HtmlProblem> errorsIn(String html) {
		return check(html).stream().filter(HtmlProblem::isError).toList();
	}

	/**
	 * Fails when the document is not valid HTML, listing every error with its line, column,
	 * message and the source around it.
	 */
	public static void assertValid(String html, String source) {
		List<HtmlProblem> errors = errorsIn(html);
		if (!errors.isEmpty()) {
			fail(describe(html, source, errors));
		}
	}

	static String describe(String html, String source, List<HtmlProblem> problems) {
		String[] lines = html.split("\r\n|\r|\n", -1);
		StringBuilder report = new StringBuilder()
				.append("The Nu HTML Checker found ").append(problems.size()).append(problems.size() == 1 ? " error" : " errors")
				.append(" in ").append(source).append('\n');
		for (HtmlProblem problem : problems) {
			report.append("\n* ").append(problem).append('\n');
			if (problem.line() >= 1 && problem.line() <= lines.length) {
				report.append("  ").append(excerpt(lines[problem.line() - 1], problem.column())).append('\n');
			}
		}
		return report.toString();
	}

	private static String excerpt(String line, int column) {
		int at = Math.max(0, Math.min(line.length(), column - 1));
		int from = Math.max(0, at - EXCERPT_RADIUS);
		int to = Math.min(line.length(), at + EXCERPT_RADIUS);
		return (from > 0 ? "…" : "") + line.substring(from, to).strip() + (to < line.length() ? "…" : "");
	}

	private List<HtmlProblem> checkDocument(String html) {
		collector.problems.clear();
		validator.reset();
		InputSource input = new InputSource(new ByteArrayInputStream(html.getBytes(StandardCharsets.UTF_8)));
		input.setEncoding(StandardCharsets.UTF_8.name());
		try {
			parser.parse(input);
		}
		catch (SAXParseException fatal) {
			// already reported to the collector, which keeps it as a fatal error
		}
		catch (IOException | SAXException ex) {
			throw new IllegalStateException("The Nu HTML Checker could not read the document", ex);
		}
		return List.copyOf(collector.problems);
	}

	private static PropertyMap properties(ErrorHandler errors) {
		LocalCacheEntityResolver jarCopies = new LocalCacheEntityResolver(new NullEntityResolver());
		jarCopies.setAllowRnc(true);
		PropertyMapBuilder properties = new PropertyMapBuilder();
		properties.put(ValidateProperty.ERROR_HANDLER, errors);
		properties.put(ValidateProperty.ENTITY_RESOLVER, jarCopies);
		properties.put(ValidateProperty.XML_READER_CREATOR, new Jaxp11XMLReaderCreator());
		RngProperty.CHECK_ID_IDREF.add(properties);
		return properties.toPropertyMap();
	}

	private static Schema mainSchema() {
		Collector schemaErrors = new Collector();
		PropertyMap properties = properties(schemaErrors);
		Schema schema;
		try {
			InputSource source = ((LocalCacheEntityResolver) properties.get(ValidateProperty.ENTITY_RESOLVER)).resolveEntity(null, SCHEMA);
			schema = CompactSchemaReader.getInstance().createSchema(source, properties);
		}
		catch (Exception ex) {
			throw new IllegalStateException("The Nu HTML Checker could not read " + SCHEMA + " from its jar", ex);
		}
		if (!schemaErrors.problems.isEmpty()) {
			throw new IllegalStateException("The Nu HTML Checker could not read " + SCHEMA + ": " + schemaErrors.problems);
		}
		// The full schema checks RDFa in full, as the checker's own service does for it.
		System.setProperty("nu.validator.schema.rdfa-full", "1");
		schema = new DataAttributeDroppingSchemaWrapper(schema);
		schema = new XmlLangAttributeDroppingSchemaWrapper(schema);
		schema = new RoleAttributeFilteringSchemaWrapper(schema);
		schema = new TemplateElementDroppingSchemaWrapper(schema);
		return new NamespaceChangingSchemaWrapper(schema);
	}

	private static Validator validatorFor(Schema mainSchema, PropertyMap properties) {
		Validator validator;
		try {
			validator = new CombineValidator(mainSchema.createValidator(properties), CheckerSchema.ASSERTION_SCH.createValidator(properties));
		}
		catch (Exception ex) {
			throw new IllegalStateException("The Nu HTML Checker could not set up its assertions", ex);
		}
		List<Checker> checkers = List.of(new TableChecker(), new ConformingButObsoleteWarner(), new MicrodataChecker(),
				new NormalizationChecker(), new TextContentChecker(), new UncheckedSubtreeWarner(),
				new UnsupportedFeatureChecker(), new UsemapChecker(), new XmlPiChecker());
		for (Checker checker : checkers) {
			validator = new CombineValidator(validator, new CheckerValidator(checker, properties));
		}
		return validator;
	}

	private static final class Collector implements ErrorHandler {

		private final List<HtmlProblem> problems = new ArrayList<>();

		@Override
		public void warning(SAXParseException problem) {
			add(Severity.WARNING, problem);
		}

		@Override
		public void error(SAXParseException problem) {
			add(Severity.ERROR, problem);
		}

		@Override
		public void fatalError(SAXParseException problem) {
			add(Severity.FATAL, problem);
		}

		private void add(Severity severity, SAXParseException problem) {
			problems.add(new HtmlProblem(severity, problem.getLineNumber(), problem.getColumnNumber(), problem.getMessage()));
		}
	}
}
