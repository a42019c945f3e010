package org.cityhall.catalogue.information;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import org.cityhall.catalogue.Catalogue;
import org.cityhall.catalogue.InformationPages;
import org.cityhall.catalogue.PublishedInformationPage;
import org.cityhall.testing.CityHallWebTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The demo city starts with its departments' information pages published, each linked to what it explains. */
@CityHallWebTest
class DemoInformationPagesTest {

	@Autowired
	InformationPages pages;

	@Autowired
	Catalogue catalogue;

	@Test
	void everyDemoPageIsPublishedAndLinksOnlyToWhatTheCatalogueHas() {
		assertThat(DemoInformationPages.entries()).extracting(entry -> entry.get("slug"))
				.contains("bygglov", "detaljplan", "avlosning-och-vaxelvard", "radonmatning", "forskolekon");
		for (Map<String, Object> entry : DemoInformationPages.entries()) {
			PublishedInformationPage page = pages.findPublished((String) entry.get("slug")).orElseThrow();
			assertThat(catalogue.departments()).anyMatch(department -> department.id().equals(page.department()));
			assertThat(page.eservices()).isNotEmpty().allMatch(id -> catalogue.find(id).isPresent());
			assertThat(page.lifeSituations()).isNotEmpty().allMatch(id -> catalogue.lifeSituation(id).isPresent());
			assertThat(page.eservices()).allMatch(id -> pages.aboutEService(id).contains(page));
		}
	}

	@Test
	void theDemoPagesLinkOnlyToPagesOfTheCity() {
		InformationMarkdown markdown = new InformationMarkdown();
		for (Map<String, Object> entry : DemoInformationPages.entries()) {
			PageContent content = DemoInformationPages.content(entry);
			for (String html : new String[] {markdown.toHtml(content.body().sv()), markdown.toHtml(content.body().en())}) {
				assertThat(html).as("links of %s", entry.get("slug"))
						.doesNotContainPattern("href=\"(?!/eservices/|/information/)")
						.contains("<h2 ");
			}
		}
	}
}
