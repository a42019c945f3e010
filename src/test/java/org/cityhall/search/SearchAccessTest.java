package org.cityhall.search;

import static org.cityhall.search.ArchiveRecordsForTests.submitted;
import static org.cityhall.search.ArchiveRecordsForTests.uniqueCaseNumber;
import static org.cityhall.search.ArchiveRecordsForTests.uniqueWord;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.cityhall.archive.ArchivedRecord;
import org.cityhall.archive.Audience;
import org.cityhall.audit.AuditLog;
import org.cityhall.identity.Consent;
import org.cityhall.identity.ConsentScope;
import org.cityhall.identity.Consents;
import org.cityhall.identity.StaffRoles;
import org.cityhall.identity.demo.DemoPersonas;
import org.cityhall.identity.demo.DemoPersonas.Persona;
import org.cityhall.search.index.SearchIndex;
import org.cityhall.shared.Actor;
import org.cityhall.shared.LevelOfAssurance;
import org.cityhall.shared.LocalizedText;
import org.cityhall.shared.ScopedRole;
import org.cityhall.testing.CityHallWebTest;
import org.cityhall.testing.SignedInAs;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/** Who finds which of the archive's records: checked when the query runs, against today's guardianships and consents. */
@CityHallWebTest
class SearchAccessTest {

	private static final String DEPARTMENT = "city-planning";

	@Autowired
	MockMvc mvc;

	@Autowired
	SearchIndex index;

	@Autowired
	Consents consents;

	@Autowired
	AuditLog audit;

	@Test
	void twoResidentsNeverSeeEachOthersCases() throws Exception {
		String word = uniqueWord();
		String parentsCase = uniqueCaseNumber();
		String carOwnersCase = uniqueCaseNumber();
		index.put(List.of(submitted(DemoPersonas.PARENT.party(), parentsCase, word, DEPARTMENT, Audience.SUBJECT),
				submitted(DemoPersonas.CAR_OWNER.party(), carOwnersCase, word, DEPARTMENT, Audience.SUBJECT)));

		search(as(DemoPersonas.PARENT), word)
				.andExpect(content().string(allOf(containsString(parentsCase), not(containsString(carOwnersCase)))));
		search(as(DemoPersonas.CAR_OWNER), word)
				.andExpect(content().string(allOf(containsString(carOwnersCase), not(containsString(parentsCase)))));
		search(as(DemoPersonas.PARENT), carOwnersCase)
				.andExpect(content().string(allOf(not(containsString("/my-pages/cases/" + carOwnersCase)), containsString("id=\"result-count\""))));
		search(null, word).andExpect(content().string(allOf(not(containsString(parentsCase)), not(containsString(carOwnersCase)))));
	}

	@Test
	void aResidentFindsTheirCaseByItsNumber() throws Exception {
		String number = uniqueCaseNumber();
		index.put(List.of(submitted(DemoPersonas.CAR_OWNER.party(), number, uniqueWord(), DEPARTMENT, Audience.SUBJECT)));

		search(as(DemoPersonas.CAR_OWNER), number)
				.andExpect(content().string(allOf(containsString("href=\"/my-pages/cases/" + number + "\""), containsString("1 träff"))));
	}

	@Test
	void anInternalNoteNeverAppearsInAResidentsResults() throws Exception {
		String word = uniqueWord();
		String number = uniqueCaseNumber();
		index.put(List.of(ArchiveRecordsForTests.record(java.util.UUID.randomUUID(), "cases.internal-note",
				Optional.of(DemoPersonas.PARENT.party()), number,
				new LocalizedText("Intern anteckning " + word, "Internal note " + word), DEPARTMENT, Audience.STAFF_ONLY,
				Optional.empty())));

		search(as(DemoPersonas.PARENT), word).andExpect(content().string(not(containsString(number))));
		search(SignedInAs.staff("officer-" + DEPARTMENT, ScopedRole.inDepartment(StaffRoles.OFFICER, DEPARTMENT)), word)
				.andExpect(content().string(allOf(containsString(number), containsString("href=\"/staff/cases/" + number + "\""))));
		search(SignedInAs.staff("officer-traffic", ScopedRole.inDepartment(StaffRoles.OFFICER, "traffic")), word)
				.andExpect(content().string(not(containsString(number))));
	}

	@Test
	void staffReadsOfPersonalDataInResultsAreAudited() throws Exception {
		String word = uniqueWord();
		String number = uniqueCaseNumber();
		index.put(List.of(submitted(DemoPersonas.ELDERLY.party(), number, word, DEPARTMENT, Audience.SUBJECT)));

		search(SignedInAs.staff("archivist-search", ScopedRole.cityWide(StaffRoles.ARCHIVIST)), word)
				.andExpect(content().string(containsString(number)));

		assertEquals(1, audit.readsOf(DemoPersonas.ELDERLY.id(), Set.of("search:" + number), 10).stream()
				.filter(read -> read.actorId().equals("archivist-search")).count());
	}

	@Test
	void aGuardianSeesTheirChildsCasesAndOthersDoNot() throws Exception {
		String word = uniqueWord();
		String number = uniqueCaseNumber();
		index.put(List.of(submitted(DemoPersonas.PRESCHOOL_CHILD.party(), number, word, "education", Audience.SUBJECT)));

		search(as(DemoPersonas.PARENT), word).andExpect(content().string(containsString(number)));
		search(as(DemoPersonas.CO_PARENT), word).andExpect(content().string(containsString(number)));
		search(as(DemoPersonas.RELATIVE), word).andExpect(content().string(not(containsString(number))));
	}

	@Test
	void aRevokedConsentHidesTheRelativesResultsOnTheNextQuery() throws Exception {
		String word = uniqueWord();
		String number = uniqueCaseNumber();
		index.put(List.of(submitted(DemoPersonas.ELDERLY.party(), number, word, "elderly-care", Audience.SUBJECT)));
		Actor elderly = Actor.self(DemoPersonas.ELDERLY.party(), LevelOfAssurance.LOA3);
		// Consents other tests (the care diary's journey) left standing between the two would be a second way in.
		consents.givenBy(DemoPersonas.ELDERLY.number().orElseThrow()).stream()
				.filter(given -> given.grantee().equals(DemoPersonas.RELATIVE.number().orElseThrow()) && !given.isRevoked())
				.forEach(given -> consents.revoke(elderly, given.id()));

		search(as(DemoPersonas.RELATIVE), word).andExpect(content().string(not(containsString(number))));
		Consent consent = consents.grant(elderly, DemoPersonas.RELATIVE.number().orElseThrow(), ConsentScope.MATTERS,
				LocalDate.now().plusDays(30));
		search(as(DemoPersonas.RELATIVE), word).andExpect(content().string(containsString(number)));

		consents.revoke(elderly, consent.id());

		search(as(DemoPersonas.RELATIVE), word).andExpect(content().string(not(containsString(number))));
	}

	@Test
	void recordsNeverToBeIndexedAndDisposedRecordsAreNotFound() throws Exception {
		String word = uniqueWord();
		String hidden = uniqueCaseNumber();
		String disposed = uniqueCaseNumber();
		ArchivedRecord picture = ArchiveRecordsForTests.record(java.util.UUID.randomUUID(), "records.picture",
				Optional.of(DemoPersonas.PRESCHOOL_CHILD.party()), hidden, new LocalizedText("Bild " + word, "Picture " + word),
				"education", Audience.NEVER_INDEXED, Optional.empty());
		ArchivedRecord filed = submitted(DemoPersonas.PARENT.party(), disposed, word, DEPARTMENT, Audience.SUBJECT);
		index.put(List.of(picture, filed));
		RequestPostProcessor archivist = SignedInAs.staff("archivist-all", ScopedRole.cityWide(StaffRoles.ARCHIVIST));
		search(archivist, word).andExpect(content().string(allOf(not(containsString(hidden)), containsString(disposed))));

		index.put(List.of(ArchiveRecordsForTests.record(filed.id(), filed.recordType(), Optional.empty(), disposed,
				new LocalizedText("", ""), DEPARTMENT, Audience.SUBJECT, Optional.of("disposal-2026-1"))));

		search(archivist, word).andExpect(content().string(allOf(not(containsString(hidden)), not(containsString(disposed)))));
	}

	@Test
	void whatWasFoundIsEscapedAndOnlyTheWordsFoundAreMarked() throws Exception {
		String word = uniqueWord();
		String number = uniqueCaseNumber();
		index.put(List.of(ArchiveRecordsForTests.record(java.util.UUID.randomUUID(), "cases.submitted",
				Optional.of(DemoPersonas.CAR_OWNER.party()), number,
				new LocalizedText("<script>alert('x')</script> " + word + " <b>fet</b>", "<img src=x onerror=alert(1)> " + word),
				DEPARTMENT, Audience.SUBJECT, Optional.empty())));

		search(as(DemoPersonas.CAR_OWNER), word)
				.andExpect(content().string(allOf(containsString("<mark>" + word + "</mark>"), containsString("&lt;script&gt;"),
						not(containsString("<script>alert")), not(containsString("<b>fet")))));
		mvc.perform(get("/search").param("q", word).param("lang", "en").with(as(DemoPersonas.CAR_OWNER)))
				.andExpect(content().string(allOf(containsString("&lt;img src"), not(containsString("<img src=x")))));
	}

	private ResultActions search(RequestPostProcessor who, String query) throws Exception {
		var request = get("/search").param("q", query);
		if (who != null) {
			request.with(who);
		}
		return mvc.perform(request).andExpect(status().isOk());
	}

	private static RequestPostProcessor as(Persona persona) {
		return SignedInAs.resident(persona.number().orElseThrow(), persona.name());
	}

}
