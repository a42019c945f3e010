package org.cityhall.cases;

import java.util.Objects;
import java.util.Optional;

import org.cityhall.shared.LocalizedText;

/**
 * What a {@link SubmissionHandler} did with a submission, for the receipt.
 *
 * @param byOfficers whether officers handle the case from here (it shows in their inbox)
 * @param whatHappensNext the next step in the applicant's words; the e-service's handling time when empty
 */
public record Handling(boolean byOfficers, Optional<LocalizedText> whatHappensNext) {

	public Handling {
		Objects.requireNonNull(whatHappensNext, "whatHappensNext");
	}

	/** Officers take it from here. */
	public static Handling officers() {
		return new Handling(true, Optional.empty());
	}
}
