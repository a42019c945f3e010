package org.cityhall.catalogue;

import java.util.List;
import java.util.Optional;

/**
 * The information pages departments write (how to apply for a building permit, how to read a
 * detailed development plan, what respite care means), as the public sees them: only the published
 * version of each page, never a draft or a version in review. Pages come and go while CityHall
 * runs; {@link InformationPagePublished} and {@link InformationPageWithdrawn} say when.
 */
public interface InformationPages {

	/** Every published page, ordered by its Swedish title. */
	List<PublishedInformationPage> published();

	/** The published version of the page at {@code /information/<slug>}; empty if there is none (a draft, withdrawn, unknown). */
	Optional<PublishedInformationPage> findPublished(String slug);

	/** The published pages that link to an e-service, ordered by Swedish title: its "Read more". */
	List<PublishedInformationPage> aboutEService(String eserviceId);

	/** The published pages that link to a life situation, ordered by Swedish title. */
	List<PublishedInformationPage> inLifeSituation(String lifeSituationId);
}
