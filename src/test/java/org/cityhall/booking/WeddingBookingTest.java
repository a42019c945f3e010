package org.cityhall.booking;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.UUID;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.awaitility.Awaitility;
import org.cityhall.cases.CaseDocument;
import org.cityhall.cases.Cases;
import org.cityhall.cases.Receipt;
import org.cityhall.cases.TestFiles;
import org.cityhall.cases.SubmissionRefused;
import org.cityhall.cases.Submissions;
import org.cityhall.catalogue.Catalogue;
import org.cityhall.catalogue.EService;
import org.cityhall.forms.Answers;
import org.cityhall.shared.Actor;
import org.cityhall.shared.LevelOfAssurance;
import org.cityhall.shared.LocalizedText;
import org.cityhall.shared.Party;
import org.cityhall.testing.CityHallWebTest;
import org.cityhall.testing.SignedInAs;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

@CityHallWebTest
class WeddingBookingTest {

	@Autowired
	ApplicationContext context;

	@Autowired
	Resources resources;

	@Autowired
	Bookings bookings;

	@Autowired
	Submissions submissions;

	@Autowired
	Catalogue catalogue;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	MockMvc mvc;

	@Autowired
	Cases cases;

	@Test
	void aVisitorSignedInWithAnEmailCodeBooksACeremonyAndIsWarnedUntilTheBookingLapsesWithoutTheCertificate() {
		// A Tuesday: the demo city's ceremonies are on Saturdays.
		LocalDate day = tuesdayAfter(45);
		Bookable ceremony = ceremonyAt(day, LocalTime.of(11, 30));
		Party.Visitor visitor = new Party.Visitor("wedding-" + UUID.randomUUID() + "@example.org");

		Receipt receipt = submit(visitor, day, "11:30");

		BookingView booked = bookings.find(receipt.number().value()).orElseThrow();
		assertThat(booked.bookable().code()).isEqualTo(ceremony.code());
		assertThat(booked.status()).isEqualTo(BookingView.Status.CONFIRMED);
		assertThat(booked.details()).containsEntry("partnerOne", "Karin Ek").containsEntry("ceremonyLanguage", "en");
		assertThat(booked.certificateDue()).contains(ceremony.startsAt().minus(Duration.ofDays(14)));
		assertThat(receipt.whatHappensNext()).hasValueSatisfying(next -> assertThat(next.en()).contains("certificate"));
		assertThat(bookings.book(new BookingRequest(ceremony.code(), "second", new Party.Visitor("other@example.org"),
				new Party.Visitor("other@example.org"), false, Map.of(), true)))
				.as("a ceremony time is one couple's").isInstanceOf(BookingOutcome.Refused.class);

		BookingHousekeeping housekeeping = context.getBean(BookingHousekeeping.class);
		dueIn(receipt, Duration.ofDays(10));
		housekeeping.run();
		housekeeping.run();
		dueIn(receipt, Duration.ofDays(2));
		housekeeping.run();
		dueIn(receipt, Duration.ofMinutes(-1));
		housekeeping.run();

		assertThat(bookings.find(receipt.number().value()).orElseThrow().status()).isEqualTo(BookingView.Status.LAPSED);
		Awaitility.await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> assertThat(jdbc.sql(
				"SELECT template FROM notifications_inbox WHERE recipient = :who ORDER BY received_at")
				.param("who", visitor.email()).query(String.class).list()).filteredOn(t -> t.startsWith("booking."))
				.containsExactlyInAnyOrder("booking.notice.made", "booking.notice.reminded.certificate", "booking.notice.reminded.certificate",
						"booking.notice.lapsed"));
	}

	@Test
	void aCeremonyWithItsCertificateStandsAndATimeWithoutACeremonyIsRefusedClearly() {
		LocalDate day = tuesdayAfter(6);
		ceremonyAt(day, LocalTime.of(13, 0));
		Party.Visitor visitor = new Party.Visitor("wedding-" + UUID.randomUUID() + "@example.org");

		assertThatThrownBy(() -> submit(visitor, day, "13:00")).isInstanceOf(SubmissionRefused.class)
				.extracting(refused -> ((SubmissionRefused) refused).messageKey()).isEqualTo("booking.refused.certificate-now");
		assertThatThrownBy(() -> submit(visitor, day, "14:00")).isInstanceOf(SubmissionRefused.class)
				.extracting(refused -> ((SubmissionRefused) refused).messageKey()).isEqualTo("booking.refused.no-slot");

		Receipt receipt = submitWith(visitor, day, "13:00", true);

		BookingView booked = bookings.find(receipt.number().value()).orElseThrow();
		assertThat(booked.certificateAt()).isPresent();
		assertThat(booked.certificateDue()).isEmpty();
	}

	@Test
	void theCoupleSendsTheCertificateOnTheBookingsPageAndItReachesTheCaseWhileAFileThatIsNoCertificateIsRefusedAtTheField()
			throws Exception {
		LocalDate day = tuesdayAfter(40);
		ceremonyAt(day, LocalTime.of(10, 0));
		Party.Visitor visitor = new Party.Visitor("wedding-" + UUID.randomUUID() + "@example.org");
		Receipt receipt = submit(visitor, day, "10:00");
		String reference = receipt.number().value();
		String page = "/my-pages/bookings/" + reference;
		RequestPostProcessor couple = SignedInAs.visitor(visitor.email());

		assertThat(mvc.perform(get(page).with(couple)).andExpect(status().isOk()).andReturn().getResponse()
				.getContentAsString()).contains("name=\"certificate\"", "/certificate\"");
		assertThat(mvc.perform(get("/cases/" + reference + "/receipt").with(couple)).andExpect(status().isOk()).andReturn()
				.getResponse().getContentAsString())
				.as("the receipt says what the booking said happens next").contains("Skicka intyget om hindersprövning");
		CaseDocument receiptPdf = Awaitility.await().atMost(Duration.ofSeconds(30)).until(() -> cases.documents(
				cases.find(receipt.number()).orElseThrow().id()).stream().filter(document -> document.role() == CaseDocument.Role.RECEIPT)
				.findFirst(), Optional::isPresent).orElseThrow();
		byte[] receiptBytes = mvc.perform(get("/my-pages/cases/" + reference + "/documents/" + receiptPdf.sha256()).with(couple))
				.andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
		try (PDDocument document = Loader.loadPDF(receiptBytes)) {
			assertThat(new PDFTextStripper().getText(document).replaceAll("\\s+", " "))
					.as("the PDF receipt says it too, not only the page").contains("Vad händer nu", "Skicka intyget om hindersprövning");
		}

		String none = mvc.perform(multipart(page + "/certificate").file(new MockMultipartFile("certificate", "", "application/octet-stream",
				new byte[0])).with(couple).with(csrf())).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
		assertThat(none).contains("govuk-error-summary", "Välj filen med intyget om hindersprövning");
		String notPdf = mvc.perform(multipart(page + "/certificate").file(new MockMultipartFile("certificate", "intyg.pdf",
				"application/pdf", "this is only text".getBytes())).with(couple).with(csrf())).andExpect(status().isOk()).andReturn()
				.getResponse().getContentAsString();
		assertThat(notPdf).contains("govuk-error-summary", "govuk-file-upload--error", "intyg.pdf");
		assertThat(bookings.find(reference).orElseThrow().certificateAt()).isEmpty();

		byte[] pdf = TestFiles.pdf("Intyg om hindersprövning");
		mvc.perform(multipart(page + "/certificate").file(new MockMultipartFile("certificate", "hindersprovning.pdf", "application/pdf",
				pdf)).with(couple).with(csrf())).andExpect(status().is3xxRedirection()).andExpect(redirectedUrl(page));

		BookingView booked = bookings.find(reference).orElseThrow();
		assertThat(booked.certificateAt()).isPresent();
		assertThat(cases.documents(cases.find(receipt.number()).orElseThrow().id()))
				.anySatisfy(document -> {
					assertThat(document.filename()).isEqualTo("hindersprovning.pdf");
					assertThat(document.mediaType()).isEqualTo("application/pdf");
				});
		context.getBean(BookingHousekeeping.class).run();
		assertThat(bookings.find(reference).orElseThrow().status()).isEqualTo(BookingView.Status.CONFIRMED);
		mvc.perform(multipart(page + "/certificate").file(new MockMultipartFile("certificate", "hindersprovning.pdf", "application/pdf",
				pdf)).with(SignedInAs.visitor("someone-else-" + UUID.randomUUID() + "@example.org")).with(csrf()))
				.andExpect(status().isNotFound());
	}

	private static LocalDate tuesdayAfter(int days) {
		return LocalDate.now(BookingTime.ZONE).plusDays(days).with(java.time.temporal.TemporalAdjusters.nextOrSame(
				java.time.DayOfWeek.TUESDAY));
	}

	private Bookable ceremonyAt(LocalDate day, LocalTime time) {
		Resources.Resource room = new TestBookables(context).resource(ResourceKind.CEREMONY_ROOM);
		Instant start = day.atTime(time).atZone(BookingTime.ZONE).toInstant();
		return resources.createBookable(new Resources.NewBookable(room.code() + "-" + day + "-" + time.toString().replace(":", ""),
				room.code(), "wedding-booking", BookableKind.SLOT, new LocalizedText("Vigsel i Stadshuset", "Wedding at City Hall"),
				start, start.plus(Duration.ofMinutes(20)), 1, OptionalInt.empty(), OptionalInt.empty(), Optional.empty(),
				BigDecimal.ZERO, 24 * 7, List.of()));
	}

	private Receipt submit(Party.Visitor visitor, LocalDate day, String time) {
		return submitWith(visitor, day, time, false);
	}

	private Receipt submitWith(Party.Visitor visitor, LocalDate day, String time, boolean certificate) {
		EService wedding = catalogue.find("wedding-booking").orElseThrow();
		Map<String, Object> answers = new java.util.LinkedHashMap<>(Map.of("slotDate", day, "slotTime", time,
				"partnerOne", "Karin Ek", "partnerTwo", "Yusuf Demir", "witnessOne", "Anders Holm", "witnessTwo", "Johan Berg",
				"ceremonyLanguage", "en"));
		if (certificate) {
			answers.put("certificate", List.of("0".repeat(64)));
		}
		return submissions.submit(new Submissions.Request(wedding, Actor.self(visitor, LevelOfAssurance.EMAIL_CODE), new Answers(answers),
				List.of(), EService.Channel.WEB, "wedding:" + UUID.randomUUID(), Optional.empty(), Optional.empty(), false));
	}

	private void dueIn(Receipt receipt, Duration left) {
		jdbc.sql("UPDATE booking_booking SET certificate_due = now() + CAST(:left AS interval) WHERE reference = :reference")
				.param("left", left.toSeconds() + " seconds").param("reference", receipt.number().value()).update();
	}
}
