package org.cityhall.records;

import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;

import org.cityhall.archive.ArchiveEntry;
import org.cityhall.archive.Audience;
import org.cityhall.archive.RetentionClass;
import org.cityhall.identity.demo.DemoPersonas;
import org.cityhall.shared.Actor;
import org.cityhall.shared.LevelOfAssurance;
import org.cityhall.shared.Party;
import org.cityhall.shared.PersonalIdentityNumber;
import org.cityhall.shared.ScopedRole;
import org.cityhall.testing.CityHallWebTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Everything the records module writes is an event the archive files, with the retention class its
 * e-service's definition names; a child's picture is filed with the picture and never indexed.
 */
@CityHallWebTest
@RecordApplicationEvents
class RecordsFiledTest {

	@Autowired
	CareRecordImports imports;

	@Autowired
	CareDiaries diaries;

	@Autowired
	Preschools preschools;

	@Autowired
	org.cityhall.records.DevelopmentTalks talks;

	@Autowired
	org.cityhall.records.PreschoolPictures pictures;

	@Autowired
	ApplicationEvents events;

	@Test
	void anImportAndAStaffNoteAreFiledForFiveYearsTheImportForStaffOnly() {
		PersonalIdentityNumber person = CareDiaryFixtures.elderly();
		String unit = CareDiaryFixtures.unit();
		imports.importFile("test-" + unit, CareDiaryFixtures.file(
				CareDiaryFixtures.line("R-1", person, unit, "note", Instant.now().minusSeconds(60), "Inköp", "")));
		UUID diary = diaries.diaryOf(person).orElseThrow().id();
		Actor staff = new Actor(new Party.Staff("care-" + unit, "Undersköterska"), new Party.Staff("care-" + unit, "Undersköterska"),
				Actor.Representation.STAFF, Set.of(new ScopedRole(CareDiaries.CARE_STAFF, "unit:" + unit)), LevelOfAssurance.LOA3);
		diaries.writeNote(staff, diary, Instant.now().minusSeconds(5), "Promenad", "En runda i parken");

		ArchiveEntry imported = events.stream(CareRecordsImported.class).filter(e -> e.source().equals("test-" + unit))
				.findFirst().orElseThrow().archiveEntry();
		assertThat(imported.audience()).isEqualTo(Audience.STAFF_ONLY);
		assertThat(imported.retention()).isEqualTo(RetentionClass.of("dispose-5y"));
		assertThat(imported.documents()).hasSize(1);
		ArchiveEntry note = events.stream(CareNoteWritten.class).filter(e -> e.diaryId().equals(diary))
				.findFirst().orElseThrow().archiveEntry();
		assertThat(note.subject()).hasValueSatisfying(s -> assertThat(s.id()).isEqualTo(person.value()));
		assertThat(note.retention()).isEqualTo(RetentionClass.of("dispose-5y"));
		assertThat(note.audience()).isEqualTo(Audience.SUBJECT);
	}

	@Test
	void aChildsPictureIsFiledWithThePictureAboutTheChildAndNeverIndexed() throws Exception {
		ThreadLocalRandom random = ThreadLocalRandom.current();
		PersonalIdentityNumber child = PersonalIdentityNumber.of(LocalDate.now().minusYears(4).minusDays(random.nextInt(300)),
				random.nextInt(1000), false);
		UUID enrolment = preschools.enrol(child, "preschool-tallen");
		Actor teacher = new Actor(new Party.Staff("teacher-tallen", "Förskollärare"), new Party.Staff("teacher-tallen", "Förskollärare"),
				Actor.Representation.STAFF, Set.of(new ScopedRole(Preschools.PRESCHOOL_STAFF, "unit:preschool-tallen")),
				LevelOfAssurance.LOA3);
		UUID picture = pictures.uploadPicture(teacher, enrolment, PreschoolPortalTest.png(), "image/png", "");

		ArchiveEntry filed = events.stream(PictureUploaded.class).filter(e -> e.pictureId().equals(picture))
				.findFirst().orElseThrow().archiveEntry();
		assertThat(filed.audience()).isEqualTo(Audience.NEVER_INDEXED);
		assertThat(filed.retention()).isEqualTo(RetentionClass.of("dispose-2y"));
		assertThat(filed.documents()).hasSize(1);
		assertThat(filed.subject()).hasValueSatisfying(s -> assertThat(s.id()).isEqualTo(child.value()));
		assertThat(filed.matter()).hasValueSatisfying(m -> assertThat(m).doesNotContain(child.value()));
	}

	@Test
	void anAbsenceAndABookedTalkAreFiledAboutTheChild() {
		PersonalIdentityNumber elsa = PersonalIdentityNumber.parse(DemoPersonas.PRESCHOOL_CHILD.id());
		UUID enrolment = preschools.enrol(elsa, "preschool-solrosen");
		Actor parent = Actor.self(new Party.Person(PersonalIdentityNumber.parse(DemoPersonas.PARENT.id()), DemoPersonas.PARENT.name()),
				LevelOfAssurance.LOA3);
		Actor teacher = new Actor(new Party.Staff("teacher-solrosen", "Förskollärare"), new Party.Staff("teacher-solrosen", "x"),
				Actor.Representation.STAFF, Set.of(new ScopedRole(Preschools.PRESCHOOL_STAFF, "unit:preschool-solrosen")),
				LevelOfAssurance.LOA3);
		preschools.reportAbsence(parent, enrolment, preschools.today().plusDays(1 + random(25)), "other");
		UUID slot = talks.openTalkTime(teacher, "preschool-solrosen",
				Instant.now().plus(500 + random(3000), ChronoUnit.DAYS).truncatedTo(ChronoUnit.MINUTES), 30);
		talks.bookTalk(parent, enrolment, slot);

		assertThat(events.stream(TalkBooked.class).filter(e -> e.slotId().equals(slot)).findFirst().orElseThrow().archiveEntry()
				.subject()).hasValueSatisfying(s -> assertThat(s.id()).isEqualTo(elsa.value()));
		assertThat(events.stream(TalkTimeOpened.class).filter(e -> e.slotId().equals(slot))).hasSize(1);
	}

	private static int random(int bound) {
		return ThreadLocalRandom.current().nextInt(bound);
	}
}
