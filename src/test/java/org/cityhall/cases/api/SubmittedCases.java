package org.cityhall.cases.api;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.cityhall.cases.CaseDocument;
import org.cityhall.cases.CaseNumber;
import org.cityhall.cases.Submissions;
import org.cityhall.cases.TestFiles;
import org.cityhall.catalogue.Catalogue;
import org.cityhall.catalogue.EService;
import org.cityhall.documents.DocumentStore;
import org.cityhall.documents.StoredDocument;
import org.cityhall.forms.Answers;
import org.cityhall.identity.demo.DemoPersonas;
import org.cityhall.shared.Actor;
import org.cityhall.shared.LevelOfAssurance;
import org.cityhall.shared.OrganisationNumber;
import org.cityhall.shared.Party;
import org.springframework.context.ApplicationContext;

/** Heat-pump licence cases submitted straight through {@link Submissions}, as a resident's web application makes them. */
public final class SubmittedCases {

	/** The heat-pump licence and its department. */
	public static final String ESERVICE = "heat-pump-licence";
	public static final String DEPARTMENT = "environment-health";

	private final Submissions submissions;
	private final Catalogue catalogue;
	private final DocumentStore store;
	private final Clock clock;

	public SubmittedCases(ApplicationContext context) {
		this.submissions = context.getBean(Submissions.class);
		this.catalogue = context.getBean(Catalogue.class);
		this.store = context.getBean(DocumentStore.class);
		this.clock = context.getBean(Clock.class);
	}

	/** A case Sara Lindqvist (the demo's parent) submits, with a site plan of its own; returns its number. */
	public CaseNumber heatPump() {
		EService eservice = catalogue.find(ESERVICE).orElseThrow();
		UUID unique = UUID.randomUUID();
		byte[] plan = TestFiles.pdf("Situationsplan " + unique);
		StoredDocument stored = store.store(plan, "application/pdf");
		Map<String, Object> answers = new LinkedHashMap<>();
		answers.put("applicantName", "Sara Lindqvist");
		answers.put("applicantPhone", "070-123 45 67");
		answers.put("applicantRole", "owner");
		answers.put("propertyDesignation", "Tallen 4:12");
		answers.put("waterProtectionArea", false);
		answers.put("heatSource", "rock");
		answers.put("boreholeDepth", new BigDecimal("150"));
		answers.put("boreholeCount", new BigDecimal("1"));
		answers.put("distanceToBoundary", new BigDecimal("12"));
		answers.put("heatOutput", new BigDecimal("8"));
		answers.put("collectorFluid", "ethanol");
		answers.put("installerOrganisationNumber", OrganisationNumber.parse("556016-0680"));
		answers.put("drillingDate", LocalDate.now(clock).plusMonths(2));
		answers.put("sitePlan", List.of(stored.id().sha256()));
		answers.put("truthful", true);
		Party.Person sara = new Party.Person(DemoPersonas.PARENT.number().orElseThrow(), "Sara Lindqvist");
		return submissions.submit(new Submissions.Request(eservice, Actor.self(sara, LevelOfAssurance.LOA3),
				new Answers(answers), List.of(new CaseDocument(stored.id().sha256(), CaseDocument.Role.ATTACHMENT,
						"situationsplan.pdf", stored.mediaType(), stored.size(), clock.instant())),
				EService.Channel.WEB, "operations-api-test:" + unique, Optional.empty(), Optional.empty(), false)).number();
	}
}
