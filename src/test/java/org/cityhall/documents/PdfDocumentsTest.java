package org.cityhall.documents;

import java.io.ByteArrayOutputStream;
import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.common.PDMetadata;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.preflight.ValidationResult;
import org.apache.pdfbox.preflight.parser.PreflightParser;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.xmpbox.XMPMetadata;
import org.apache.xmpbox.xml.DomXmpParser;
import org.apache.xmpbox.xml.XmpSerializer;
import org.cityhall.documents.PdfDocuments.RenderedPdf;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class PdfDocumentsTest {

	private static final String RECEIPT = """
			<!DOCTYPE html>
			<html xmlns="http://www.w3.org/1999/xhtml" lang="sv">
			<head>
			  <title>Kvitto på ansökan om värmepump</title>
			  <style>
			    body { font-family: Arial, sans-serif; font-size: 11pt; }
			    h1 { font-size: 18pt; font-weight: bold; }
			    table { border-collapse: collapse; width: 100%; }
			    th, td { border: 1px solid #505a5f; padding: 4pt; text-align: left; }
			  </style>
			</head>
			<body>
			  <h1>Kvitto på ansökan om värmepump</h1>
			  <p>Ärendenummer VP-2026-000123. Inskickad den 26 november 2026 kl. 14.05.</p>
			  <table>
			    <thead><tr><th>Fråga</th><th>Svar</th></tr></thead>
			    <tbody>
			      <tr><td>Fastighet</td><td>Söderåsen 4:12</td></tr>
			      <tr><td>Borrhålets djup</td><td>180&#160;m</td></tr>
			      <tr><td>Sökande</td><td>Åsa Öberg, Ängsvägen 3</td></tr>
			    </tbody>
			  </table>
			  <pre>monospace text</pre>
			</body>
			</html>
			""";

	private final PdfDocuments pdfs = new PdfDocuments();

	@Test
	void aReceiptWithSwedishTextAndATableIsValidPdfA1b(@TempDir Path folder) throws IOException {
		byte[] pdf = pdfs.render(RECEIPT);

		File file = Files.write(folder.resolve("receipt.pdf"), pdf).toFile();
		ValidationResult result = PreflightParser.validate(file);
		result.getErrorsList().forEach(error -> System.out.println("PDF/A-1b: " + error.getErrorCode() + " " + error.getDetails()));
		assertThat(result.isValid()).as("preflight accepts the receipt as PDF/A-1b").isTrue();
	}

	@Test
	void swedishLettersAreRenderedInAnEmbeddedFont() throws IOException {
		try (PDDocument document = Loader.loadPDF(pdfs.render(RECEIPT))) {
			String text = new PDFTextStripper().getText(document);
			assertThat(text).contains("Kvitto på ansökan om värmepump", "Söderåsen 4:12", "Åsa Öberg, Ängsvägen 3", "Borrhålets djup");
			for (PDPage page : document.getPages()) {
				for (var name : page.getResources().getFontNames()) {
					PDFont font = page.getResources().getFont(name);
					assertThat(font.isEmbedded()).as("font %s is embedded", font.getName()).isTrue();
					assertThat(font.getName()).contains("LiberationSans");
				}
			}
		}
	}

	@Test
	void titleAndLanguageAreInTheMetadata() throws Exception {
		try (PDDocument document = Loader.loadPDF(pdfs.render(RECEIPT))) {
			assertThat(document.getDocumentCatalog().getLanguage()).isEqualTo("sv");
			assertThat(document.getDocumentInformation().getTitle()).isEqualTo("Kvitto på ansökan om värmepump");
			XMPMetadata xmp = new DomXmpParser().parse(document.getDocumentCatalog().getMetadata().exportXMPMetadata());
			assertThat(xmp.getDublinCoreSchema().getTitle()).isEqualTo("Kvitto på ansökan om värmepump");
			assertThat(xmp.getDublinCoreSchema().getLanguages()).containsExactly("sv");
			assertThat(xmp.getPDFAIdentificationSchema().getPart()).isEqualTo(1);
			assertThat(xmp.getPDFAIdentificationSchema().getConformance()).isEqualTo("B");
			assertThat(document.getDocumentCatalog().getOutputIntents()).hasSize(1);
		}
	}

	@Test
	void metadataWithoutATitleGetsTheLanguageToo() throws Exception {
		XMPMetadata identification = XMPMetadata.createXMPMetadata();
		identification.createAndAddPDFAIdentificationSchema().setPart(1);
		ByteArrayOutputStream packet = new ByteArrayOutputStream();
		new XmpSerializer().serialize(identification, packet, true);
		try (PDDocument document = new PDDocument()) {
			PDMetadata metadata = new PDMetadata(document);
			metadata.importXMPMetadata(packet.toByteArray());
			document.getDocumentCatalog().setMetadata(metadata);

			PdfDocuments.addLanguageToMetadata(document, "en");

			XMPMetadata xmp = new DomXmpParser().parse(document.getDocumentCatalog().getMetadata().exportXMPMetadata());
			assertThat(xmp.getDublinCoreSchema().getLanguages()).containsExactly("en");
			assertThat(xmp.getPDFAIdentificationSchema().getPart()).isEqualTo(1);
		}
	}

	@Test
	void theChecksumIsTheSha256OfTheBytes() {
		RenderedPdf rendered = pdfs.renderWithChecksum(RECEIPT);

		assertThat(rendered.checksum()).isEqualTo(DocumentId.of(rendered.content()));
		assertThat(rendered.sha256()).matches("[0-9a-f]{64}");
		assertThat(new String(rendered.content(), 0, 5)).isEqualTo("%PDF-");
	}

	@Test
	void aDocumentWithoutTitleOrLanguageOrWellFormedMarkupIsRefused() {
		assertThatThrownBy(() -> pdfs.render("<html lang=\"sv\"><head></head><body><p>Hej</p></body></html>"))
				.isInstanceOf(IllegalArgumentException.class).hasMessageContaining("<title>");
		assertThatThrownBy(() -> pdfs.render("<html><head><title>Kvitto</title></head><body><p>Hej</p></body></html>"))
				.isInstanceOf(IllegalArgumentException.class).hasMessageContaining("lang");
		assertThatThrownBy(() -> pdfs.render("<html lang=\"sv\"><head><title>Kvitto</title></head><body><p>Hej&nbsp;då</body></html>"))
				.isInstanceOf(IllegalArgumentException.class).hasMessageContaining("well-formed");
	}

	@Test
	void nothingOutsideTheDocumentIsFetched() throws IOException {
		String page = """
				<html lang="en"><head><title>Decision</title>
				<link rel="stylesheet" href="http://127.0.0.1:9/x.css"/></head>
				<body><p>Granted.</p><img src="file:///etc/passwd" alt=""/><img src="http://169.254.169.254/latest" alt=""/></body></html>
				""";
		try (PDDocument document = Loader.loadPDF(pdfs.render(page))) {
			assertThat(new PDFTextStripper().getText(document)).contains("Granted.").doesNotContain("root:");
		}
	}
}
