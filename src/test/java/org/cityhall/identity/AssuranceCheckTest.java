package org.cityhall.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;

import org.cityhall.identity.AssuranceCheck.Outcome;
import org.cityhall.shared.Actor;
import org.cityhall.shared.LevelOfAssurance;
import org.cityhall.shared.Party;
import org.cityhall.shared.PersonalIdentityNumber;
import org.junit.jupiter.api.Test;

class AssuranceCheckTest {

	private static final Party.Person RESIDENT = new Party.Person(PersonalIdentityNumber.of(LocalDate.of(1980, 1, 2), 123, false), "Invånare");

	@Test
	void aLoginAtOrAboveTheLevelIsAllowed() {
		assertThat(AssuranceCheck.check(Actor.self(RESIDENT, LevelOfAssurance.LOA3), LevelOfAssurance.LOA3, false)).isEqualTo(Outcome.ALLOWED);
		assertThat(AssuranceCheck.check(Actor.self(RESIDENT, LevelOfAssurance.LOA4), LevelOfAssurance.LOA3, false)).isEqualTo(Outcome.ALLOWED);
	}

	@Test
	void aLowerLoginIsAskedToStepUp() {
		assertThat(AssuranceCheck.check(Actor.self(RESIDENT, LevelOfAssurance.LOA2), LevelOfAssurance.LOA3, true)).isEqualTo(Outcome.STEP_UP);
		assertThat(AssuranceCheck.stepUpUrl(LevelOfAssurance.LOA3)).isEqualTo("/oauth2/authorization/eid?level=LOA3");
	}

	@Test
	void visitorsGetInOnlyWhereTheEServiceIsOpenToThem() {
		Actor visitor = Actor.self(new Party.Visitor("visitor@example.org"), LevelOfAssurance.EMAIL_CODE);
		assertThat(AssuranceCheck.check(visitor, LevelOfAssurance.LOA3, true)).isEqualTo(Outcome.ALLOWED);
		assertThat(AssuranceCheck.check(visitor, LevelOfAssurance.LOA3, false)).isEqualTo(Outcome.VISITORS_NOT_ALLOWED);
	}

	@Test
	void anEmailCodeIsNoLevelToStepUpTo() {
		assertThatThrownBy(() -> AssuranceCheck.stepUpUrl(LevelOfAssurance.EMAIL_CODE)).isInstanceOf(IllegalArgumentException.class);
	}
}
