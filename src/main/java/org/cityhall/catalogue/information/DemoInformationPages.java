package org.cityhall.catalogue.information;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import org.cityhall.shared.LocalizedText;
import org.cityhall.shared.Party;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.core.io.ClassPathResource;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Component;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;

/**
 * In demo mode, the demo city's information pages (building permits, detailed development plans,
 * respite care, radon, the pre-school queue) are written by their department's demo editor and
 * approved by its demo publisher, once: a page already there is left as it is, so what was changed
 * in the demo survives a restart.
 */
@Component
@ConditionalOnBooleanProperty("cityhall.demo")
class DemoInformationPages implements ApplicationRunner {

	static final String FILE = "catalogue/demo/information-pages.yml";

	private final Pages pages;
	private final Clock clock;

	DemoInformationPages(Pages pages, Clock clock) {
		this.pages = pages;
		this.clock = clock;
	}

	@Override
	public void run(ApplicationArguments args) {
		for (Map<String, Object> entry : entries()) {
			String slug = (String) entry.get("slug");
			if (pages.existsBySlug(slug)) {
				continue;
			}
			String department = (String) entry.get("department");
			Party.Staff editor = new Party.Staff("content-editor-" + department, "Redaktör");
			Party.Staff publisher = new Party.Staff("content-publisher-" + department, "Publicerande redaktör");
			Instant now = clock.instant();
			InformationPage page = InformationPage.start(slug, department, content(entry), editor, now);
			page.submitForReview(editor, now);
			page.approve(publisher, now);
			try {
				pages.save(page);
			}
			catch (DuplicateKeyException anotherNode) {
				// Another node starting at the same moment wrote it first.
			}
		}
	}

	@SuppressWarnings("unchecked")
	static List<Map<String, Object>> entries() {
		try (InputStream in = new ClassPathResource(FILE).getInputStream()) {
			Map<String, Object> file = new Yaml(new SafeConstructor(new LoaderOptions())).load(in);
			return (List<Map<String, Object>>) file.get("pages");
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	@SuppressWarnings("unchecked")
	static PageContent content(Map<String, Object> entry) {
		return new PageContent(text(entry, "title"), text(entry, "summary"), text(entry, "body"),
				(List<String>) entry.get("eservices"), (List<String>) entry.get("life-situations"));
	}

	@SuppressWarnings("unchecked")
	private static LocalizedText text(Map<String, Object> entry, String key) {
		Map<String, String> both = (Map<String, String>) entry.get(key);
		return new LocalizedText(both.get("sv").strip(), both.get("en").strip());
	}
}
