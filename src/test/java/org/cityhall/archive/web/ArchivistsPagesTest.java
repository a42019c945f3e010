package org.cityhall.archive.web;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.awaitility.Awaitility;
import org.cityhall.archive.ArchiveFixtures;
import org.cityhall.archive.ArchiveRecords;
import org.cityhall.archive.ArchivedRecord;
import org.cityhall.archive.Audience;
import org.cityhall.archive.RetentionClass;
import org.cityhall.archive.disposal.DisposalList;
import org.cityhall.archive.disposal.Disposals;
import org.cityhall.archive.filing.FilingRecords;
import org.cityhall.archive.text.DocumentTexts;
import org.cityhall.audit.AuditLog;
import org.cityhall.audit.AuditQuery;
import org.cityhall.audit.AuditRecord;
import org.cityhall.documents.DocumentId;
import org.cityhall.documents.DocumentStore;
import org.cityhall.shared.Party;
import org.cityhall.shared.ScopedRole;
import org.cityhall.testing.CityHallWebTest;
import org.cityhall.testing.SignedInAs;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

/** The archivists' pages: only archivists reach them, reads of a person are audited, and disposal needs a decision. */
@CityHallWebTest
class ArchivistsPagesTest {

	static final Instant LONG_AGO = Instant.parse("2013-05-02T08:00:00Z");

	@Autowired
	MockMvc mvc;

	@Autowired
	FilingRecords filing;

	@Autowired
	ArchiveRecords records;

	@Autowired
	Disposals disposals;

	@Autowired
	DocumentStore documents;

	@Autowired
	DocumentTexts texts;

	@Autowired
	AuditLog audit;

	ArchiveFixtures archive;

	@BeforeEach
	void fixtures() {
		archive = new ArchiveFixtures(filing, records);
	}

	static RequestPostProcessor archivist() {
		return SignedInAs.staff("staff:archivist", ScopedRole.cityWide("archivist"));
	}

	@Test
	void aStaffMemberWhoIsNotAnArchivistIsRefusedEveryArchivistPage() throws Exception {
		RequestPostProcessor officer = SignedInAs.staff("staff:officer-city-planning", ScopedRole.inDepartment("officer", "city-planning"));
		for (String page : List.of("/staff/archive", "/staff/archive/disposal", "/staff/archive/export",
				"/staff/archive/records/" + UUID.randomUUID())) {
			assertThat(mvc.perform(get(page).with(officer)).andReturn().getResponse().getStatus()).as(page).isEqualTo(403);
		}
		assertThat(mvc.perform(post("/staff/archive/disposal").with(officer).with(csrf())).andReturn().getResponse().getStatus())
				.isEqualTo(403);
		assertThat(mvc.perform(get("/staff/archive")).andReturn().getResponse().getRedirectedUrl()).endsWith("/login/staff");
	}

	@Test
	void aSearchByPersonNeedsAPurposeAndIsRecordedInTheAuditLogWithIt() throws Exception {
		Party.Person resident = ArchiveFixtures.resident();
		String matter = ArchiveFixtures.matter();
		archive.file(matter, resident, "cases.submitted", LONG_AGO, RetentionClass.KEEP, false);

		String refused = page(get("/staff/archive").param("person", resident.id()));
		assertThat(refused).contains("Välj ändamålet med sökningen på en person", "value=\"" + resident.id() + "\"")
				.doesNotContain(matter);
		assertThat(reads(resident)).isEmpty();

		String found = page(get("/staff/archive").param("person", resident.id()).param("purpose", "subject-access-request"));
		assertThat(found).contains(matter, "Bygglov " + matter + " cases.submitted");
		assertThat(reads(resident)).singleElement().satisfies(read -> {
			assertThat(read.actorId()).isEqualTo("staff:archivist");
			assertThat(read.purpose()).isEqualTo("subject-access-request");
			assertThat(read.what()).isEqualTo("archive-records");
		});
	}

	@Test
	void aRecordShowsItsDocumentsItsPlaceInTheChainAndThatItVerifies() throws Exception {
		Party.Person resident = ArchiveFixtures.resident();
		String matter = ArchiveFixtures.matter();
		DocumentId receipt = documents.store(pdf("Kvitto " + matter), "application/pdf").id();
		ArchivedRecord first = archive.file(matter, resident, "cases.submitted", LONG_AGO, RetentionClass.KEEP, false, Audience.SUBJECT,
				List.of(receipt));
		ArchivedRecord second = archive.file(matter, resident, "cases.decided", LONG_AGO.plusSeconds(60), RetentionClass.KEEP, true);

		String page = page(get("/staff/archive/records/" + first.id()).param("lang", "en"));

		assertThat(page).contains("The record verifies", "application/pdf", receipt.sha256(), "verifies",
				"Next record, number " + second.sequence(), first.hash(), "Export the matter as an E-ARK package");
		assertThat(reads(resident)).singleElement().satisfies(read -> assertThat(read.what()).isEqualTo("archive-record:" + first.id()));
	}

	@Test
	void wordsInARecordsPdfFindTheRecord() throws Exception {
		String word = "radonmätning" + UUID.randomUUID().toString().substring(0, 8);
		String matter = ArchiveFixtures.matter();
		DocumentId decision = documents.store(pdf("Beslut om " + word + " i villan"), "application/pdf").id();
		archive.file(matter, ArchiveFixtures.resident(), "cases.decided", LONG_AGO, RetentionClass.KEEP, true, Audience.SUBJECT,
				List.of(decision));
		texts.catchUp();
		// Level with the archive once caught up, whatever other tests filed meanwhile.
		Awaitility.await().atMost(Duration.ofSeconds(30)).until(() -> {
			texts.catchUp();
			return !texts.behind();
		});

		assertThat(page(get("/staff/archive").param("text", word))).contains(matter);
		assertThat(page(get("/staff/archive").param("text", "ordsomintefinns" + UUID.randomUUID().toString().substring(0, 8))))
				.contains("Inga handlingar matchar sökningen.");
	}

	@Test
	void approvingNeedsADecisionAndLeavesTombstonesThatStillVerify() throws Exception {
		String matter = ArchiveFixtures.matter();
		ArchivedRecord record = archive.file(matter, ArchiveFixtures.resident(), "cases.decided", LONG_AGO,
				RetentionClass.disposeAfterYears(5), true);
		DisposalList list = disposals.propose(Disposals.JOB).orElseThrow();
		String path = "/staff/archive/disposal/" + list.id();

		assertThat(page(post(path).with(csrf()))).contains("Välj om du godkänner eller avslår förslaget");
		assertThat(page(post(path).with(csrf()).param("decision", "reject"))).contains("Skriv varför du avslår förslaget");
		assertThat(records.find(record.id()).orElseThrow().disposed()).isFalse();

		var approved = mvc.perform(post(path).with(archivist()).with(csrf()).param("decision", "approve")).andReturn().getResponse();
		assertThat(approved.getRedirectedUrl()).isEqualTo(path);

		assertThat(page(get(path))).contains("Godkänt och gallrat", "staff:archivist");
		assertThat(page(get("/staff/archive/records/" + record.id()))).contains("Gallrad genom " + list.reference(),
				"Handlingen verifieras", "Innehållet är gallrat.");
	}

	private String page(MockHttpServletRequestBuilder request) throws Exception {
		var response = mvc.perform(request.with(archivist())).andReturn().getResponse();
		assertThat(response.getStatus()).as(response.getContentAsString(StandardCharsets.UTF_8)).isEqualTo(200);
		return response.getContentAsString(StandardCharsets.UTF_8);
	}

	private List<AuditRecord> reads(Party.Person resident) {
		return audit.search(AuditQuery.all().withSubject(resident.id()));
	}

	static byte[] pdf(String text) throws Exception {
		try (PDDocument document = new PDDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
			PDPage page = new PDPage();
			document.addPage(page);
			try (PDPageContentStream content = new PDPageContentStream(document, page)) {
				content.beginText();
				content.setFont(new PDType1Font(Standard14Fonts.FontName.HELVETICA), 12);
				content.newLineAtOffset(72, 700);
				content.showText(text);
				content.endText();
			}
			document.save(out);
			return out.toByteArray();
		}
	}
}
