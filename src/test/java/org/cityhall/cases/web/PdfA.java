package org.cityhall.cases.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.preflight.ValidationResult;
import org.apache.pdfbox.preflight.parser.PreflightParser;
import org.apache.pdfbox.text.PDFTextStripper;

/** Checks a PDF as the archive will: PDFBox preflight must accept it as PDF/A-1b. */
final class PdfA {

	private PdfA() {
	}

	static void assertValid(byte[] pdf) {
		try {
			File file = Files.createTempFile("cityhall-", ".pdf").toFile();
			try {
				Files.write(file.toPath(), pdf);
				ValidationResult result = PreflightParser.validate(file);
				assertThat(result.getErrorsList()).as("PDF/A-1b errors").isEmpty();
				assertThat(result.isValid()).isTrue();
			}
			finally {
				Files.deleteIfExists(file.toPath());
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	static String text(byte[] pdf) {
		try (PDDocument document = Loader.loadPDF(pdf)) {
			return new PDFTextStripper().getText(document);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}
}
