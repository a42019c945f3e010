package org.cityhall.catalogue;

import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;

import org.cityhall.archive.RetentionClass;
import org.cityhall.forms.FormDefinition;
import org.cityhall.shared.LevelOfAssurance;
import org.cityhall.shared.LocalizedText;

/**
 * An e-service of the city as its department defines it: what it does, for whom, how one signs in,
 * how it is handled, and the benefit estimate it was funded on.
 *
 * @param form the steps and fields the applicant fills in, if the e-service asks anything
 * @param handlingTargetDays within how many calendar days from submission a case should be decided; cases past it
 *        are overdue. Always present for an application with a form
 * @param fee what the applicant pays, if anything
 * @param caseNumberPrefix the first part of its case numbers ({@code HPL} in {@code HPL-2026-000123}): two to four
 *        letters A–Z, unique in the catalogue
 * @param followUpOf the id of the e-service this one follows up, such as the building permit that reporting the
 *        start of construction follows
 * @param retention how long the records of its matters are kept in the e-archive: for ever ({@code keep}) unless the
 *        definition names a disposal class
 * @param version the definition's version: the first 16 hex digits of the SHA-256 of its file, so that a case
 *        can keep the version it was submitted under and a changed file is a new version
 */
public record EService(
		String id,
		LocalizedText title,
		LocalizedText summary,
		LocalizedText description,
		Department department,
		List<LifeSituation> lifeSituations,
		Set<Audience> audience,
		LoginLevel login,
		Kind kind,
		Set<Channel> channels,
		Status status,
		LocalizedText handlingTime,
		LocalizedText whoCanUse,
		List<LocalizedText> whatYouNeed,
		Keywords keywords,
		BenefitEstimate benefit,
		LevelOfAssurance assurance,
		Optional<FormDefinition> form,
		OptionalInt handlingTargetDays,
		Optional<Fee> fee,
		String caseNumberPrefix,
		Optional<String> followUpOf,
		RetentionClass retention,
		String version) {

	private static final Pattern PREFIX = Pattern.compile("[A-Z]{2,4}");
	private static final Pattern VERSION = Pattern.compile("[0-9a-f]{16}");

	public EService {
		Objects.requireNonNull(form, "form is required, empty when nothing is asked");
		Objects.requireNonNull(handlingTargetDays, "handlingTargetDays is required, empty when there is no target");
		if (handlingTargetDays.isPresent() && handlingTargetDays.getAsInt() <= 0) {
			throw new IllegalArgumentException("a handling target is a number of days above 0, was " + handlingTargetDays.getAsInt());
		}
		Objects.requireNonNull(fee, "fee is required, empty when the e-service is free");
		if (caseNumberPrefix == null || !PREFIX.matcher(caseNumberPrefix).matches()) {
			throw new IllegalArgumentException("a case number prefix is two to four letters A-Z, was " + caseNumberPrefix);
		}
		Objects.requireNonNull(followUpOf, "followUpOf is required, empty when the e-service follows up no other");
		Objects.requireNonNull(retention, "retention is required: keep, or a disposal class");
		if (version == null || !VERSION.matcher(version).matches()) {
			throw new IllegalArgumentException("a version is 16 lower-case hex digits, was " + version);
		}
		lifeSituations = List.copyOf(lifeSituations);
		// in the order the enums declare, so pages list them the same way every time
		audience = Collections.unmodifiableSet(new TreeSet<>(audience));
		channels = Collections.unmodifiableSet(new TreeSet<>(channels));
		whatYouNeed = List.copyOf(whatYouNeed);
	}

	/**
	 * The level of assurance a Swedish eID login needs to use the e-service; visitors of a
	 * {@link LoginLevel#GUEST} e-service may also sign in with an e-mail code. Ignored when no login is needed.
	 */
	public LevelOfAssurance assurance() {
		return assurance;
	}

	public boolean isLive() {
		return status == Status.LIVE;
	}

	public boolean belongsTo(String lifeSituationId) {
		return lifeSituations.stream().anyMatch(situation -> situation.id().equals(lifeSituationId));
	}

	/** Extra words in each language under which people look for the e-service. */
	public record Keywords(List<String> sv, List<String> en) {

		public static final Keywords NONE = new Keywords(List.of(), List.of());

		public Keywords {
			sv = List.copyOf(sv);
			en = List.copyOf(en);
		}
	}

	/** Values that definitions write in lower case with hyphens, e.g. {@code digital-id}. */
	public interface DefinitionValue {

		default String definitionName() {
			return ((Enum<?>) this).name().toLowerCase(Locale.ROOT).replace('_', '-');
		}
	}

	/** Who the e-service is for. */
	public enum Audience implements DefinitionValue {
		RESIDENTS, BUSINESSES, VISITORS
	}

	/** How one signs in to use it: not at all, with a Swedish digital ID, or as a visitor by e-mail code. */
	public enum LoginLevel implements DefinitionValue {
		NONE, DIGITAL_ID, GUEST
	}

	/** What kind of matter the e-service makes, which decides the engine that handles it. */
	public enum Kind implements DefinitionValue {
		APPLICATION, QUEUE, PLACEMENT, BOOKING, PERMIT, REGISTER, REPORT, JOURNAL, INFORMATION
	}

	/** The ways a matter can reach the city. */
	public enum Channel implements DefinitionValue {
		WEB, PHONE, EMAIL, PAPER
	}

	/** Live once it works end to end; under development until then. */
	public enum Status implements DefinitionValue {
		LIVE, UNDER_DEVELOPMENT
	}

	/** This e-service with another form: the catalogue's own, with its options filled in from their sources. */
	public EService withForm(FormDefinition form) {
		return new EService(id, title, summary, description, department, lifeSituations, audience, login, kind, channels, status, handlingTime, whoCanUse, whatYouNeed, keywords, benefit, assurance, Optional.of(form), handlingTargetDays, fee, caseNumberPrefix, followUpOf, retention, version);
	}
}
