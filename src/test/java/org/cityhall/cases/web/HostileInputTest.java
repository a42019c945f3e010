package org.cityhall.cases.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import org.cityhall.catalogue.Catalogue;
import org.cityhall.catalogue.EService;
import org.cityhall.forms.Field;
import org.cityhall.forms.FieldType;
import org.cityhall.forms.Step;
import org.cityhall.identity.demo.DemoPersonas;
import org.cityhall.shared.MalformedInputCorpus;
import org.cityhall.testing.CityHallWebTest;
import org.cityhall.testing.SignedInAs;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * Hostile input against every field of every step of every live e-service's form: each gets a clear
 * answer (the step again, with messages, or the next step), never a server error, and what was typed
 * comes back escaped.
 */
@CityHallWebTest
class HostileInputTest {

	private static final RequestPostProcessor SARA = SignedInAs.resident(DemoPersonas.PARENT.number().orElseThrow(),
			"Sara Lindqvist");
	private static final String MEGABYTE = "Å".repeat(1024 * 1024);

	@Autowired
	MockMvc mvc;

	@Autowired
	Catalogue catalogue;

	private List<EService> liveForms() {
		List<EService> live = catalogue.all(Locale.forLanguageTag("sv")).stream()
				.filter(e -> e.isLive() && e.form().isPresent()).toList();
		assertThat(live).as("the live e-services with forms").hasSizeGreaterThanOrEqualTo(9);
		return live;
	}

	private UUID start(EService eservice) throws Exception {
		String location = mvc.perform(post("/eservices/" + eservice.id() + "/apply").with(SARA).with(csrf()))
				.andReturn().getResponse().getRedirectedUrl();
		assertThat(location).as("a draft of %s starts", eservice.id()).startsWith("/applications/");
		return UUID.fromString(location.split("/")[2]);
	}

	/**
	 * The whole corpus goes to the first field of each type; every other field gets a sample of it that
	 * covers each kind of attack, so the test stays quick while every field of every form is attacked.
	 */
	@Test
	void everyFieldOfEveryFormTakesTheCorpusWithoutAServerError() throws Exception {
		List<String> corpus = MalformedInputCorpus.hostileText();
		List<String> sample = List.of("<script>alert(1)</script>", "\"><img src=x onerror=alert(1)>",
				"'; DROP TABLE cases_case;--", "Tallen\u00004:12", "\u202Eevil", "\uD800", "\u0661\u0662", "${7*7}");
		java.util.Set<FieldType> attackedInFull = java.util.EnumSet.noneOf(FieldType.class);
		int requests = 0;
		for (EService eservice : liveForms()) {
			UUID draft = start(eservice);
			for (Step step : eservice.form().get().steps()) {
				String path = "/applications/" + draft + "/" + step.id();
				for (Field field : step.fields()) {
					List<String> attacks = attackedInFull.add(field.type()) ? corpus : sample;
					for (String name : names(field)) {
						for (String hostile : attacks) {
							expectClearAnswer(post(path).with(SARA).with(csrf()).param(name, hostile), eservice, name, hostile);
							requests++;
						}
					}
				}
			}
		}
		assertThat(attackedInFull).as("field types attacked with the whole corpus").hasSizeGreaterThan(10);
		assertThat(requests).isGreaterThan(500);
	}

	@Test
	void aMegabyteInEveryFieldAtOnceIsRefusedWithMessages() throws Exception {
		java.util.Set<FieldType> covered = java.util.EnumSet.noneOf(FieldType.class);
		for (EService eservice : liveForms()) {
			UUID draft = start(eservice);
			for (Step step : eservice.form().get().steps()) {
				// Each field type once is enough: a megabyte per field costs time, not coverage.
				if (!step.fields().stream().map(Field::type).anyMatch(covered::add)) {
					continue;
				}
				MockHttpServletRequestBuilder request = post("/applications/" + draft + "/" + step.id()).with(SARA).with(csrf());
				for (String name : names(step)) {
					request.param(name, MEGABYTE);
				}
				expectClearAnswer(request, eservice, step.id(), "1 MB");
			}
		}
	}

	@Test
	void bytesThatAreNotUtf8GetAClearAnswer() throws Exception {
		EService eservice = liveForms().get(0);
		UUID draft = start(eservice);
		Step step = eservice.form().get().steps().get(0);
		String name = names(step).get(0);

		expectClearAnswer(post("/applications/" + draft + "/" + step.id()).with(SARA).with(csrf())
				.contentType(MediaType.APPLICATION_FORM_URLENCODED)
				.content((name + "=%C3%28%FF%FE%ED%A0%80").getBytes(StandardCharsets.ISO_8859_1)), eservice, name, "bad UTF-8");
	}

	@Test
	void filesThatLieAboutTheirTypeAndAZipBombAreRefusedAtTheField() throws Exception {
		for (EService eservice : liveForms()) {
			for (Step step : eservice.form().get().steps()) {
				for (Field field : step.fields()) {
					if (field.type() != FieldType.FILE) {
						continue;
					}
					UUID draft = start(eservice);
					String path = "/applications/" + draft + "/" + step.id();
					for (MockMultipartFile liar : List.of(
							new MockMultipartFile(field.id(), "plan.pdf", "application/pdf", "<html><script>alert(1)</script>".getBytes()),
							new MockMultipartFile(field.id(), "plan.png", "image/png", "MZ\u0090\u0000 this is a program".getBytes()),
							new MockMultipartFile(field.id(), "plan.jpg", "image/jpeg", zipBomb()),
							new MockMultipartFile(field.id(), "plan.docx", "application/vnd.openxmlformats-officedocument.wordprocessingml.document", zipBomb()))) {
						MockHttpServletResponse response = mvc.perform(multipart(path).file(liar).with(SARA).with(csrf()))
								.andReturn().getResponse();
						assertThat(response.getStatus()).as("%s %s %s", eservice.id(), field.id(), liar.getOriginalFilename())
								.isEqualTo(200);
						assertThat(response.getContentAsString()).contains("govuk-error-summary").contains("#" + field.id());
					}
				}
			}
		}
	}

	private void expectClearAnswer(MockHttpServletRequestBuilder request, EService eservice, String name, String hostile)
			throws Exception {
		MockHttpServletResponse response = mvc.perform(request).andReturn().getResponse();
		String what = eservice.id() + " " + name + " <- " + (hostile.length() > 40 ? hostile.substring(0, 40) : hostile);
		assertThat(response.getStatus()).as(what).isIn(200, 302);
		if (response.getStatus() == 200) {
			String page = response.getContentAsString();
			assertThat(page).as(what).doesNotContain("<script>alert(1)").doesNotContain("<img src=x onerror");
		}
	}

	/** The parameter names of a step's fields: a date's parts, and the first item of a repeating group. */
	private static List<String> names(Step step) {
		List<String> names = new ArrayList<>();
		for (Field field : step.fields()) {
			add(field, "", names);
		}
		return names;
	}

	private static List<String> names(Field field) {
		List<String> names = new ArrayList<>();
		add(field, "", names);
		return names;
	}

	private static void add(Field field, String prefix, List<String> names) {
		if (field.type() == FieldType.DATE) {
			names.add(prefix + field.id() + "Day");
			names.add(prefix + field.id() + "Month");
			names.add(prefix + field.id() + "Year");
		}
		else if (field.type() == FieldType.REPEATING_GROUP) {
			for (Field child : field.children()) {
				add(child, prefix + field.id() + "[0].", names);
			}
		}
		else if (field.type().hasAnswer()) {
			names.add(prefix + field.id());
		}
	}

	/** A zip whose one entry unpacks to 200 MB of zeros, shaped like a Word document. */
	private static byte[] zipBomb() throws Exception {
		ByteArrayOutputStream bytes = new ByteArrayOutputStream();
		try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
			zip.putNextEntry(new ZipEntry("[Content_Types].xml"));
			zip.write("<?xml version=\"1.0\"?><Types/>".getBytes(StandardCharsets.UTF_8));
			zip.closeEntry();
			zip.putNextEntry(new ZipEntry("word/document.xml"));
			byte[] zeros = new byte[1024 * 1024];
			for (int i = 0; i < 200; i++) {
				zip.write(zeros);
			}
			zip.closeEntry();
		}
		return bytes.toByteArray();
	}
}
