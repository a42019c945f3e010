package org.cityhall.records;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import java.util.regex.Pattern;

import javax.imageio.ImageIO;

import org.cityhall.audit.AuditLog;
import org.cityhall.audit.AuditRecord;
import org.cityhall.identity.PopulationRegister;
import org.cityhall.identity.demo.DemoPersonas;
import org.cityhall.shared.Actor;
import org.cityhall.shared.LevelOfAssurance;
import org.cityhall.shared.Party;
import org.cityhall.shared.PersonalIdentityNumber;
import org.cityhall.shared.ScopedRole;
import org.cityhall.testing.CityHallWebTest;
import org.cityhall.testing.SignedInAs;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The pre-school portal on the real database and the demo city's population register: the parent is
 * guardian of the pre-school child; a child of the test's own, whom no one in the register has custody of,
 * stands for another family's child.
 */
@CityHallWebTest
class PreschoolPortalTest {

	private static final String PRESCHOOL = "preschool-solrosen";
	private static final PersonalIdentityNumber PARENT = PersonalIdentityNumber.parse(DemoPersonas.PARENT.id());
	private static final PersonalIdentityNumber CHILD = PersonalIdentityNumber.parse(DemoPersonas.PRESCHOOL_CHILD.id());
	private static final Pattern IDENTITY_NUMBER = Pattern.compile("(19|20)[0-9]{6}-?[0-9]{4}");

	@Autowired
	MockMvc mvc;

	@Autowired
	Preschools preschools;

	@Autowired
	org.cityhall.records.DevelopmentTalks talks;

	@Autowired
	org.cityhall.records.PreschoolPictures pictures;

	@Autowired
	PopulationRegister population;

	@Autowired
	AuditLog audit;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	org.cityhall.billing.Fees fees;

	UUID elsa;
	UUID otherChild;
	PersonalIdentityNumber other;
	Actor teacher;

	@BeforeEach
	void enrolled() {
		elsa = preschools.enrol(CHILD, PRESCHOOL);
		ThreadLocalRandom random = ThreadLocalRandom.current();
		other = PersonalIdentityNumber.of(LocalDate.now().minusYears(3).minusDays(random.nextInt(300)), random.nextInt(1000), false);
		otherChild = preschools.enrol(other, PRESCHOOL);
		teacher = new Actor(new Party.Staff("teacher-" + UUID.randomUUID(), "Förskollärare"), new Party.Staff("t", "t"),
				Actor.Representation.STAFF, Set.of(new ScopedRole(Preschools.PRESCHOOL_STAFF, "unit:" + PRESCHOOL)), LevelOfAssurance.LOA3);
	}

	@Test
	void aGuardianSeesTheirChildsPicturesAndNoOtherThroughAnyId() throws Exception {
		UUID own = pictures.uploadPicture(teacher, elsa, png(), "image/png", "Elsas solros");
		UUID others = pictures.uploadPicture(teacher, otherChild, png(), "image/png", "");

		mvc.perform(get("/preschool-portal/pictures/" + own).with(parent())).andExpect(status().isOk());
		mvc.perform(get("/preschool-portal/pictures/" + others).with(parent())).andExpect(status().isForbidden());
		mvc.perform(get("/preschool-portal/pictures/" + own).with(relative())).andExpect(status().isForbidden());
		mvc.perform(get("/preschool-portal/pictures/" + own)).andExpect(status().is3xxRedirection());

		// Every picture there is, whoever's: the parent gets exactly those of children in their custody.
		List<String[]> all = jdbc.sql("SELECT id::text, child FROM records_picture")
				.query((rs, row) -> new String[] {rs.getString(1), rs.getString(2)}).list();
		assertThat(all.size()).isGreaterThanOrEqualTo(2);
		for (String[] picture : all) {
			boolean guardian = population.isGuardianOf(PARENT, PersonalIdentityNumber.parse(picture[1], LocalDate.MAX));
			mvc.perform(get("/preschool-portal/pictures/" + picture[0]).with(parent()))
					.andExpect(guardian ? status().isOk() : status().isForbidden());
		}
		for (int i = 0; i < 20; i++) {
			mvc.perform(get("/preschool-portal/pictures/" + UUID.randomUUID()).with(parent())).andExpect(status().isForbidden());
		}
		// And the pages that could show a child: another child's page is refused too.
		mvc.perform(get("/preschool-portal/children/" + otherChild).with(parent())).andExpect(status().isForbidden());
		mvc.perform(get("/preschool-portal/children/" + otherChild + "/absence").with(parent())).andExpect(status().isForbidden());
		mvc.perform(get("/preschool-portal/children/" + otherChild + "/talk").with(parent())).andExpect(status().isForbidden());
		String page = mvc.perform(get("/preschool-portal/children/" + elsa).with(parent())).andExpect(status().isOk())
				.andReturn().getResponse().getContentAsString();
		assertThat(page).contains("/preschool-portal/pictures/" + own).doesNotContain(others.toString());
	}

	@Test
	void aPictureIsServedPrivatelyNeverIndexedAndItsReadIsAudited() throws Exception {
		UUID own = pictures.uploadPicture(teacher, elsa, png(), "image/png", "");
		Instant before = Instant.now();
		var response = mvc.perform(get("/preschool-portal/pictures/" + own).with(parent())).andExpect(status().isOk())
				.andReturn().getResponse();
		assertThat(response.getContentType()).isEqualTo("image/png");
		assertThat(response.getHeader("X-Robots-Tag")).contains("noindex");
		assertThat(response.getHeader("Cache-Control")).contains("no-store").contains("private");
		List<AuditRecord> reads = audit.search(new org.cityhall.audit.AuditQuery(CHILD.value(), PARENT.value(),
				Preschools.AUDIT_WHAT, null, before, null, 10, 0));
		assertThat(reads).isNotEmpty();
	}

	@Test
	void staffUploadAPictureThroughTheirPageAndAnythingButAnImageIsRefused() throws Exception {
		RequestPostProcessor staff = SignedInAs.staff("teacher-" + UUID.randomUUID(),
				new ScopedRole(Preschools.PRESCHOOL_STAFF, "unit:" + PRESCHOOL));
		String title = "Höstlöv " + UUID.randomUUID();
		mvc.perform(multipart("/staff/preschools/" + PRESCHOOL + "/pictures").file(new MockMultipartFile("picture", "lov.png",
						"image/png", png())).param("child", elsa.toString()).param("title", title).with(staff).with(csrf()))
				.andExpect(status().is3xxRedirection());
		assertThat(jdbc.sql("SELECT count(*) FROM records_picture WHERE title = :t").param("t", title).query(Integer.class).single())
				.isEqualTo(1);
		String refused = mvc.perform(multipart("/staff/preschools/" + PRESCHOOL + "/pictures").file(new MockMultipartFile("picture",
						"lov.png", "image/png", "not a picture".getBytes())).param("child", elsa.toString()).param("title", "x")
						.with(staff).with(csrf()))
				.andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
		assertThat(refused).contains("govuk-error-summary").contains("value=\"x\"");
		mvc.perform(get("/staff/preschools/" + PRESCHOOL).with(SignedInAs.staff("teacher-elsewhere",
						new ScopedRole(Preschools.PRESCHOOL_STAFF, "unit:preschool-hamnen"))))
				.andExpect(status().isForbidden());
	}

	@Test
	void theKioskShowsTheWeekWithoutLoginAndNothingPersonal() throws Exception {
		LocalDate today = preschools.today();
		LocalDate monday = today.with(java.time.temporal.TemporalAdjusters.previousOrSame(java.time.DayOfWeek.MONDAY));
		String marker = "Skogsutflykt " + UUID.randomUUID();
		List<PreschoolViews.Day> days = new java.util.ArrayList<>();
		for (int i = 0; i < 7; i++) {
			days.add(new PreschoolViews.Day(monday.plusDays(i), marker, "Fiskgratäng"));
		}
		preschools.publishWeek(teacher, PRESCHOOL, monday, days);
		pictures.uploadPicture(teacher, elsa, png(), "image/png", "Elsas teckning");
		mvc.perform(post("/preschool-portal/children/" + elsa + "/absence").param("dayDay", Integer.toString(today.getDayOfMonth()))
				.param("dayMonth", Integer.toString(today.getMonthValue())).param("dayYear", Integer.toString(today.getYear()))
				.param("reason", "ill").with(parent()).with(csrf()));

		for (String language : List.of("sv", "en")) {
			String kiosk = mvc.perform(get("/preschool-portal/kiosk/" + PRESCHOOL).param("lang", language))
					.andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
			assertThat(kiosk).contains(marker).contains("Fiskgratäng")
					.doesNotContain(DemoPersonas.PRESCHOOL_CHILD.name()).doesNotContain("Elsa")
					.doesNotContain("/preschool-portal/pictures/").doesNotContain("Elsas teckning")
					.doesNotContain("<img").doesNotContain("logout").doesNotContain("/login");
			assertThat(IDENTITY_NUMBER.matcher(kiosk).find()).as("an identity number on the kiosk").isFalse();
		}
		mvc.perform(get("/preschool-portal/kiosk/no-such-preschool")).andExpect(status().isNotFound());
		mvc.perform(get("/preschool-portal/kiosk/art-ceramics")).andExpect(status().isNotFound());
	}

	@Test
	void aGuardianReportsAbsenceAndTheStaffSeeItToday() throws Exception {
		LocalDate today = preschools.today();
		mvc.perform(post("/preschool-portal/children/" + otherChild + "/absence").param("dayDay", "1").param("dayMonth", "1")
				.param("dayYear", "2030").param("reason", "ill").with(parent()).with(csrf())).andExpect(status().isForbidden());
		String wrong = mvc.perform(post("/preschool-portal/children/" + elsa + "/absence").param("dayDay", "31").param("dayMonth", "2")
						.param("dayYear", "2027").param("reason", "").with(parent()).with(csrf()))
				.andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
		assertThat(wrong).contains("govuk-error-summary").contains("value=\"31\"").contains("value=\"2027\"");
		mvc.perform(post("/preschool-portal/children/" + elsa + "/absence").param("dayDay", Integer.toString(today.getDayOfMonth()))
						.param("dayMonth", Integer.toString(today.getMonthValue())).param("dayYear", Integer.toString(today.getYear()))
						.param("reason", "ill").with(parent()).with(csrf()))
				.andExpect(status().is3xxRedirection());
		assertThat(jdbc.sql("SELECT count(*) FROM records_absence WHERE child = :c AND day = :d").param("c", CHILD.value())
				.param("d", today).query(Integer.class).single()).isEqualTo(1);
		String staffPage = mvc.perform(get("/staff/preschools/" + PRESCHOOL).with(SignedInAs.staff("teacher-" + UUID.randomUUID(),
						new ScopedRole(Preschools.PRESCHOOL_STAFF, "unit:" + PRESCHOOL))))
				.andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
		String absences = staffPage.substring(staffPage.indexOf("id=\"absences-today\""));
		assertThat(absences.substring(0, absences.indexOf("</ul>"))).contains(DemoPersonas.PRESCHOOL_CHILD.name());
	}

	@Test
	void aGuardianBooksAnOpenTalkTimeOnceAndNoOneElseGetsIt() throws Exception {
		Instant at = Instant.now().plus(400 + ThreadLocalRandom.current().nextInt(3000), ChronoUnit.DAYS)
				.truncatedTo(ChronoUnit.MINUTES);
		UUID slot = talks.openTalkTime(teacher, PRESCHOOL, at, 30);
		mvc.perform(post("/preschool-portal/children/" + elsa + "/talk").param("slot", slot.toString()).with(parent()).with(csrf()))
				.andExpect(status().is3xxRedirection());
		String again = mvc.perform(post("/preschool-portal/children/" + elsa + "/talk").param("slot", slot.toString())
						.with(coParent()).with(csrf()))
				.andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
		assertThat(again).contains("govuk-error-summary");
		assertThat(jdbc.sql("SELECT booked_by FROM records_talk_slot WHERE id = :id").param("id", slot).query(String.class).single())
				.isEqualTo(PARENT.value());
		String none = mvc.perform(post("/preschool-portal/children/" + elsa + "/talk").with(parent()).with(csrf()))
				.andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
		assertThat(none).contains("govuk-error-summary");
	}

	@Test
	void staffOpenATalkTimeThroughTheirPageAndABadTimeIsSaidWithWhatWasTyped() throws Exception {
		RequestPostProcessor staff = SignedInAs.staff("teacher-" + UUID.randomUUID(),
				new ScopedRole(Preschools.PRESCHOOL_STAFF, "unit:" + PRESCHOOL));
		LocalDate day = preschools.today().plusDays(400 + ThreadLocalRandom.current().nextInt(3000));
		String minute = String.format("%02d", ThreadLocalRandom.current().nextInt(60));
		mvc.perform(post("/staff/preschools/" + PRESCHOOL + "/talk-times").param("talkDay", Integer.toString(day.getDayOfMonth()))
						.param("talkMonth", Integer.toString(day.getMonthValue())).param("talkYear", Integer.toString(day.getYear()))
						.param("talk-time", "14:" + minute).with(staff).with(csrf()))
				.andExpect(status().is3xxRedirection());
		assertThat(talks.talkTimes(PRESCHOOL)).anySatisfy(t -> assertThat(t.startsAt())
				.isEqualTo(day.atTime(14, Integer.parseInt(minute)).atZone(CareDiaries.ZONE).toInstant()));
		String refused = mvc.perform(post("/staff/preschools/" + PRESCHOOL + "/talk-times").param("talkDay", "31")
						.param("talkMonth", "2").param("talkYear", "2030").param("talk-time", "25:99").with(staff).with(csrf()))
				.andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
		assertThat(refused).contains("govuk-error-summary").contains("value=\"25:99\"").contains("value=\"31\"");
	}

	@Test
	void thePreSchoolWritesToTheGuardiansWhoAnswerAndNoOneElseSeesTheConversation() throws Exception {
		RequestPostProcessor staff = SignedInAs.staff("teacher-" + UUID.randomUUID(),
				new ScopedRole(Preschools.PRESCHOOL_STAFF, "unit:" + PRESCHOOL));
		String question = "Kan Elsa vara med på utflykten? " + UUID.randomUUID();
		String answer = "Ja, hon tar med regnkläder. " + UUID.randomUUID();
		mvc.perform(post("/staff/preschool-children/" + elsa + "/messages").param("message", question).with(staff).with(csrf()))
				.andExpect(status().is3xxRedirection());
		mvc.perform(post("/preschool-portal/children/" + elsa + "/messages").param("message", answer).with(parent()).with(csrf()))
				.andExpect(status().is3xxRedirection());

		String coParents = mvc.perform(get("/preschool-portal/children/" + elsa + "/messages").with(coParent()))
				.andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
		assertThat(coParents).contains(question).contains(answer);
		assertThat(coParents.indexOf(question)).isLessThan(coParents.indexOf(answer));
		String staffs = mvc.perform(get("/staff/preschool-children/" + elsa + "/messages").with(staff))
				.andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
		assertThat(staffs).contains(answer);

		mvc.perform(get("/preschool-portal/children/" + elsa + "/messages").with(relative())).andExpect(status().isForbidden());
		mvc.perform(get("/preschool-portal/children/" + otherChild + "/messages").with(parent())).andExpect(status().isForbidden());
		mvc.perform(post("/preschool-portal/children/" + otherChild + "/messages").param("message", "Hej").with(parent()).with(csrf()))
				.andExpect(status().isForbidden());
		mvc.perform(get("/staff/preschool-children/" + elsa + "/messages").with(SignedInAs.staff("teacher-elsewhere",
				new ScopedRole(Preschools.PRESCHOOL_STAFF, "unit:preschool-hamnen")))).andExpect(status().isForbidden());

		String empty = mvc.perform(post("/preschool-portal/children/" + elsa + "/messages").param("message", "   ")
						.with(parent()).with(csrf()))
				.andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
		assertThat(empty).contains("govuk-error-summary");
		String tooLong = "x".repeat(PreschoolMessages.MAX_LENGTH + 1);
		assertThat(mvc.perform(post("/preschool-portal/children/" + elsa + "/messages").param("message", tooLong)
						.with(parent()).with(csrf()))
				.andExpect(status().isOk()).andReturn().getResponse().getContentAsString()).contains(tooLong);
	}

	@Test
	void aGuardianSeesTheChargesForTheChildsPlaceAndNoOtherChilds() throws Exception {
		String month = "Förskoleavgift " + UUID.randomUUID();
		String othersMonth = "Förskoleavgift " + UUID.randomUUID();
		fees.incur(new Party.Person(PARENT, DemoPersonas.PARENT.name()), "preschool-child-" + elsa,
				new org.cityhall.shared.LocalizedText(month, month), org.cityhall.shared.Money.sek("1688.00"), java.math.BigDecimal.ZERO);
		fees.incur(new Party.Person(PARENT, DemoPersonas.PARENT.name()), "preschool-child-" + otherChild,
				new org.cityhall.shared.LocalizedText(othersMonth, othersMonth), org.cityhall.shared.Money.sek("1688.00"),
				java.math.BigDecimal.ZERO);
		String page = mvc.perform(get("/preschool-portal/children/" + elsa).with(coParent())).andExpect(status().isOk())
				.andReturn().getResponse().getContentAsString();
		String charges = page.substring(page.indexOf("id=\"charges\""), page.indexOf("</table>", page.indexOf("id=\"charges\"")));
		assertThat(charges).contains(month).contains("1\u00a0688,00\u00a0kr").doesNotContain(othersMonth);
	}

	@Test
	void aGuardianAppliesToEndThePlaceAndABadDayIsSaidWithWhatWasTyped() throws Exception {
		String wrong = mvc.perform(post("/preschool-portal/children/" + elsa + "/withdrawal").param("lastDayDay", "30")
						.param("lastDayMonth", "2").param("lastDayYear", "2027").with(parent()).with(csrf()))
				.andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
		assertThat(wrong).contains("govuk-error-summary").contains("value=\"30\"");
		LocalDate last = preschools.today().plusDays(30 + ThreadLocalRandom.current().nextInt(300));
		mvc.perform(post("/preschool-portal/children/" + elsa + "/withdrawal").param("lastDayDay", Integer.toString(last.getDayOfMonth()))
						.param("lastDayMonth", Integer.toString(last.getMonthValue())).param("lastDayYear", Integer.toString(last.getYear()))
						.with(parent()).with(csrf()))
				.andExpect(status().is3xxRedirection());
		assertThat(jdbc.sql("SELECT last_day FROM records_withdrawal WHERE child = :c").param("c", CHILD.value())
				.query(LocalDate.class).single()).isEqualTo(last);
		mvc.perform(post("/preschool-portal/children/" + otherChild + "/withdrawal").param("lastDayDay", "1")
				.param("lastDayMonth", "1").param("lastDayYear", "2027").with(parent()).with(csrf())).andExpect(status().isForbidden());
	}

	private static RequestPostProcessor parent() {
		return SignedInAs.resident(PARENT, DemoPersonas.PARENT.name());
	}

	private static RequestPostProcessor coParent() {
		return SignedInAs.resident(PersonalIdentityNumber.parse(DemoPersonas.CO_PARENT.id()), DemoPersonas.CO_PARENT.name());
	}

	private static RequestPostProcessor relative() {
		return SignedInAs.resident(PersonalIdentityNumber.parse(DemoPersonas.RELATIVE.id()), DemoPersonas.RELATIVE.name());
	}

	/** A small PNG, different every time, as a child's drawing. */
	static byte[] png() throws Exception {
		BufferedImage image = new BufferedImage(4, 4, BufferedImage.TYPE_INT_RGB);
		image.setRGB(1, 1, ThreadLocalRandom.current().nextInt(0xFFFFFF));
		image.setRGB(2, 2, ThreadLocalRandom.current().nextInt(0xFFFFFF));
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		ImageIO.write(image, "png", out);
		return out.toByteArray();
	}
}
