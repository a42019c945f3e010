package org.cityhall.directory;

import java.util.Optional;

import org.cityhall.placement.SchoolListed;
import org.cityhall.queues.PreschoolListed;
import org.cityhall.shared.LocalizedText;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/** Keeps the city's pre-schools and the schools of school choice as queues and placement tell of them. */
@Component
class ProviderListeners {

	private static final LocalizedText NOTHING_SAID = new LocalizedText("", "");

	private final Directory directory;

	ProviderListeners(Directory directory) {
		this.directory = directory;
	}

	@ApplicationModuleListener
	void on(PreschoolListed listed) {
		directory.save(ProviderKind.PRESCHOOL, listed.alternativeId(), listed.name(), true, Optional.empty(), listed.district(), "",
				listed.position(), listed.offers(), "queues", listed.at());
	}

	@ApplicationModuleListener
	void on(SchoolListed listed) {
		// Published before schools had addresses, an event still waiting for this listener carries none.
		String address = listed.address() == null ? "" : listed.address();
		directory.save(ProviderKind.SCHOOL, listed.code(), listed.name(), listed.municipal(), Optional.empty(), listed.district(),
				address, Optional.of(listed.position()), NOTHING_SAID, "placement", listed.at());
	}
}
