package org.cityhall.search.index;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;

import org.cityhall.catalogue.Catalogue;
import org.cityhall.catalogue.EService;
import org.cityhall.catalogue.LifeSituation;
import org.cityhall.search.SearchSource;
import org.cityhall.search.Searchable;
import org.cityhall.shared.LocalizedText;
import org.springframework.stereotype.Component;

/** The catalogue's e-services and life situations, for everyone. */
@Component
class CatalogueSearchSource implements SearchSource {

	private final Catalogue catalogue;
	private final String version;

	CatalogueSearchSource(Catalogue catalogue) {
		this.catalogue = catalogue;
		this.version = versionOf(catalogue);
	}

	@Override
	public String name() {
		return "catalogue";
	}

	// The catalogue does not change while CityHall runs: its version is that of its definitions.
	@Override
	public String version() {
		return version;
	}

	@Override
	public List<Searchable> documents() {
		List<Searchable> documents = new ArrayList<>();
		for (EService eservice : catalogue.all(Locale.ROOT)) {
			documents.add(Searchable.publicDocument("eservice:" + eservice.id(), "eservice", eservice.title(), textOf(eservice),
					"/eservices/" + eservice.id(), Optional.of(eservice.department().id())));
		}
		for (LifeSituation situation : catalogue.lifeSituations()) {
			documents.add(Searchable.publicDocument("life-situation:" + situation.id(), "life-situation", situation.title(),
					situation.summary(), "/life-situations/" + situation.id(), Optional.empty()));
		}
		return documents;
	}

	/** What is searched of an e-service: its summary first (the passage shown when nothing better matches), then the rest. */
	private static LocalizedText textOf(EService e) {
		return new LocalizedText(
				join(e.summary().sv(), e.description().sv(), e.whoCanUse().sv(), String.join(", ", e.keywords().sv()),
						e.department().name().sv(), e.lifeSituations().stream().map(s -> s.title().sv()).collect(Collectors.joining(", "))),
				join(e.summary().en(), e.description().en(), e.whoCanUse().en(), String.join(", ", e.keywords().en()),
						e.department().name().en(), e.lifeSituations().stream().map(s -> s.title().en()).collect(Collectors.joining(", "))));
	}

	private static String join(String... parts) {
		StringBuilder text = new StringBuilder();
		for (String part : parts) {
			if (part != null && !part.isBlank()) {
				String trimmed = part.strip();
				text.append(trimmed);
				// Each part its own passage, so the highlighter never runs two of them together.
				if (!trimmed.endsWith(".")) {
					text.append('.');
				}
				text.append('\n');
			}
		}
		return text.toString();
	}

	private static String versionOf(Catalogue catalogue) {
		try {
			MessageDigest digest = MessageDigest.getInstance("SHA-256");
			catalogue.all(Locale.ROOT).forEach(e -> digest.update((e.id() + '@' + e.version() + '\n').getBytes(StandardCharsets.UTF_8)));
			catalogue.lifeSituations().forEach(s -> digest.update((s.id() + '|' + s.title().sv() + '|' + s.title().en() + '|'
					+ s.summary().sv() + '|' + s.summary().en() + '\n').getBytes(StandardCharsets.UTF_8)));
			return HexFormat.of().formatHex(digest.digest(), 0, 8);
		}
		catch (NoSuchAlgorithmException impossible) {
			throw new IllegalStateException(impossible);
		}
	}
}
