package org.cityhall.catalogue.definition;

import java.io.IOException;
import java.math.BigDecimal;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Pattern;

import org.cityhall.archive.RetentionClass;
import org.cityhall.catalogue.BenefitEstimate;
import org.cityhall.catalogue.Department;
import org.cityhall.catalogue.EService;
import org.cityhall.catalogue.EService.Audience;
import org.cityhall.catalogue.EService.Channel;
import org.cityhall.catalogue.EService.DefinitionValue;
import org.cityhall.catalogue.EService.Keywords;
import org.cityhall.catalogue.EService.Kind;
import org.cityhall.catalogue.EService.LoginLevel;
import org.cityhall.catalogue.EService.Status;
import org.cityhall.catalogue.Fee;
import org.cityhall.catalogue.LifeSituation;
import org.cityhall.definitions.DefinitionFile;
import org.cityhall.definitions.DefinitionNode;
import org.cityhall.definitions.InvalidDefinitionException;
import org.cityhall.forms.FormDefinition;
import org.cityhall.forms.FormDefinitions;
import org.cityhall.shared.LevelOfAssurance;
import org.cityhall.shared.LocalizedText;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.ResourcePatternResolver;

/**
 * Reads the catalogue from its files: the departments, the life situations and one definition per
 * e-service. Anything wrong stops the reading with an {@link InvalidDefinitionException} that names
 * the file, the line and the field. The format is documented in {@code docs/eservice-definition.md}.
 */
public final class CatalogueDefinitions {

	static final Set<String> ESERVICE_FIELDS = Set.of("id", "title", "summary", "description", "department",
			"lifeSituations", "audience", "login", "kind", "channels", "status", "handlingTime", "whoCanUse",
			"whatYouNeed", "keywords", "benefit", "assurance", "form", "handlingTargetDays", "fee", "caseNumberPrefix",
			"followUpOf", "retention");

	static final Set<String> FEE_FIELDS = Set.of("amount", "vatRate", "description");

	static final Set<String> BENEFIT_FIELDS = Set.of("yearlyCases", "expectedDigitalShare",
			"minutesSavedPerDigitalCase", "developmentCost", "runningCostPerYear", "hourlyStaffCost",
			"reportedDigitalShare");

	private static final Pattern PREFIX = Pattern.compile("[A-Z]{2,4}");
	private static final Pattern NOT_LETTERS = Pattern.compile("[^a-z]+");

	private CatalogueDefinitions() {
	}

	/** What the files hold, checked against each other. */
	public record Loaded(List<Department> departments, List<LifeSituation> lifeSituations, List<EService> eservices) {
	}

	public static Loaded load(ResourcePatternResolver resolver, String departmentsLocation, String lifeSituationsLocation,
			String definitionsLocation) {
		List<Department> departments = readDepartments(resolver.getResource(departmentsLocation));
		List<LifeSituation> lifeSituations = readLifeSituations(resolver.getResource(lifeSituationsLocation));
		Map<String, Department> departmentsById = index(departments, Department::id);
		Map<String, LifeSituation> situationsById = index(lifeSituations, LifeSituation::id);

		Resource[] files;
		try {
			files = resolver.getResources(definitionsLocation);
		}
		catch (IOException ex) {
			throw new IllegalStateException("Could not list the e-service definitions at " + definitionsLocation, ex);
		}
		Arrays.sort(files, Comparator.comparing(DefinitionFile::nameOf));
		Map<String, Definition> byId = new LinkedHashMap<>();
		Map<String, Definition> byPrefix = new HashMap<>();
		for (Resource file : files) {
			Definition definition = readDefinition(file, departmentsById, situationsById);
			EService eservice = definition.eservice();
			Definition earlier = byId.putIfAbsent(eservice.id(), definition);
			if (earlier != null) {
				throw new InvalidDefinitionException(definition.file(), 1, "id",
						"'" + eservice.id() + "' is already the id of " + earlier.file());
			}
			Definition samePrefix = byPrefix.putIfAbsent(eservice.caseNumberPrefix(), definition);
			if (samePrefix != null) {
				throw definition.prefixClash(samePrefix);
			}
		}
		byId.values().forEach(definition -> definition.checkFollowUp(byId));
		return new Loaded(departments, lifeSituations, byId.values().stream().map(Definition::eservice).toList());
	}

	static Definition readDefinition(Resource file, Map<String, Department> departments, Map<String, LifeSituation> situations) {
		String fileName = DefinitionFile.nameOf(file);
		DefinitionNode root = DefinitionFile.read(file);
		String version = version(file, fileName);
		DefinitionNode.Fields fields = root.fields(ESERVICE_FIELDS);

		DefinitionNode idNode = fields.required("id");
		String id = idNode.identifier();
		String expectedFileName = id + ".yml";
		if (!expectedFileName.equals(file.getFilename())) {
			throw idNode.invalid("must match the file name: a file for '" + id + "' is named " + expectedFileName);
		}

		DefinitionNode departmentNode = fields.required("department");
		Department department = Optional.ofNullable(departments.get(departmentNode.identifier()))
				.orElseThrow(() -> departmentNode.invalid("is not a department of the city; known are "
						+ String.join(", ", departments.keySet())));

		List<LifeSituation> lifeSituations = new ArrayList<>();
		for (DefinitionNode situationNode : fields.required("lifeSituations").list(false)) {
			LifeSituation situation = situations.get(situationNode.identifier());
			if (situation == null) {
				throw situationNode.invalid("is not a life situation; known are " + String.join(", ", situations.keySet()));
			}
			lifeSituations.add(situation);
		}

		LoginLevel login = fields.required("login").oneOf(LoginLevel.class, DefinitionValue::definitionName);
		Kind kind = fields.required("kind").oneOf(Kind.class, DefinitionValue::definitionName);
		Optional<FormDefinition> form = fields.optional("form").map(node -> form(fileName, node, login));
		OptionalInt handlingTarget = fields.optional("handlingTargetDays")
				.map(node -> OptionalInt.of(node.wholeNumber(1)))
				.orElse(OptionalInt.empty());
		if (handlingTarget.isEmpty() && kind == Kind.APPLICATION && form.isPresent()) {
			throw new InvalidDefinitionException(fileName, root.line(), "handlingTargetDays",
					"is required for an application with a form: within how many days a case should be decided");
		}
		Optional<DefinitionNode> prefixNode = fields.optional("caseNumberPrefix");
		String prefix = prefixNode.map(CatalogueDefinitions::caseNumberPrefix)
				.orElseGet(() -> derivedCaseNumberPrefix(id).orElseThrow(() -> new InvalidDefinitionException(fileName,
						idNode.line(), "caseNumberPrefix", "is required when the id has fewer than two letters to derive it from")));
		Optional<DefinitionNode> followUpNode = fields.optional("followUpOf");

		EService eservice = new EService(id,
				fields.required("title").localized(),
				fields.required("summary").localized(),
				fields.required("description").localized(),
				department,
				lifeSituations,
				values(fields.required("audience"), Audience.class),
				login,
				kind,
				values(fields.required("channels"), Channel.class),
				fields.required("status").oneOf(Status.class, DefinitionValue::definitionName),
				fields.required("handlingTime").localized(),
				fields.required("whoCanUse").localized(),
				fields.optional("whatYouNeed").map(CatalogueDefinitions::texts).orElse(List.of()),
				fields.optional("keywords").map(CatalogueDefinitions::keywords).orElse(Keywords.NONE),
				benefit(fields.required("benefit")),
				fields.optional("assurance").map(CatalogueDefinitions::assurance).orElse(LevelOfAssurance.LOA3),
				form,
				handlingTarget,
				fields.optional("fee").map(CatalogueDefinitions::fee),
				prefix,
				followUpNode.map(DefinitionNode::identifier),
				fields.optional("retention").map(CatalogueDefinitions::retention).orElse(RetentionClass.KEEP),
				version);
		return new Definition(eservice, fileName, idNode, prefixNode, followUpNode);
	}

	/** {@code keep}, or {@code dispose-<years>y}: how long the e-archive keeps the records of its matters. */
	static RetentionClass retention(DefinitionNode node) {
		try {
			return RetentionClass.of(node.text());
		}
		catch (IllegalArgumentException ex) {
			throw node.invalid(ex.getMessage());
		}
	}

	/** Two to four upper-case letters A-Z, such as {@code HPL}. */
	static String caseNumberPrefix(DefinitionNode node) {
		String value = node.text();
		if (!PREFIX.matcher(value).matches()) {
			throw node.invalid("must be two to four upper-case letters A-Z (like HPL), was '" + value + "'");
		}
		return value;
	}

	/**
	 * The case number prefix of an e-service that gives none: the initials of the words of its id, upper-cased, at
	 * most four ({@code heat-pump-licence} gives {@code HPL}); for an id of one word, its first two letters
	 * ({@code swimming} gives {@code SW}). Empty when the id has fewer than two letters.
	 */
	public static Optional<String> derivedCaseNumberPrefix(String id) {
		StringBuilder initials = new StringBuilder();
		for (String word : id.split("-")) {
			String letters = NOT_LETTERS.matcher(word).replaceAll("");
			if (!letters.isEmpty() && initials.length() < 4) {
				initials.append(letters.charAt(0));
			}
		}
		if (initials.length() < 2) {
			String letters = NOT_LETTERS.matcher(id).replaceAll("");
			if (letters.length() < 2) {
				return Optional.empty();
			}
			initials = new StringBuilder(letters.substring(0, 2));
		}
		return Optional.of(initials.toString().toUpperCase(Locale.ROOT));
	}

	/** The first 16 hex digits of the SHA-256 of the file's bytes: a changed file is a new version. */
	static String version(Resource file, String fileName) {
		try (var in = file.getInputStream()) {
			return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(in.readAllBytes())).substring(0, 16);
		}
		catch (IOException ex) {
			throw new InvalidDefinitionException(fileName, 1, "", "could not be read: " + ex.getMessage());
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException("every Java platform has SHA-256", ex);
		}
	}

	/** {@code amount} in SEK with at most two decimals, {@code vatRate} among the Swedish rates, and a description. */
	static Fee fee(DefinitionNode node) {
		DefinitionNode.Fields fields = node.fields(FEE_FIELDS);
		DefinitionNode amountNode = fields.required("amount");
		BigDecimal amount = amountNode.decimal();
		if (amount.signum() <= 0) {
			throw amountNode.invalid("must be above 0 SEK, was " + amount.toPlainString());
		}
		if (amount.stripTrailingZeros().scale() > 2) {
			throw amountNode.invalid("must have at most two decimals (öre), was " + amount.toPlainString());
		}
		DefinitionNode rateNode = fields.required("vatRate");
		BigDecimal rate = rateNode.decimal();
		if (!Fee.isVatRate(rate)) {
			throw rateNode.invalid("must be 0, 0.06, 0.12 or 0.25 (0.25 means 25 % VAT), was " + rate.toPlainString());
		}
		return new Fee(amount, rate, fields.required("description").localized());
	}

	/**
	 * The form, read by the forms module; its mistakes are reported like any other, with file, line and field.
	 * Without a login nobody is known, so nothing can be prefilled.
	 */
	static FormDefinition form(String file, DefinitionNode node, LoginLevel login) {
		FormDefinition form = FormDefinitions.read(file, node.node());
		if (login == LoginLevel.NONE) {
			form.allFields().stream().filter(field -> field.prefill().isPresent()).findFirst().ifPresent(field -> {
				throw node.invalid("field '" + field.id() + "' is prefilled with " + field.prefill().get().definitionName()
						+ ", but with login: none nobody is known to prefill it from");
			});
		}
		return form;
	}

	/** {@code loa2}, {@code loa3} or {@code loa4}: the levels of the Swedish eID framework. */
	static LevelOfAssurance assurance(DefinitionNode node) {
		String value = node.text();
		return switch (value) {
			case "loa2" -> LevelOfAssurance.LOA2;
			case "loa3" -> LevelOfAssurance.LOA3;
			case "loa4" -> LevelOfAssurance.LOA4;
			default -> throw node.invalid("must be loa2, loa3 or loa4 (visitors' e-mail codes are allowed by login: guest), was '"
					+ value + "'");
		};
	}

	static BenefitEstimate benefit(DefinitionNode node) {
		DefinitionNode.Fields fields = node.fields(BENEFIT_FIELDS);
		return new BenefitEstimate(
				fields.required("yearlyCases").wholeNumber(1L),
				fields.required("expectedDigitalShare").share(),
				fields.required("minutesSavedPerDigitalCase").wholeNumber(0L),
				fields.required("developmentCost").wholeNumber(0L),
				fields.required("runningCostPerYear").wholeNumber(0L),
				fields.required("hourlyStaffCost").wholeNumber(1L),
				fields.optional("reportedDigitalShare").map(DefinitionNode::share));
	}

	private static <E extends Enum<E> & DefinitionValue> Set<E> values(DefinitionNode node, Class<E> type) {
		Set<E> values = EnumSet.noneOf(type);
		for (DefinitionNode item : node.list(false)) {
			if (!values.add(item.oneOf(type, DefinitionValue::definitionName))) {
				throw item.invalid("is named twice");
			}
		}
		return values;
	}

	private static List<LocalizedText> texts(DefinitionNode node) {
		return node.list(true).stream().map(DefinitionNode::localized).toList();
	}

	private static Keywords keywords(DefinitionNode node) {
		DefinitionNode.Fields languages = node.fields(Set.of("sv", "en"));
		return new Keywords(
				languages.optional("sv").map(list -> list.list(true).stream().map(DefinitionNode::text).toList()).orElse(List.of()),
				languages.optional("en").map(list -> list.list(true).stream().map(DefinitionNode::text).toList()).orElse(List.of()));
	}

	static List<Department> readDepartments(Resource file) {
		DefinitionNode root = DefinitionFile.read(file);
		List<Department> departments = new ArrayList<>();
		for (DefinitionNode item : root.fields(Set.of("departments")).required("departments").list(false)) {
			DefinitionNode.Fields fields = item.fields(Set.of("id", "name"));
			departments.add(new Department(fields.required("id").identifier(), fields.required("name").localized()));
		}
		requireUniqueIds(file, departments.stream().map(Department::id).toList());
		return List.copyOf(departments);
	}

	static List<LifeSituation> readLifeSituations(Resource file) {
		DefinitionNode root = DefinitionFile.read(file);
		List<LifeSituation> situations = new ArrayList<>();
		for (DefinitionNode item : root.fields(Set.of("lifeSituations")).required("lifeSituations").list(false)) {
			DefinitionNode.Fields fields = item.fields(Set.of("id", "title", "summary"));
			situations.add(new LifeSituation(fields.required("id").identifier(), fields.required("title").localized(),
					fields.required("summary").localized()));
		}
		requireUniqueIds(file, situations.stream().map(LifeSituation::id).toList());
		return List.copyOf(situations);
	}

	private static void requireUniqueIds(Resource file, List<String> ids) {
		Set<String> seen = new HashSet<>();
		for (String id : ids) {
			if (!seen.add(id)) {
				throw new InvalidDefinitionException(DefinitionFile.nameOf(file), 1, "id", "'" + id + "' is given twice");
			}
		}
	}

	private static <T> Map<String, T> index(List<T> items, Function<T, String> id) {
		Map<String, T> index = new LinkedHashMap<>();
		items.forEach(item -> index.put(id.apply(item), item));
		return index;
	}
}
