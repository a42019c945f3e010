package org.cityhall.archive.web;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import org.cityhall.archive.ArchiveFixtures;
import org.cityhall.archive.ArchiveRecords;
import org.cityhall.archive.ArchivedRecord;
import org.cityhall.archive.Audience;
import org.cityhall.archive.RetentionClass;
import org.cityhall.archive.export.SipValidation;
import org.cityhall.archive.filing.FilingRecords;
import org.cityhall.audit.AuditLog;
import org.cityhall.audit.AuditQuery;
import org.cityhall.documents.DocumentId;
import org.cityhall.documents.DocumentStore;
import org.cityhall.shared.Party;
import org.cityhall.shared.ScopedRole;
import org.cityhall.testing.CityHallWebTest;
import org.cityhall.testing.SignedInAs;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.asyncDispatch;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

/** A resident downloads everything filed about them; a staff export of a person is audited. */
@CityHallWebTest
class ResidentsArchiveTest {

	static final Instant AT = Instant.parse("2026-10-02T08:00:00Z");

	@Autowired
	MockMvc mvc;

	@Autowired
	FilingRecords filing;

	@Autowired
	ArchiveRecords records;

	@Autowired
	DocumentStore documents;

	@Autowired
	AuditLog audit;

	@TempDir
	Path directory;

	ArchiveFixtures archive;

	@BeforeEach
	void fixtures() {
		archive = new ArchiveFixtures(filing, records);
	}

	@Test
	void aResidentDownloadsAValidPackageOfTheirRecordsWithoutInternalNotesOrAnyoneElses() throws Exception {
		Party.Person resident = ArchiveFixtures.resident();
		Party.Person neighbour = ArchiveFixtures.resident();
		String matter = ArchiveFixtures.matter();
		DocumentId decision = documents.store(ArchivistsPagesTest.pdf("Beslut " + matter), "application/pdf").id();
		ArchivedRecord theirs = archive.file(matter, resident, "cases.decided", AT, RetentionClass.KEEP, true, Audience.SUBJECT, List.of(decision));
		ArchivedRecord note = archive.file(matter, resident, "cases.internal-note", AT.plusSeconds(5), RetentionClass.KEEP, false,
				Audience.STAFF_ONLY, List.of());
		ArchivedRecord others = archive.file(ArchiveFixtures.matter(), neighbour, "cases.submitted", AT, RetentionClass.KEEP, false);

		String myPages = mvc.perform(get("/my-pages").with(SignedInAs.resident(resident.number(), resident.name())))
				.andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
		assertThat(myPages).contains("Ladda ner allt staden har arkiverat om mig", MyArchiveController.DOWNLOAD);

		MockHttpServletResponse download = download(get(MyArchiveController.DOWNLOAD)
				.with(SignedInAs.resident(resident.number(), resident.name())));

		assertThat(download.getContentType()).isEqualTo("application/zip");
		Map<String, String> entries = SipValidation.entries(download.getContentAsByteArray());
		assertThat(entries.keySet()).anyMatch(name -> name.endsWith(String.format("%012d-cases.decided.json", theirs.sequence())))
				.anyMatch(name -> name.endsWith("/documents/" + decision.sha256() + ".pdf"))
				.noneMatch(name -> name.contains(String.format("%012d-", note.sequence())))
				.noneMatch(name -> name.contains(String.format("%012d-", others.sequence())));
		Path sip = Files.write(directory.resolve("mine.zip"), download.getContentAsByteArray());
		assertThat(SipValidation.errors(sip)).isEmpty();
		assertThat(audit.search(AuditQuery.all().withSubject(resident.id()))).as("a person's own read is not audited").isEmpty();
	}

	@Test
	void aStaffExportOfAPersonsRecordsIsAuditedWithItsPurpose() throws Exception {
		Party.Person resident = ArchiveFixtures.resident();
		ArchivedRecord record = archive.file(ArchiveFixtures.matter(), resident, "cases.submitted", AT, RetentionClass.KEEP, false);

		MockHttpServletResponse download = download(get("/staff/archive/export/sip").param("person", resident.id())
				.param("purpose", "public-records-request").with(SignedInAs.staff("staff:archivist", ScopedRole.cityWide("archivist"))));

		assertThat(SipValidation.entries(download.getContentAsByteArray()).keySet())
				.anyMatch(name -> name.endsWith(String.format("%012d-cases.submitted.json", record.sequence())));
		assertThat(audit.search(AuditQuery.all().withSubject(resident.id()))).singleElement().satisfies(read -> {
			assertThat(read.what()).isEqualTo("archive-export:person");
			assertThat(read.purpose()).isEqualTo("public-records-request");
			assertThat(read.actorId()).isEqualTo("staff:archivist");
		});
	}

	@Test
	void anEserviceExportAsksForAWholePeriodAtTheFieldsKeepingWhatWasTyped() throws Exception {
		String page = mvc.perform(get("/staff/archive/export").param("eservice", "building-permit").param("from", "2026-13-01")
						.with(SignedInAs.staff("staff:archivist", ScopedRole.cityWide("archivist"))))
				.andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);

		assertThat(page).contains("Ange datumet som år-månad-dag", "value=\"2026-13-01\"", "value=\"building-permit\"",
				"Ange till vilket datum", "govuk-error-summary");
	}

	private MockHttpServletResponse download(MockHttpServletRequestBuilder request) throws Exception {
		MvcResult started = mvc.perform(request).andReturn();
		MockHttpServletResponse response = mvc.perform(asyncDispatch(started)).andReturn().getResponse();
		assertThat(response.getStatus()).isEqualTo(200);
		return response;
	}
}
