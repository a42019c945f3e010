package org.cityhall.forms;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;

import org.junit.jupiter.api.Test;

class AdvisoriesTest {

	/** Warns about deep boreholes on the heat-pump licence's installation step. */
	private static final AdvisoryCheck DEEP_BOREHOLES = new AdvisoryCheck() {

		@Override
		public boolean appliesTo(String eserviceId, String stepId) {
			return eserviceId.equals("heat-pump-licence") && stepId.equals("installation");
		}

		@Override
		public List<Advice> check(Answers answers) {
			boolean deep = answers.get("boreholeDepth").map(depth -> ((BigDecimal) depth).intValue() > 200).orElse(false);
			return deep ? List.of(new Advice("boreholeDepth", Forms.text("Deep boreholes need a groundwater survey"))) : List.of();
		}
	};

	private static final AdvisoryCheck ALWAYS = new AdvisoryCheck() {

		@Override
		public boolean appliesTo(String eserviceId, String stepId) {
			return true;
		}

		@Override
		public List<Advice> check(Answers answers) {
			return List.of(new Advice("any", Forms.text("Check your answers")));
		}
	};

	private final Advisories advisories = new Advisories(List.of(DEEP_BOREHOLES, ALWAYS));

	@Test
	void collectsTheAdviceOfEveryCheckThatApplies() {
		List<Advice> advice = advisories.check("heat-pump-licence", "installation",
				Answers.NONE.with("boreholeDepth", new BigDecimal(250)));
		assertThat(advice).extracting(Advice::fieldId).containsExactly("boreholeDepth", "any");
	}

	@Test
	void aCheckForAnotherStepOrEServiceIsNotAsked() {
		List<Advice> advice = advisories.check("parking-permit", "installation",
				Answers.NONE.with("boreholeDepth", new BigDecimal(250)));
		assertThat(advice).extracting(Advice::fieldId).containsExactly("any");
	}

	@Test
	void theBeanCollectsTheChecksOfTheApplicationAndStartsWithoutAny() {
		try (var empty = new org.springframework.context.annotation.AnnotationConfigApplicationContext(Advisories.class)) {
			assertThat(empty.getBean(Advisories.class).check("x", "y", Answers.NONE)).isEmpty();
		}
		try (var withCheck = new org.springframework.context.annotation.AnnotationConfigApplicationContext()) {
			withCheck.registerBean(AdvisoryCheck.class, () -> ALWAYS);
			withCheck.register(Advisories.class);
			withCheck.refresh();
			assertThat(withCheck.getBean(Advisories.class).check("x", "y", Answers.NONE)).extracting(Advice::fieldId)
					.containsExactly("any");
		}
	}

	@Test
	void noChecksMeanNoAdvice() {
		assertThat(new Advisories(List.of()).check("heat-pump-licence", "installation", Answers.NONE)).isEmpty();
	}
}
