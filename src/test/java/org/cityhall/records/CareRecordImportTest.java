package org.cityhall.records;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.UUID;

import org.cityhall.shared.PersonalIdentityNumber;
import org.cityhall.testing.CityHallWebTest;
import org.cityhall.testing.OperationsSystems;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The elderly-care operations system's import: idempotent by sender and record id, bad lines reported by
 * line and column while the good ones are kept, and its API open only to that department's system with
 * the scope.
 */
@CityHallWebTest
class CareRecordImportTest {

	@Autowired
	CareRecordImports imports;

	@Autowired
	CareDiaries diaries;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	MockMvc mvc;

	PersonalIdentityNumber person;
	String unit;
	String source;
	Instant now;

	@BeforeEach
	void ofItsOwn() {
		person = CareDiaryFixtures.elderly();
		unit = CareDiaryFixtures.unit();
		source = "test-" + unit;
		now = Instant.now().truncatedTo(ChronoUnit.SECONDS);
	}

	@Test
	void aFileSentTwiceMakesNoDuplicates() {
		byte[] file = CareDiaryFixtures.file(
				CareDiaryFixtures.line("R-1", person, unit, "decision", now.minus(30, ChronoUnit.DAYS), "Hemtjänst", ""),
				CareDiaryFixtures.line("R-2", person, unit, "note", now.minus(2, ChronoUnit.HOURS), "Morgonhjälp", "Frukost"),
				CareDiaryFixtures.line("R-3", person, unit, "note", now.minus(1, ChronoUnit.HOURS), "Promenad", ""));

		ImportReport first = imports.importFile(source, file);
		ImportReport second = imports.importFile(source, file);

		assertThat(first.accepted()).isEqualTo(3);
		assertThat(first.duplicates()).isZero();
		assertThat(second.lines()).isEqualTo(3);
		assertThat(second.accepted()).isZero();
		assertThat(second.duplicates()).isEqualTo(3);
		assertThat(entries()).isEqualTo(3);
	}

	@Test
	void theSameRecordIdFromAnotherSenderIsAnotherRecord() {
		byte[] file = CareDiaryFixtures.file(CareDiaryFixtures.line("R-1", person, unit, "note", now.minusSeconds(60), "Inköp", ""));
		imports.importFile(source, file);
		imports.importFile(source + "-b", file);
		assertThat(entries()).isEqualTo(2);
	}

	@Test
	void aBrokenLineIsReportedWithItsLineAndColumnAndTheOthersAreImported() {
		byte[] file = CareDiaryFixtures.file(
				CareDiaryFixtures.line("R-1", person, unit, "note", now.minusSeconds(120), "Morgonhjälp", ""),
				"R-2;" + person.value() + ";" + unit + ";note;yesterday morning;Lunch;;Undersköterska Lena\n",
				CareDiaryFixtures.line("R-3", person, unit, "visit", now.minusSeconds(60), "Kvällshjälp", ""),
				"R-4;19391314;" + unit + ";note;2026-11-01T08:00:00+01:00;Lunch;;Lena\n",
				"R-5;only;three\n",
				CareDiaryFixtures.line("R-6", person, unit, "note", now.minusSeconds(30), "Kvällshjälp", ""));

		ImportReport report = imports.importFile(source, file);

		assertThat(report.lines()).isEqualTo(6);
		assertThat(report.accepted()).isEqualTo(2);
		assertThat(report.rejected()).isEqualTo(4);
		assertThat(report.errors()).extracting(ImportReport.LineError::line, ImportReport.LineError::column)
				.containsExactly(org.assertj.core.groups.Tuple.tuple(3, "occurred_at"), org.assertj.core.groups.Tuple.tuple(4, "kind"),
						org.assertj.core.groups.Tuple.tuple(5, "personal_identity_number"), org.assertj.core.groups.Tuple.tuple(6, ""));
		assertThat(report.errors()).allSatisfy(e -> assertThat(e.reason()).doesNotContain("19391314").doesNotContain("yesterday"));
		assertThat(entries()).isEqualTo(2);
	}

	@Test
	void aFileWithoutTheHeaderIsRefusedWhole() {
		byte[] file = CareDiaryFixtures.line("R-1", person, unit, "note", now, "Morgonhjälp", "").getBytes(StandardCharsets.UTF_8);
		ImportReport report = imports.importFile(source, file);
		assertThat(report.importId()).isNull();
		assertThat(report.errors()).singleElement().satisfies(e -> assertThat(e.line()).isEqualTo(1));
		assertThat(diaries.diaryOf(person)).isEmpty();
	}

	@Test
	void aPersonsDiaryMovesWithTheirRecordsToANewUnit() {
		String newUnit = CareDiaryFixtures.unit();
		imports.importFile(source, CareDiaryFixtures.file(CareDiaryFixtures.line("R-1", person, unit, "note", now.minusSeconds(90), "Inköp", "")));
		imports.importFile(source, CareDiaryFixtures.file(CareDiaryFixtures.line("R-2", person, newUnit, "note", now.minusSeconds(30), "Inköp", "")));
		assertThat(diaries.diaryOf(person)).hasValueSatisfying(d -> assertThat(d.unit()).isEqualTo(newUnit));
		assertThat(entries()).isEqualTo(2);
	}

	@Test
	void theOperationsSystemPostsAFileAndHearsOfEveryLine() throws Exception {
		String client = "elderly-care-system-" + UUID.randomUUID();
		byte[] file = CareDiaryFixtures.file(
				CareDiaryFixtures.line("R-1", person, unit, "note", now.minusSeconds(60), "Morgonhjälp", ""),
				"R-2;" + person.value() + ";" + unit + ";note;;Lunch;;Lena\n");
		mvc.perform(post("/api/v1/records/care-diary/imports").contentType("text/csv").content(file)
						.with(OperationsSystems.client(client, "elderly-care", "records:write")))
				.andExpect(status().isOk())
				.andExpect(jsonPath("$.lines").value(2))
				.andExpect(jsonPath("$.accepted").value(1))
				.andExpect(jsonPath("$.rejected").value(1))
				.andExpect(jsonPath("$.errors[0].line").value(3))
				.andExpect(jsonPath("$.errors[0].column").value("occurred_at"));
		mvc.perform(post("/api/v1/records/care-diary/imports").contentType("text/csv").content(file)
						.with(OperationsSystems.client(client, "elderly-care", "records:write")))
				.andExpect(status().isOk())
				.andExpect(jsonPath("$.accepted").value(0))
				.andExpect(jsonPath("$.duplicates").value(1));
		assertThat(jdbc.sql("SELECT count(*) FROM records_diary_entry WHERE source = :source").param("source", client)
				.query(Integer.class).single()).isEqualTo(1);
	}

	@Test
	void theApiIsClosedToOtherDepartmentsToTokensWithoutTheScopeAndToNoToken() throws Exception {
		byte[] file = CareDiaryFixtures.file(CareDiaryFixtures.line("R-1", person, unit, "note", now.minusSeconds(60), "Inköp", ""));
		mvc.perform(post("/api/v1/records/care-diary/imports").contentType("text/csv").content(file)
						.with(OperationsSystems.client("traffic-system", "traffic", "records:write")))
				.andExpect(status().isForbidden());
		mvc.perform(post("/api/v1/records/care-diary/imports").contentType("text/csv").content(file)
						.with(OperationsSystems.client("elderly-care-reader", "elderly-care", "cases:read")))
				.andExpect(status().isForbidden());
		mvc.perform(post("/api/v1/records/care-diary/imports").contentType("text/csv").content(file))
				.andExpect(status().isUnauthorized());
		assertThat(diaries.diaryOf(person)).isEmpty();
	}

	private int entries() {
		return jdbc.sql("SELECT count(*) FROM records_diary_entry e JOIN records_diary d ON d.id = e.diary_id WHERE d.person = :p")
				.param("p", person.value()).query(Integer.class).single();
	}
}
