package org.cityhall.cases.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.time.Duration;
import java.util.List;

import org.awaitility.Awaitility;
import org.cityhall.archive.ArchiveRecords;
import org.cityhall.archive.ArchivedRecord;
import org.cityhall.archive.Audience;
import org.cityhall.archive.RetentionClass;
import org.cityhall.identity.StaffRoles;
import org.cityhall.notifications.TestRecipients;
import org.cityhall.shared.Party;
import org.cityhall.shared.PersonalIdentityNumber;
import org.cityhall.shared.ScopedRole;
import org.cityhall.testing.CityHallWebTest;
import org.cityhall.testing.SignedInAs;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/** A case's life is filed in the e-archive as it happens, each step once, with its documents. */
@CityHallWebTest
class CaseRecordsTest {

	private static final RequestPostProcessor OFFICER = SignedInAs.staff("officer-environment-health",
			ScopedRole.inDepartment(StaffRoles.OFFICER, "environment-health"));

	@Autowired
	MockMvc mvc;

	@Autowired
	ArchiveRecords records;

	@Test
	void aHeatPumpCaseIsFiledFromSubmissionToDecisionWithItsSitePlanReceiptAndDecisionAndItsNoteForStaffOnly() throws Exception {
		PersonalIdentityNumber resident = TestRecipients.newResident();
		HeatPumpApplication application = new HeatPumpApplication(mvc, SignedInAs.resident(resident, "Sökande Testsson"));
		String number = application.submit(application.fillIn());

		mvc.perform(post("/staff/cases/" + number + "/note").with(OFFICER).with(csrf()).param("note", "Ringde installatören."));
		mvc.perform(post("/staff/cases/" + number + "/decide").with(OFFICER).with(csrf()).param("outcome", "granted")
				.param("reasons", "Uppfyller kraven."));

		List<ArchivedRecord> filed = Awaitility.await().atMost(Duration.ofSeconds(60))
				.until(() -> records.ofMatter(number), found -> found.size() == 6);
		assertThat(filed).extracting(ArchivedRecord::recordType).containsExactlyInAnyOrder("cases.submitted",
				"billing.fee-incurred", "cases.receipt-issued", "cases.note-written", "cases.decided", "cases.decision-issued");
		assertThat(filed).allSatisfy(record -> assertThat(record.subject()).hasValueSatisfying(
				subject -> assertThat(subject.id()).isEqualTo(resident.value())));
		ArchivedRecord submitted = only(filed, "cases.submitted");
		assertThat(submitted.documents()).hasSize(1);
		assertThat(submitted.retention()).isEqualTo(RetentionClass.KEEP);
		assertThat(submitted.department()).contains("environment-health");
		assertThat(submitted.content()).hasValueSatisfying(content -> assertThat(content).contains("\"number\":{\"value\":\"" + number + "\"}"));
		assertThat(only(filed, "cases.receipt-issued").documents()).hasSize(1);
		assertThat(only(filed, "cases.decision-issued").documents()).hasSize(1);
		assertThat(only(filed, "cases.note-written").audience()).isEqualTo(Audience.STAFF_ONLY);
		assertThat(only(filed, "cases.decided").closesMatter()).isTrue();
		assertThat(only(filed, "cases.decided").title().sv()).isEqualTo("Beslut i ärende " + number);
		assertThat(only(filed, "billing.fee-incurred").retention()).isEqualTo(RetentionClass.disposeAfterYears(7));
		assertThat(submitted.subject()).containsInstanceOf(Party.Person.class);
	}

	private static ArchivedRecord only(List<ArchivedRecord> filed, String type) {
		return filed.stream().filter(record -> record.recordType().equals(type)).reduce((a, b) -> {
			throw new AssertionError("two records of type " + type);
		}).orElseThrow(() -> new AssertionError("no record of type " + type));
	}
}
