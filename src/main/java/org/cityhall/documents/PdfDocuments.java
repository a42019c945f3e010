package org.cityhall.documents;

import java.awt.color.ColorSpace;
import java.awt.color.ICC_Profile;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.EnumSet;
import java.util.Objects;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.logging.Level;

import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import javax.xml.transform.TransformerException;

import com.openhtmltopdf.extend.FSCacheEx;
import com.openhtmltopdf.extend.FSCacheValue;
import com.openhtmltopdf.extend.impl.FSDefaultCacheStore;
import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder.FSFontUseCase;
import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder.FontStyle;
import com.openhtmltopdf.outputdevice.helper.ExternalResourceControlPriority;
import com.openhtmltopdf.pdfboxout.PDFontSupplier;
import com.openhtmltopdf.pdfboxout.PdfBoxRenderer;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder.CacheStore;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder.PdfAConformance;
import com.openhtmltopdf.util.XRLog;
import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.io.RandomAccessReadBuffer;
import org.apache.pdfbox.pdfwriter.compress.CompressParameters;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.common.PDMetadata;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.xmpbox.XMPMetadata;
import org.apache.xmpbox.schema.DublinCoreSchema;
import org.apache.xmpbox.xml.DomXmpParser;
import org.apache.xmpbox.xml.XmpParsingException;
import org.apache.xmpbox.xml.XmpSerializer;
import org.springframework.stereotype.Component;
import org.springframework.web.util.HtmlUtils;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;

/**
 * Renders the city's own documents (receipts, decisions) from XHTML to PDF/A-1b, the archival PDF
 * that PDFBox's preflight validates: every font embedded (Liberation Sans, which has å, ä and ö),
 * an sRGB output intent, and the title and language in the document's metadata.
 * <p>
 * The caller builds the XHTML, with Thymeleaf for instance, and gives it an {@code <html lang>}
 * and a {@code <title>}. It must be well-formed XML: named entities other than XML's five
 * ({@code &nbsp;}) are written as numbers ({@code &#160;}). Styles are written in a
 * {@code <style>} element; nothing is fetched from outside: images come as {@code data:} addresses.
 * Every font family falls back to Liberation Sans, which has one weight: bold text is set in the
 * same weight. PDF/A-1 forbids transparency, so no {@code opacity} and no images with an alpha channel.
 */
@Component
public final class PdfDocuments {

	/** The media type of what this renders. */
	public static final String MEDIA_TYPE = "application/pdf";

	/** Freely licensed (SIL Open Font License), and shipped inside PDFBox. */
	private static final String FONT = "/org/apache/pdfbox/resources/ttf/LiberationSans-Regular.ttf";
	private static final String FONT_FAMILY = "Liberation Sans";
	private static final String TITLE_END = "</dc:title>";

	private final byte[] font;
	private final byte[] colorProfile;
	/**
	 * The font parsed, ready to embed: parsing it and building its glyph tables took a good part of each
	 * document's time. A parsed font reads its tables lazily and is not safe for two documents at once, so
	 * each render borrows one of its own and gives it back; there are as many as documents were ever
	 * rendered at the same time (rendering is bounded, see {@code CaseDocumentRendering}).
	 */
	private final Queue<TrueTypeFont> parsedFonts = new ConcurrentLinkedQueue<>();
	/** Font metrics that layout needs, shared by every render (openhtmltopdf's own thread-safe cache). */
	private final FSCacheEx<String, FSCacheValue> fontMetrics = new FSDefaultCacheStore();
	private final DocumentBuilderFactory xmlParsers = xmlParsers();

	static {
		// openhtmltopdf writes several lines to the console at INFO for every document; its warnings are enough.
		for (String logger : XRLog.listRegisteredLoggers()) {
			XRLog.setLevel(logger, Level.WARNING);
		}
	}

	public PdfDocuments() {
		try (InputStream in = PDDocument.class.getResourceAsStream(FONT)) {
			if (in == null) {
				throw new IllegalStateException("PDFBox no longer ships " + FONT + "; give PdfDocuments another embeddable font");
			}
			this.font = FontTables.without(in.readAllBytes(), "GSUB");
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Could not read the font for PDF documents", ex);
		}
		this.colorProfile = ICC_Profile.getInstance(ColorSpace.CS_sRGB).getData();
	}

	/**
	 * Renders a document.
	 * @param xhtml a whole XHTML document with {@code <html lang>} and {@code <title>}
	 * @return the PDF/A-1b bytes
	 * @throws IllegalArgumentException when the XHTML is not well-formed, or has no language or title
	 */
	public byte[] render(String xhtml) {
		Objects.requireNonNull(xhtml, "xhtml");
		Document document = parse(xhtml);
		String lang = language(document);
		String title = title(document);
		TrueTypeFont parsed = borrowFont();
		try (PDDocument pdf = new PDDocument()) {
			PdfRendererBuilder builder = new PdfRendererBuilder()
					.withW3cDocument(document, null)
					.usePDDocument(pdf)
					.usePdfAConformance(PdfAConformance.PDFA_1_B)
					.useColorProfile(colorProfile)
					.withProducer("CityHall")
					.useCacheStore(CacheStore.PDF_FONT_METRICS, fontMetrics)
					// Only what the document itself holds: a page can never make the server fetch an address.
					.useExternalResourceAccessControl((uri, type) -> uri != null && uri.startsWith("data:"),
							ExternalResourceControlPriority.RUN_BEFORE_RESOLVING_URI)
					.useExternalResourceAccessControl((uri, type) -> uri != null && uri.startsWith("data:"),
							ExternalResourceControlPriority.RUN_AFTER_RESOLVING_URI)
					// The parsed font, embedded as a subset of the glyphs used, for every family the document names...
					.useFont(new PDFontSupplier(PDType0Font.load(pdf, parsed, true)), FONT_FAMILY, 400, FontStyle.NORMAL, true)
					// ...and the same font as the fallback for any other family, read only if a document ever needs it.
					.useFont(() -> new ByteArrayInputStream(font), FONT_FAMILY, 400, FontStyle.NORMAL, true,
							EnumSet.of(FSFontUseCase.FALLBACK_PRE, FSFontUseCase.FALLBACK_FINAL));
			try (PdfBoxRenderer renderer = builder.buildPdfRenderer()) {
				renderer.createPDFWithoutClosing();
				pdf.getDocumentCatalog().setLanguage(lang);
				pdf.getDocumentInformation().setTitle(title);
				addLanguageToMetadata(pdf, lang);
				ByteArrayOutputStream out = new ByteArrayOutputStream();
				// PDF/A-1 is PDF 1.4: a classic cross-reference table, no object streams.
				pdf.save(out, CompressParameters.NO_COMPRESSION);
				return out.toByteArray();
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Could not render the PDF document '" + title + "'", ex);
		}
		finally {
			parsedFonts.offer(parsed);
		}
	}

	private TrueTypeFont borrowFont() {
		TrueTypeFont parsed = parsedFonts.poll();
		if (parsed != null) {
			return parsed;
		}
		try {
			return new TTFParser().parse(new RandomAccessReadBuffer(font));
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Could not parse the font for PDF documents", ex);
		}
	}

	/**
	 * Renders a document and gives its checksum: the SHA-256 of the bytes, which is also its id in
	 * the {@link DocumentStore}.
	 * @see #render(String)
	 */
	public RenderedPdf renderWithChecksum(String xhtml) {
		byte[] content = render(xhtml);
		return new RenderedPdf(content, DocumentId.of(content));
	}

	/**
	 * The renderer writes the PDF/A identification and the title into the XMP metadata; the language is added beside
	 * the title, in the same Dublin Core description. The renderer writes the title as {@code <dc:title>}; the language
	 * goes right after it. Reading and writing the whole packet again with XMPBox was a fifth of a document's time, so
	 * that is done only when the packet is not as expected.
	 */
	static void addLanguageToMetadata(PDDocument pdf, String lang) throws IOException {
		PDMetadata metadata = pdf.getDocumentCatalog().getMetadata();
		String packet = new String(metadata.toByteArray(), StandardCharsets.UTF_8);
		int title = packet.indexOf(TITLE_END);
		if (title >= 0 && packet.indexOf(TITLE_END, title + 1) < 0 && !packet.contains("<dc:language")) {
			int at = title + TITLE_END.length();
			String language = "<dc:language><rdf:Bag><rdf:li>" + HtmlUtils.htmlEscape(lang, "UTF-8")
					+ "</rdf:li></rdf:Bag></dc:language>";
			metadata.importXMPMetadata((packet.substring(0, at) + language + packet.substring(at)).getBytes(StandardCharsets.UTF_8));
			return;
		}
		addLanguageByReading(metadata, lang);
	}

	private static void addLanguageByReading(PDMetadata metadata, String lang) throws IOException {
		try (InputStream in = metadata.exportXMPMetadata()) {
			XMPMetadata xmp = new DomXmpParser().parse(in);
			DublinCoreSchema dublinCore = xmp.getDublinCoreSchema();
			if (dublinCore == null) {
				dublinCore = xmp.createAndAddDublinCoreSchema();
			}
			dublinCore.addLanguage(lang);
			ByteArrayOutputStream out = new ByteArrayOutputStream();
			new XmpSerializer().serialize(xmp, out, true);
			metadata.importXMPMetadata(out.toByteArray());
		}
		catch (XmpParsingException | TransformerException ex) {
			throw new IllegalStateException("The PDF's XMP metadata could not be read or written", ex);
		}
	}

	private Document parse(String xhtml) {
		try {
			DocumentBuilder parser;
			// A factory is not promised to be thread-safe; making a parser from it is quick.
			synchronized (xmlParsers) {
				parser = xmlParsers.newDocumentBuilder();
			}
			parser.setErrorHandler(null);
			return parser.parse(new InputSource(new StringReader(xhtml)));
		}
		catch (ParserConfigurationException ex) {
			throw new IllegalStateException("The XML parser cannot be configured safely", ex);
		}
		catch (SAXException ex) {
			throw new IllegalArgumentException("A PDF document is rendered from well-formed XHTML: " + ex.getMessage(), ex);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/** Looking up the factory scans the class path; it is done once. */
	private static DocumentBuilderFactory xmlParsers() {
		try {
			DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
			factory.setNamespaceAware(true);
			factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
			factory.setFeature("http://xml.org/sax/features/external-general-entities", false);
			factory.setFeature("http://xml.org/sax/features/external-parameter-entities", false);
			factory.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
			factory.setXIncludeAware(false);
			factory.setExpandEntityReferences(false);
			return factory;
		}
		catch (ParserConfigurationException ex) {
			throw new IllegalStateException("The XML parser cannot be configured safely", ex);
		}
	}

	private static String language(Document document) {
		Element html = document.getDocumentElement();
		String lang = html.getAttribute("lang");
		if (lang.isBlank()) {
			lang = html.getAttributeNS(XMLConstants.XML_NS_URI, "lang");
		}
		if (lang.isBlank()) {
			throw new IllegalArgumentException("A PDF document states its language: <html lang=\"sv\">");
		}
		return lang.strip();
	}

	private static String title(Document document) {
		NodeList titles = document.getElementsByTagNameNS("*", "title");
		if (titles.getLength() == 0) {
			titles = document.getElementsByTagName("title");
		}
		String title = titles.getLength() == 0 ? "" : titles.item(0).getTextContent().strip();
		if (title.isEmpty()) {
			throw new IllegalArgumentException("A PDF document has a title: <title> in <head>");
		}
		return title;
	}

	/**
	 * A rendered PDF/A document and its checksum.
	 * @param content the PDF's bytes
	 * @param checksum the SHA-256 of the bytes; the id the document gets in the {@link DocumentStore}
	 */
	public record RenderedPdf(byte[] content, DocumentId checksum) {

		public RenderedPdf {
			Objects.requireNonNull(content, "content");
			Objects.requireNonNull(checksum, "checksum");
		}

		/** The checksum as 64 lower-case hexadecimal digits, as printed on a receipt. */
		public String sha256() {
			return checksum.sha256();
		}
	}
}
