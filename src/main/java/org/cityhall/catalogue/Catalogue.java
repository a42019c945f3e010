package org.cityhall.catalogue;

import java.text.Collator;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

import java.util.Set;

import org.cityhall.catalogue.definition.CatalogueDefinitions;
import org.cityhall.forms.Option;
import org.cityhall.forms.OptionSource;
import org.cityhall.shared.LocalizedText;
import org.springframework.beans.factory.ObjectProvider;

/**
 * The city's e-services, their departments and life situations, as read from the definition files
 * when CityHall starts. Immutable while it runs, but for the options of choice fields that name an
 * {@link OptionSource}: {@link #find} fills those in from the source each time, so a pre-school or a course
 * an administrator adds can be chosen at once.
 */
public class Catalogue {

	/** The longest filter text accepted; a longer one is refused with a message, never cut silently. */
	public static final int MAX_QUERY_LENGTH = 200;

	private final List<Department> departments;
	private final List<LifeSituation> lifeSituations;
	private final Map<String, EService> eservicesById;
	private final Map<String, Indexed> index;
	private final int paybackRequirementYears;
	private final ObjectProvider<OptionSource> optionSources;

	Catalogue(CatalogueDefinitions.Loaded loaded, int paybackRequirementYears, ObjectProvider<OptionSource> optionSources) {
		this.optionSources = optionSources;
		this.departments = loaded.departments();
		this.lifeSituations = loaded.lifeSituations();
		this.eservicesById = new LinkedHashMap<>();
		this.index = new LinkedHashMap<>();
		for (EService eservice : loaded.eservices()) {
			eservicesById.put(eservice.id(), eservice);
			index.put(eservice.id(), Indexed.of(eservice));
		}
		this.paybackRequirementYears = paybackRequirementYears;
	}

	/** Every e-service, ordered by title in the given language. */
	public List<EService> all(Locale locale) {
		return eservicesById.values().stream().sorted(byTitle(locale)).toList();
	}

	/** The e-service, with the options of its choice fields that name a source as the source gives them now. */
	public Optional<EService> find(String id) {
		EService found = id == null ? null : eservicesById.get(id);
		if (found == null || found.form().isEmpty() || found.form().get().optionSources().isEmpty()) {
			return Optional.ofNullable(found);
		}
		return Optional.of(found.withForm(found.form().get().withOptionsFrom(this::options)));
	}

	/**
	 * The e-service's title, for lists that show only that: unlike {@link #find}, it leaves the form's
	 * option sources unasked.
	 */
	public Optional<LocalizedText> titleOf(String id) {
		EService found = id == null ? null : eservicesById.get(id);
		return found == null ? Optional.empty() : Optional.of(found.title());
	}

	private List<Option> options(OptionSource.Reference reference) {
		return optionSources.orderedStream().filter(source -> source.name().equals(reference.name())).findFirst()
				.orElseThrow(() -> new IllegalStateException("no module gives the option source '" + reference.name() + "'"))
				.options(reference.argument());
	}

	/** Stops the start if a definition names an option source no module gives. */
	void checkOptionSources() {
		Set<String> given = optionSources.orderedStream().map(OptionSource::name).collect(Collectors.toSet());
		for (EService eservice : eservicesById.values()) {
			eservice.form().ifPresent(form -> form.allFields().forEach(field -> field.optionsFrom().ifPresent(reference -> {
				if (!given.contains(reference.name())) {
					throw new IllegalStateException("eservices/" + eservice.id() + ".yml: field '" + field.id()
							+ "' takes its options from '" + reference + "', but no module gives an option source named '"
							+ reference.name() + "' (given: " + new java.util.TreeSet<>(given) + ")");
				}
			})));
		}
	}

	public List<LifeSituation> lifeSituations() {
		return lifeSituations;
	}

	public Optional<LifeSituation> lifeSituation(String id) {
		return lifeSituations.stream().filter(situation -> situation.id().equals(id)).findFirst();
	}

	public List<Department> departments() {
		return departments;
	}

	/** The e-services that help in a life situation, ordered by title. */
	public List<EService> in(LifeSituation situation, Locale locale) {
		return eservicesById.values().stream().filter(e -> e.belongsTo(situation.id())).sorted(byTitle(locale)).toList();
	}

	/** How many e-services each life situation has. */
	public Map<String, Long> countsByLifeSituation() {
		return lifeSituations.stream().collect(Collectors.toMap(LifeSituation::id,
				situation -> eservicesById.values().stream().filter(e -> e.belongsTo(situation.id())).count(),
				(a, b) -> a, LinkedHashMap::new));
	}

	/**
	 * The e-services whose texts, in either language, contain every word of the query, accents and
	 * case aside; those matching in the title first. A blank query gives them all.
	 * @throws IllegalArgumentException when the query is longer than {@link #MAX_QUERY_LENGTH}
	 */
	public List<EService> filter(String query, Locale locale) {
		if (query != null && query.length() > MAX_QUERY_LENGTH) {
			throw new IllegalArgumentException("a filter text may be at most " + MAX_QUERY_LENGTH + " characters");
		}
		List<String> words = query == null ? List.of() : SearchText.words(query);
		if (words.isEmpty()) {
			return all(locale);
		}
		return index.values().stream()
				.filter(indexed -> indexed.matchesAll(words))
				.sorted(Comparator.comparingInt((Indexed indexed) -> -indexed.titleMatches(words))
						.thenComparing(indexed -> indexed.eservice(), byTitle(locale)))
				.map(Indexed::eservice)
				.toList();
	}

	/** The programme's requirement: an e-service must pay for itself within this many years. */
	public int paybackRequirementYears() {
		return paybackRequirementYears;
	}

	public boolean meetsPaybackRequirement(EService eservice) {
		return eservice.benefit().paysBackWithin(paybackRequirementYears);
	}

	private static Comparator<EService> byTitle(Locale locale) {
		Collator collator = Collator.getInstance(locale);
		return Comparator.comparing(e -> e.title().in(locale), collator);
	}

	/** An e-service with its texts folded once, so filtering reads no more than it must. */
	private record Indexed(EService eservice, String titles, String everything) {

		static Indexed of(EService e) {
			String titles = SearchText.fold(e.title().sv() + " " + e.title().en());
			StringBuilder all = new StringBuilder(titles);
			for (LocalizedText text : List.of(e.summary(), e.description(), e.department().name(), e.whoCanUse())) {
				all.append(' ').append(text.sv()).append(' ').append(text.en());
			}
			e.keywords().sv().forEach(word -> all.append(' ').append(word));
			e.keywords().en().forEach(word -> all.append(' ').append(word));
			e.lifeSituations().forEach(s -> all.append(' ').append(s.title().sv()).append(' ').append(s.title().en()));
			return new Indexed(e, titles, SearchText.fold(all.toString()));
		}

		boolean matchesAll(List<String> words) {
			return words.stream().allMatch(everything::contains);
		}

		int titleMatches(List<String> words) {
			return (int) words.stream().filter(titles::contains).count();
		}
	}
}
