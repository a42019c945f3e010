package org.cityhall.directory;

import java.util.List;
import java.util.Optional;

import org.cityhall.search.SearchSource;
import org.cityhall.search.Searchable;
import org.cityhall.shared.LocalizedText;
import org.springframework.stereotype.Component;

/** Every provider as a public document of the search portal, found by name, kind, district and what it offers. */
@Component
class ProviderSearchSource implements SearchSource {

	private static final LocalizedText CITY = new LocalizedText("Drivs av staden", "Run by the city");
	private static final LocalizedText PRIVATE = new LocalizedText("Fristående", "Independent");

	private final Directory directory;

	ProviderSearchSource(Directory directory) {
		this.directory = directory;
	}

	@Override
	public String name() {
		return "directory.providers";
	}

	@Override
	public String version() {
		return directory.version();
	}

	@Override
	public List<Searchable> documents() {
		return directory.find(Directory.Filter.ALL).stream().map(ProviderSearchSource::document).toList();
	}

	static Searchable document(Provider p) {
		LocalizedText kind = kind(p.kind());
		LocalizedText runBy = p.cityRun() ? CITY : PRIVATE;
		return Searchable.publicDocument("provider:" + p.id(), "provider", new LocalizedText(p.name(), p.name()),
				new LocalizedText(kind.sv() + ". " + runBy.sv() + ". " + p.district() + ". " + p.offers().sv(),
						kind.en() + ". " + runBy.en() + ". " + p.district() + ". " + p.offers().en()),
				"/directory/" + p.id(), Optional.of(department(p.kind())));
	}

	private static LocalizedText kind(ProviderKind kind) {
		return switch (kind) {
			case PRESCHOOL -> new LocalizedText("Förskola", "Pre-school");
			case SCHOOL -> new LocalizedText("Skola", "School");
			case CARE_HOME -> new LocalizedText("Vård- och omsorgsboende", "Elderly care home");
			case HOME_HELP -> new LocalizedText("Hemtjänst", "Home help");
		};
	}

	private static String department(ProviderKind kind) {
		return switch (kind) {
			case PRESCHOOL -> "district-administrations";
			case SCHOOL -> "education";
			case CARE_HOME, HOME_HELP -> "elderly-care";
		};
	}
}
