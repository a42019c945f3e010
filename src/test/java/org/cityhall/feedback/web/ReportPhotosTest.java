package org.cityhall.feedback.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.UUID;

import javax.imageio.ImageIO;

import org.cityhall.cases.CaseNumber;
import org.cityhall.cases.Cases;
import org.cityhall.cases.TestFiles;
import org.cityhall.documents.DocumentId;
import org.cityhall.documents.DocumentStore;
import org.cityhall.feedback.ReportPhoto;
import org.cityhall.feedback.ReportPhotos;
import org.cityhall.feedback.Reports;
import org.cityhall.feedback.TestPhotos;
import org.cityhall.identity.StaffRoles;
import org.cityhall.shared.ScopedRole;
import org.cityhall.testing.CityHallWebTest;
import org.cityhall.testing.SignedInAs;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockMultipartHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * Photos on reports: chosen on the report page, checked by content, stripped of their metadata, kept through a
 * mistake elsewhere on the form, seen by the reporter and the officers, and public only once approved.
 */
@CityHallWebTest
class ReportPhotosTest {

	private static final RequestPostProcessor TRAFFIC_OFFICER = SignedInAs.staff("officer-traffic",
			ScopedRole.inDepartment(StaffRoles.OFFICER, "traffic"));

	@Autowired
	MockMvc mvc;

	@Autowired
	Reports reports;

	@Autowired
	ReportPhotos photos;

	@Autowired
	DocumentStore store;

	@Autowired
	Cases cases;

	@Test
	void aPhotoIsKeptWithoutItsGpsPositionUprightAndGoesWithTheCase() throws Exception {
		byte[] fromPhone = TestPhotos.jpegWithGps(40, 20, 6);
		assertThat(TestPhotos.holdsGpsLatitude(fromPhone)).isTrue();
		String follow = send(report("street-light", "Lyktan vid porten är släckt").file(photo("lykta.jpg", "image/jpeg", fromPhone)));
		String reference = ReportsForTests.reference(mvc, follow);

		List<ReportPhoto> kept = photos.of(reference);
		assertThat(kept).singleElement().satisfies(p -> {
			assertThat(p.filename()).isEqualTo("lykta.jpg");
			assertThat(p.mediaType()).isEqualTo("image/jpeg");
			assertThat(p.approved()).isFalse();
		});
		byte[] stored = store.content(new DocumentId(kept.get(0).sha256())).orElseThrow();
		assertThat(TestPhotos.holdsGpsLatitude(stored)).isFalse();
		assertThat(TestPhotos.indexOf(stored, "Exif".getBytes(StandardCharsets.US_ASCII))).isNegative();
		assertThat(TestPhotos.indexOf(stored, new byte[] {(byte) 0xFF, (byte) 0xE1})).isNegative();
		BufferedImage decoded = ImageIO.read(new ByteArrayInputStream(stored));
		assertThat(decoded.getWidth()).as("turned upright as the camera was held").isEqualTo(20);
		assertThat(decoded.getHeight()).isEqualTo(40);

		assertThat(cases.documents(cases.find(CaseNumber.parse(reference).orElseThrow()).orElseThrow().id()))
				.anySatisfy(document -> assertThat(document.sha256()).isEqualTo(kept.get(0).sha256()));
	}

	@Test
	void aPhotoIsNotPublicUntilAnOfficerApprovesItAndThenOpen311GivesItsAddress() throws Exception {
		String follow = send(report("street-light", "Stolpen lutar").file(photo("stolpe.png", "image/png", TestPhotos.png(30, 30))));
		String reference = ReportsForTests.reference(mvc, follow);
		String sha = photos.of(reference).get(0).sha256();
		String publicPhoto = "/feedback/reports/" + reference + "/photos/" + sha;

		mvc.perform(get(follow).param("lang", "en")).andExpect(content().string(allOf(containsString("Photos"),
				containsString(follow + "/photos/" + sha))));
		mvc.perform(get(follow + "/photos/" + sha)).andExpect(status().isOk()).andExpect(header().string("Content-Type", "image/png"))
				.andExpect(header().string("X-Content-Type-Options", "nosniff"));
		mvc.perform(get("/feedback/reports/" + reference).param("lang", "en")).andExpect(content().string(not(containsString(sha))));
		mvc.perform(get(publicPhoto)).andExpect(status().isNotFound());
		mvc.perform(get("/open311/v2/requests/" + reference + ".json")).andExpect(jsonPath("$[0].media_url").doesNotExist());

		mvc.perform(get("/staff/reports/" + reference).param("lang", "en").with(TRAFFIC_OFFICER)).andExpect(status().isOk())
				.andExpect(content().string(allOf(containsString("stolpe.png"), containsString("Not shown to the public"),
						containsString("Approve for the public"), containsString("/staff/cases/" + reference))));
		mvc.perform(get("/staff/reports/" + reference + "/photos/" + sha).with(TRAFFIC_OFFICER)).andExpect(status().isOk());
		mvc.perform(get("/staff/reports/" + reference).with(SignedInAs.staff("officer-sports",
				ScopedRole.inDepartment(StaffRoles.OFFICER, "sports")))).andExpect(status().isNotFound());
		mvc.perform(post("/staff/reports/" + reference + "/photos/" + sha + "/approve").with(TRAFFIC_OFFICER).with(csrf()))
				.andExpect(status().is3xxRedirection());

		mvc.perform(get("/feedback/reports/" + reference).param("lang", "en")).andExpect(content().string(containsString(publicPhoto)));
		mvc.perform(get(publicPhoto)).andExpect(status().isOk()).andExpect(header().string("Content-Type", "image/png"));
		mvc.perform(get("/open311/v2/requests/" + reference + ".json"))
				.andExpect(jsonPath("$[0].media_url").value("http://localhost" + publicPhoto));
		mvc.perform(get("/open311/v2/requests/" + reference + ".xml"))
				.andExpect(content().string(containsString("<media_url>http://localhost" + publicPhoto + "</media_url>")));

		mvc.perform(post("/staff/reports/" + reference + "/photos/" + sha + "/hide").with(TRAFFIC_OFFICER).with(csrf()))
				.andExpect(status().is3xxRedirection());
		mvc.perform(get(publicPhoto)).andExpect(status().isNotFound());
		mvc.perform(get("/open311/v2/requests/" + reference + ".json")).andExpect(jsonPath("$[0].media_url").doesNotExist());
	}

	@Test
	void aFileThatIsNotAPhotoIsRefusedInBothLanguagesWithWhatWasTypedKept() throws Exception {
		byte[] pdf = TestFiles.pdf("Inte ett foto");
		mvc.perform(report("street-light", "Lampan blinkar").file(photo("lampa.jpg", "image/jpeg", pdf)).param("lang", "en"))
				.andExpect(status().isOk())
				.andExpect(content().string(allOf(containsString("govuk-error-summary"), containsString("href=\"#photos\""),
						containsString("The file lampa.jpg says it is a JPEG file but it is not"), containsString("Lampan blinkar"))));
		mvc.perform(report("street-light", "Lampan blinkar").file(photo("ritning.pdf", "application/pdf", pdf)).param("lang", "sv"))
				.andExpect(status().isOk())
				.andExpect(content().string(containsString("Filen ritning.pdf har en filtyp som inte tas emot här. Filen måste vara PNG eller JPEG.")));
		mvc.perform(report("street-light", "Lampan blinkar").file(photo("ritning.pdf", "application/pdf", pdf)).param("lang", "en"))
				.andExpect(content().string(containsString("The file ritning.pdf is of a type that is not accepted here. The file must be PNG or JPEG.")));
	}

	@Test
	void aPhotoLargerThanTheCapIsRefused() throws Exception {
		byte[] large = new byte[(int) ReportPhotos.LARGEST + 1];
		byte[] jpeg = TestPhotos.jpeg(10, 10);
		System.arraycopy(jpeg, 0, large, 0, jpeg.length);
		mvc.perform(report("street-light", "Lampan").file(photo("stor.jpg", "image/jpeg", large)).param("lang", "en"))
				.andExpect(status().isOk()).andExpect(content().string(containsString("The file stor.jpg is too large. It must be 10 MB or smaller.")));
		mvc.perform(report("street-light", "Lampan").file(photo("stor.jpg", "image/jpeg", large)).param("lang", "sv"))
				.andExpect(content().string(containsString("Filen stor.jpg är för stor")));
	}

	@Test
	void aChosenPhotoSurvivesAMistakeElsewhereWithoutBeingChosenAgain() throws Exception {
		String key = UUID.randomUUID().toString();
		String page = mvc.perform(report("street-light", "").param("key", key).param("lang", "en")
				.file(photo("lykta.jpg", "image/jpeg", TestPhotos.jpeg(16, 16)))).andExpect(status().isOk())
				.andExpect(content().string(allOf(containsString("Describe what you want to report"), containsString("Photos you have chosen"),
						containsString("lykta.jpg"))))
				.andReturn().getResponse().getContentAsString();
		String sha = page.replaceAll("(?s).*name=\"photo\" type=\"checkbox\" value=\"([0-9a-f]{64})\".*", "$1");
		assertThat(sha).hasSize(64);

		String follow = send(report("street-light", "Lyktan är släckt").param("key", key).param("photo", sha));
		assertThat(photos.of(ReportsForTests.reference(mvc, follow))).extracting(ReportPhoto::sha256).containsExactly(sha);
	}

	@Test
	void aPhotoCannotBeAttachedByAReferenceItsFormDidNotUpload() throws Exception {
		String other = UUID.randomUUID().toString();
		String sha = photos.stage(other, "annan.jpg", TestPhotos.jpeg(12, 12)).photo().orElseThrow().sha256();
		String follow = send(report("street-light", "Lyktan lyser dagtid").param("key", UUID.randomUUID().toString()).param("photo", sha));
		assertThat(photos.of(ReportsForTests.reference(mvc, follow))).isEmpty();
	}

	@Test
	void atMostThreePhotosAreTaken() throws Exception {
		MockMultipartHttpServletRequestBuilder four = report("street-light", "Fyra bilder").param("lang", "en");
		for (int i = 1; i <= 4; i++) {
			four.file(photo("bild" + i + ".jpg", "image/jpeg", TestPhotos.jpeg(8 + i, 8)));
		}
		mvc.perform(four).andExpect(status().isOk()).andExpect(content().string(allOf(
				containsString("You can add at most 3 photos to a report"), containsString("bild3.jpg"), not(containsString("bild4.jpg")))));
	}

	private MockMultipartHttpServletRequestBuilder report(String category, String description) {
		double[] at = ReportsForTests.somewhere();
		return (MockMultipartHttpServletRequestBuilder) multipart("/feedback/report").param("category", category).param("description", description)
				.param("latitude", Double.toString(at[0])).param("longitude", Double.toString(at[1])).param("confirmed", "yes").with(csrf());
	}

	private static MockMultipartFile photo(String name, String type, byte[] content) {
		return new MockMultipartFile("photos", name, type, content);
	}

	private String send(MockMultipartHttpServletRequestBuilder request) throws Exception {
		return mvc.perform(request).andExpect(status().is3xxRedirection()).andReturn().getResponse().getRedirectedUrl();
	}
}
