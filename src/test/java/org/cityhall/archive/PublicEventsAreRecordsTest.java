package org.cityhall.archive;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.JavaCodeUnit;
import com.tngtech.archunit.core.domain.JavaMethod;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.cityhall.cases.CaseDocument;
import org.cityhall.cases.CaseNotice;
import org.cityhall.queues.QueueNotice;
import org.cityhall.cases.DraftAbandoned;
import org.cityhall.cases.DraftExpiring;
import org.cityhall.cases.DraftProgressed;
import org.cityhall.placement.SchoolListed;
import org.cityhall.queues.PreschoolListed;
import org.cityhall.documents.DocumentId;
import org.cityhall.parcels.ParcelDelivered;
import org.cityhall.parcels.ParcelDesk;
import org.cityhall.permits.PermitRefused;
import org.junit.jupiter.api.Test;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.event.EventListener;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * Every public event of every module is filed in the e-archive, or is exempted here with the reason
 * it is not a record of a transaction with the city.
 * <p>
 * A <em>public event</em> is a type in a module's root package ({@code org.cityhall.<module>}, its
 * API) that is
 * <ol>
 * <li>taken by an event listener method ({@code @ApplicationModuleListener}, {@code @EventListener},
 * {@code @TransactionalEventListener}) anywhere in the application, or implements an interface such a
 * listener takes (every {@code Notice}, every {@code Archivable}); or</li>
 * <li>constructed on the line of, or at most three lines above, a call to (or a reference to)
 * {@code ApplicationEventPublisher.publishEvent} in the same method: the shapes
 * {@code publishEvent(new XHappened(..))} and {@code var x = new XHappened(..); publishEvent(x)}.</li>
 * </ol>
 * What this cannot see: an event built in one method and published from another that nothing
 * listens to (the register imports build their events in one class and publish them from another).
 * Those are found by the listeners once someone listens, and by review until then.
 */
class PublicEventsAreRecordsTest {

	/** How far above a publishEvent call a constructor call may be: {@code XHappened x = new XHappened(..);} then publish. */
	private static final int NEAR_LINES = 3;

	/** Public events that are not records, each with the reason. */
	static final Map<Class<?>, String> NOT_RECORDS = Map.of(
			DraftProgressed.class, "a draft is not a transaction with the city: how far someone got in a form, without "
					+ "personal data, for the adoption figures",
			DraftAbandoned.class, "a draft that expired unsubmitted never became a transaction with the city; counted for "
					+ "the adoption figures only",
			DraftExpiring.class, "a reminder that a draft will expire: the draft is no record, and the reminder is a notice",
			CaseNotice.class, "a notice tells the applicant of a case event that is filed itself; the message sent is "
					+ "not a transaction of its own",
			QueueNotice.class, "a notice tells the applicant of a queue change that is filed itself as QueueEntryChanged",
			PreschoolListed.class, "public facts about a pre-school (name, district, place, what it offers), told again at "
					+ "every start for the provider directory; no one's matter",
			SchoolListed.class, "public facts about a school in school choice, told again at every start for the provider "
					+ "directory; no one's matter");

	/**
	 * Types the rule above takes for events but which are values made beside a publication, never
	 * published themselves; each with what it is.
	 */
	static final Map<Class<?>, String> NOT_EVENTS = Map.of(
			DocumentId.class, "a document's address in the store, which the events that file documents carry",
			CaseDocument.class, "a document as its case lists it; CaseDocumentIssued files the receipt and the decision",
			PermitRefused.class, "the refusal of a change to a permit, thrown where the change would have been published; "
					+ "nothing changed, so there is nothing to file");

	@Test
	void everyPublicEventOfAModuleIsARecordOrExemptedWithItsReason() {
		JavaClasses application = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
				.importPackages("org.cityhall");

		Set<JavaClass> events = publicEvents(application);

		assertThat(names(events)).contains("org.cityhall.cases.CaseSubmitted", "org.cityhall.cases.CaseStatusChanged",
				"org.cityhall.cases.DraftProgressed", "org.cityhall.identity.ConsentGranted", "org.cityhall.billing.FeeIncurred",
				"org.cityhall.billing.PaymentSettled");
		assertThat(names(unfiled(events))).as("public events that are neither Archivable nor exempted in NOT_RECORDS")
				.isEmpty();
		NOT_RECORDS.keySet().forEach(exempted -> assertThat(Archivable.class.isAssignableFrom(exempted))
				.as("%s is exempted but is a record now: remove the exemption", exempted.getName()).isFalse());
	}

	@Test
	void aNewModulesEventThatIsNeitherFiledNorExemptedIsCaught() {
		JavaClasses parcels = new ClassFileImporter().importClasses(ParcelDesk.class, ParcelDelivered.class);

		assertThat(names(unfiled(publicEvents(parcels)))).containsExactly(ParcelDelivered.class.getName());
	}

	static Set<JavaClass> publicEvents(JavaClasses classes) {
		Set<JavaClass> listened = classes.stream()
				.flatMap(type -> type.getMethods().stream())
				.filter(PublicEventsAreRecordsTest::listens)
				.flatMap(method -> method.getRawParameterTypes().stream())
				.filter(type -> !type.isEquivalentTo(Object.class))
				.collect(Collectors.toSet());
		Set<JavaClass> published = classes.stream()
				.flatMap(type -> type.getCodeUnits().stream())
				.flatMap(unit -> {
					Set<Integer> lines = publishingLines(unit);
					return unit.getConstructorCallsFromSelf().stream()
							.filter(call -> lines.stream().anyMatch(line -> call.getLineNumber() <= line
									&& call.getLineNumber() >= line - NEAR_LINES))
							.map(call -> call.getTargetOwner());
				})
				.collect(Collectors.toSet());
		return classes.stream()
				.filter(PublicEventsAreRecordsTest::inModuleRoot)
				.filter(type -> !type.isInterface() && !type.isAnnotation())
				.filter(type -> published.contains(type) || listened.stream().anyMatch(listenedTo -> type.isAssignableTo(listenedTo.getName())))
				.collect(Collectors.toSet());
	}

	private static Set<JavaClass> unfiled(Set<JavaClass> events) {
		return events.stream()
				.filter(event -> !event.isAssignableTo(Archivable.class))
				.filter(event -> NOT_RECORDS.keySet().stream().noneMatch(exempted -> exempted.getName().equals(event.getName())))
				.filter(event -> NOT_EVENTS.keySet().stream().noneMatch(value -> value.getName().equals(event.getName())))
				.collect(Collectors.toSet());
	}

	private static boolean listens(JavaMethod method) {
		return method.isAnnotatedWith(ApplicationModuleListener.class) || method.isAnnotatedWith(EventListener.class)
				|| method.isAnnotatedWith(TransactionalEventListener.class);
	}

	/** The lines of a method that call, or pass on a reference to, {@code publishEvent}. */
	private static Set<Integer> publishingLines(JavaCodeUnit unit) {
		Set<Integer> lines = new java.util.HashSet<>();
		unit.getMethodCallsFromSelf().stream().filter(call -> publishEvent(call.getTarget().getOwner(), call.getName()))
				.forEach(call -> lines.add(call.getLineNumber()));
		unit.getMethodReferencesFromSelf().stream()
				.filter(reference -> publishEvent(reference.getTarget().getOwner(), reference.getName()))
				.forEach(reference -> lines.add(reference.getLineNumber()));
		return lines;
	}

	private static boolean publishEvent(JavaClass owner, String name) {
		return "publishEvent".equals(name) && owner.isAssignableTo(ApplicationEventPublisher.class);
	}

	/** {@code org.cityhall.<module>}: a module's API, where its events live. */
	private static boolean inModuleRoot(JavaClass type) {
		String[] parts = type.getPackageName().split("\\.");
		return parts.length == 3 && "org".equals(parts[0]) && "cityhall".equals(parts[1]) && !type.isNestedClass();
	}

	private static Set<String> names(Set<JavaClass> types) {
		return types.stream().map(JavaClass::getName).collect(Collectors.toCollection(TreeSet::new));
	}
}
