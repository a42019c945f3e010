package org.cityhall.documents;

import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.cityhall.documents.UploadCheck.Refusal;
import org.junit.jupiter.api.Test;
import org.springframework.context.support.ResourceBundleMessageSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.cityhall.documents.UploadSamples.DOCX;
import static org.cityhall.documents.UploadSamples.ODT;

class UploadsTest {

	private static final Set<String> PLANS = Set.of("application/pdf", "image/png", "image/jpeg");
	private static final long CAP = 25 * Uploads.MEGABYTE;
	private static final Locale SWEDISH = Locale.forLanguageTag("sv");

	private final Uploads uploads = new Uploads();
	private final ResourceBundleMessageSource messages = messages();

	@Test
	void aRealPdfPngAndJpegAreAcceptedAsTheTypeTheirContentShows() {
		assertThat(uploads.check("situationsplan.pdf", UploadSamples.pdf(), PLANS, CAP))
				.extracting(UploadCheck::accepted, UploadCheck::mediaType).containsExactly(true, "application/pdf");
		assertThat(uploads.check("karta.png", UploadSamples.png(), PLANS, CAP))
				.extracting(UploadCheck::accepted, UploadCheck::mediaType).containsExactly(true, "image/png");
		assertThat(uploads.check("foto.JPG", UploadSamples.jpeg(), PLANS, CAP))
				.extracting(UploadCheck::accepted, UploadCheck::mediaType).containsExactly(true, "image/jpeg");
	}

	@Test
	void aFileWithoutANameOrExtensionIsJudgedByItsContent() {
		assertThat(uploads.check(null, UploadSamples.pdf(), PLANS, CAP).mediaType()).isEqualTo("application/pdf");
		assertThat(uploads.check("skanning", UploadSamples.jpeg(), PLANS, CAP).accepted()).isTrue();
		assertThat(uploads.check("C:\\Users\\asa\\Desktop\\plan.png", UploadSamples.png(), PLANS, CAP).accepted()).isTrue();
	}

	@Test
	void anHtmlPageNamedPdfIsRefusedAsAFileThatLiesAboutItsType() {
		UploadCheck check = uploads.check("kvitto.pdf", UploadSamples.html(), PLANS, CAP);

		assertThat(check.refusal()).isEqualTo(Refusal.CONTENT_DOES_NOT_MATCH_NAME);
		assertThat(check.mediaType()).isEqualTo("text/html");
		assertThat(swedish(check)).isEqualTo("Filen kvitto.pdf ser ut att vara en PDF-fil men är det inte. "
				+ "Spara den som PDF igen och ladda upp den på nytt.");
		assertThat(english(check)).startsWith("The file kvitto.pdf says it is a PDF file but it is not.");
	}

	@Test
	void aWindowsProgramNamedJpgIsRefused() {
		UploadCheck check = uploads.check("semesterbild.jpg", UploadSamples.windowsExecutable(), PLANS, CAP);

		assertThat(check.refusal()).isEqualTo(Refusal.CONTENT_DOES_NOT_MATCH_NAME);
		assertThat(check.mediaType()).startsWith("application/x-msdownload");
		assertThat(swedish(check)).startsWith("Filen semesterbild.jpg ser ut att vara en JPEG-fil men är det inte.");
	}

	@Test
	void aWindowsProgramNamedAsOneIsRefusedAsATypeNotAllowed() {
		UploadCheck check = uploads.check("setup.exe", UploadSamples.windowsExecutable(), PLANS, CAP);

		assertThat(check.refusal()).isEqualTo(Refusal.TYPE_NOT_ALLOWED);
		assertThat(swedish(check)).isEqualTo("Filen setup.exe har en filtyp som inte tas emot här. Filen måste vara PDF, PNG eller JPEG.");
		assertThat(english(check)).isEqualTo("The file setup.exe is of a type that is not accepted here. The file must be PDF, PNG or JPEG.");
	}

	@Test
	void aTextFileNamedPngIsRefused() {
		UploadCheck check = uploads.check("ritning.png", UploadSamples.text(), PLANS, CAP);

		assertThat(check.refusal()).isEqualTo(Refusal.CONTENT_DOES_NOT_MATCH_NAME);
		assertThat(check.mediaType()).isEqualTo("text/plain");
		assertThat(english(check)).startsWith("The file ritning.png says it is a PNG file but it is not.");
	}

	@Test
	void aPngNamedJpgIsRefusedBecauseItsNameLies() {
		assertThat(uploads.check("bild.jpg", UploadSamples.png(), PLANS, CAP).refusal()).isEqualTo(Refusal.CONTENT_DOES_NOT_MATCH_NAME);
	}

	@Test
	void anSvgImageIsNotAllowedWhereOnlyPlansAreAndIsRefusedWithScriptWhereImagesAre() {
		assertThat(uploads.check("logo.svg", UploadSamples.svgWithScript(), PLANS, CAP).refusal()).isEqualTo(Refusal.TYPE_NOT_ALLOWED);
		assertThat(uploads.check("logo.png", UploadSamples.svgWithScript(), PLANS, CAP).refusal())
				.isEqualTo(Refusal.CONTENT_DOES_NOT_MATCH_NAME);

		Set<String> images = Set.of("image/png", "image/svg+xml");
		UploadCheck withScript = uploads.check("logo.svg", UploadSamples.svgWithScript(), images, CAP);
		assertThat(withScript.refusal()).isEqualTo(Refusal.ACTIVE_CONTENT);
		assertThat(swedish(withScript)).startsWith("Filen logo.svg innehåller skript eller program och kan inte tas emot.");
		assertThat(uploads.check("logo.svg", UploadSamples.svg(), images, CAP).mediaType()).isEqualTo("image/svg+xml");
	}

	@Test
	void aPdfWithJavaScriptOrAPasswordIsRefused() {
		UploadCheck script = uploads.check("blankett.pdf", UploadSamples.pdfWithJavaScript(), PLANS, CAP);
		assertThat(script.refusal()).isEqualTo(Refusal.ACTIVE_CONTENT);

		UploadCheck locked = uploads.check("intyg.pdf", UploadSamples.encryptedPdf(), PLANS, CAP);
		assertThat(locked.refusal()).isEqualTo(Refusal.ENCRYPTED);
		assertThat(english(locked)).isEqualTo("The file intyg.pdf is protected by a password. Remove the password and upload it again.");
	}

	@Test
	void aPdfThatCannotBeReadIsRefusedAsDamaged() {
		byte[] truncated = "%PDF-1.7\n1 0 obj << /Type /Catalog".getBytes();
		assertThat(uploads.check("plan.pdf", truncated, PLANS, CAP).refusal()).isEqualTo(Refusal.DAMAGED);
	}

	@Test
	void anEmptyFileIsRefused() {
		UploadCheck check = uploads.check("plan.pdf", new byte[0], PLANS, CAP);

		assertThat(check.refusal()).isEqualTo(Refusal.EMPTY);
		assertThat(swedish(check)).isEqualTo("Filen plan.pdf är tom. Välj en fil med innehåll.");
		assertThat(english(uploads.check(null, new byte[0], PLANS, CAP)))
				.isEqualTo("The file you selected is empty. Choose a file with something in it.");
		assertThat(swedish(uploads.check("", new byte[0], PLANS, CAP))).startsWith("Filen som du valde är tom.");
	}

	@Test
	void aFileOverTheCapIsRefusedNamingTheCapInMegabytes() {
		byte[] pdf = UploadSamples.pdf();

		UploadCheck check = uploads.check("plan.pdf", pdf, PLANS, pdf.length - 1);
		assertThat(check.refusal()).isEqualTo(Refusal.TOO_LARGE);

		UploadCheck overTwentyFive = uploads.check("plan.pdf", new byte[(int) (CAP + 1)], PLANS, CAP);
		assertThat(swedish(overTwentyFive)).isEqualTo("Filen plan.pdf är för stor. Den får vara högst 25 MB.");
		assertThat(english(overTwentyFive)).isEqualTo("The file plan.pdf is too large. It must be 25 MB or smaller.");
		assertThat(swedish(uploads.check("plan.pdf", pdf, PLANS, 3 * Uploads.MEGABYTE / 2 / 1000))).endsWith("högst 0 MB.");
		assertThat(swedish(uploads.check("plan.pdf", new byte[(int) (2 * Uploads.MEGABYTE)], PLANS, 3 * Uploads.MEGABYTE / 2)))
				.endsWith("högst 1,5 MB.");
	}

	@Test
	void aZipBombIsRefusedQuicklyWithoutUnpackingIt() {
		byte[] bomb = UploadSamples.zipBomb(false, 200);
		assertThat(bomb.length).as("200 MB of zeros packs small").isLessThan(1_000_000);

		UploadCheck check = assertTimeoutPreemptively(Duration.ofSeconds(10),
				() -> uploads.check("bilagor.zip", bomb, Set.of("application/zip"), CAP));

		assertThat(check.refusal()).isEqualTo(Refusal.ARCHIVE_TOO_LARGE);
		assertThat(swedish(check)).startsWith("Filen bilagor.zip blir för stor när den packas upp.");
	}

	@Test
	void aWordShapedZipBombIsRefused() {
		byte[] bomb = UploadSamples.zipBomb(true, 200);

		UploadCheck check = assertTimeoutPreemptively(Duration.ofSeconds(10),
				() -> uploads.check("ansokan.docx", bomb, Set.of(DOCX), CAP));

		assertThat(check.refusal()).isEqualTo(Refusal.ARCHIVE_TOO_LARGE);
	}

	@Test
	void anArchiveOfTooManyEntriesIsRefused() {
		byte[] many = UploadSamples.manyEntries(ArchiveInspection.MAX_ENTRIES + 1);

		assertThat(uploads.check("bilagor.zip", many, Set.of("application/zip"), CAP).refusal()).isEqualTo(Refusal.ARCHIVE_TOO_LARGE);
	}

	@Test
	void anArchiveUnpackingToMoreThanTheCapIsRefusedEvenWhenItPacksPoorly() {
		Uploads small = new Uploads(new ArchiveInspection(Uploads.MEGABYTE, ArchiveInspection.MAX_ENTRIES));

		assertThat(small.check("a.zip", UploadSamples.zipBomb(false, 2), Set.of("application/zip"), CAP).refusal())
				.isEqualTo(Refusal.ARCHIVE_TOO_LARGE);
		assertThat(small.check("a.zip", UploadSamples.plainZip(), Set.of("application/zip"), CAP).accepted()).isTrue();
	}

	@Test
	void officeAndOpenDocumentFilesAreAcceptedWhenTheyHaveTheirParts() {
		Set<String> documents = Set.of(DOCX, ODT, "application/zip");

		assertThat(uploads.check("ansokan.docx", UploadSamples.docx(), documents, CAP))
				.extracting(UploadCheck::accepted, UploadCheck::mediaType).containsExactly(true, DOCX);
		assertThat(uploads.check("ansokan.odt", UploadSamples.odt(), documents, CAP))
				.extracting(UploadCheck::accepted, UploadCheck::mediaType).containsExactly(true, ODT);
		assertThat(uploads.check("bilagor.zip", UploadSamples.plainZip(), documents, CAP).mediaType()).isEqualTo("application/zip");
	}

	@Test
	void aPlainZipNamedDocxIsRefusedAsNotAWordFile() {
		UploadCheck check = uploads.check("ansokan.docx", UploadSamples.plainZip(), Set.of(DOCX), CAP);

		assertThat(check.refusal()).isEqualTo(Refusal.CONTENT_DOES_NOT_MATCH_NAME);
		assertThat(english(check)).startsWith("The file ansokan.docx says it is a Word (.docx) file but it is not.");
	}

	@Test
	void aNameWithControlAndDirectionCharactersIsShownWithoutThem() {
		UploadCheck check = uploads.check("plan\u202Efdp.exe\u0000\n.pdf", UploadSamples.html(), PLANS, CAP);

		assertThat(swedish(check)).startsWith("Filen planfdp.exe.pdf ser ut att vara");
		String longName = "a".repeat(5000) + ".pdf";
		assertThat(swedish(uploads.check(longName, new byte[0], PLANS, CAP))).hasSizeLessThan(300);
	}

	@Test
	void typesHavePlainNamesAndExtensionsTheirMediaTypes() {
		assertThat(Uploads.nameOf("application/pdf")).isEqualTo("PDF");
		assertThat(Uploads.nameOf("image/jpg")).isEqualTo("JPEG");
		assertThat(Uploads.nameOf(DOCX)).isEqualTo("Word (.docx)");
		assertThat(Uploads.nameOf("application/x-7z-compressed")).isEqualTo("7Z");
		assertThat(Uploads.mediaTypesFor(List.of("pdf", "jpg", "png", "docx")))
				.containsExactly("application/pdf", "image/jpeg", "image/png", DOCX);
		assertThatThrownBy(() -> Uploads.mediaTypesFor(List.of("nosuchtype"))).isInstanceOf(IllegalArgumentException.class);

		assertThat(messages.getMessage(Uploads.namesOf(List.of("application/pdf")), SWEDISH)).isEqualTo("PDF");
		assertThat(messages.getMessage(Uploads.namesOf(List.of("application/pdf", "image/jpeg")), Locale.ENGLISH))
				.isEqualTo("PDF or JPEG");
		assertThat(messages.getMessage("documents.upload.hint",
				new Object[] {Uploads.namesOf(List.of("application/pdf", "image/png", "image/jpeg")), Uploads.megabytes(CAP)}, SWEDISH))
				.isEqualTo("Du kan ladda upp PDF, PNG eller JPEG. Högst 25 MB per fil.");
	}

	@Test
	void aCallerMustSayWhichTypesAndHowLarge() {
		assertThatThrownBy(() -> uploads.check("a.pdf", UploadSamples.pdf(), Set.of(), CAP)).isInstanceOf(IllegalArgumentException.class);
		assertThatThrownBy(() -> uploads.check("a.pdf", UploadSamples.pdf(), PLANS, 0)).isInstanceOf(IllegalArgumentException.class);
		assertThatThrownBy(() -> uploads.check("a.pdf", UploadSamples.pdf(), Set.of("not a type"), CAP))
				.isInstanceOf(IllegalArgumentException.class);
	}

	private String swedish(UploadCheck check) {
		return messages.getMessage(check.messageKey(), check.messageArguments(), SWEDISH);
	}

	private String english(UploadCheck check) {
		return messages.getMessage(check.messageKey(), check.messageArguments(), Locale.ENGLISH);
	}

	private static ResourceBundleMessageSource messages() {
		ResourceBundleMessageSource messages = new ResourceBundleMessageSource();
		messages.setBasenames("i18n/documents");
		messages.setDefaultEncoding("UTF-8");
		messages.setDefaultLocale(Locale.forLanguageTag("sv"));
		messages.setFallbackToSystemLocale(false);
		return messages;
	}
}
