package org.cityhall.feedback;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.cityhall.cases.Receipt;
import org.cityhall.cases.Submissions;
import org.cityhall.catalogue.Catalogue;
import org.cityhall.catalogue.EService;
import org.cityhall.forms.Answers;
import org.cityhall.shared.Actor;
import org.cityhall.shared.LevelOfAssurance;
import org.cityhall.shared.Party;
import org.cityhall.shared.Wgs84;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;

/**
 * Making a report, from the web page or an Open311 client: it goes through {@code cases}' one way to
 * submit (case number, receipt, idempotency, channel), whose handler for kind {@code report} files it.
 */
@Service
public class Reporting {

	private final Submissions submissions;
	private final Catalogue catalogue;
	private final Reports reports;
	private final ReportPhotos photos;
	private final String eserviceId;

	Reporting(Submissions submissions, Catalogue catalogue, Reports reports, ReportPhotos photos,
			@Value("${cityhall.feedback.eservice:comments-and-complaints}") String eserviceId) {
		this.submissions = submissions;
		this.photos = photos;
		this.catalogue = catalogue;
		this.reports = reports;
		this.eserviceId = eserviceId;
	}

	/**
	 * What is reported.
	 *
	 * @param by who reports: a signed-in person, or empty for someone without login
	 * @param mediaUrl where an Open311 client keeps a photo of its own
	 * @param photos the photos the reporter chose, staged ({@link ReportPhotos#stage})
	 * @param idempotencyKey the same key makes the same report (a double click, a retried request)
	 */
	public record Request(Optional<Actor> by, String category, String description, Optional<Wgs84> position, Optional<String> address,
			Optional<String> email, Optional<String> name, Optional<String> mediaUrl, Optional<String> apiClient,
			Map<String, String> attributes, List<ReportPhoto> photos, EService.Channel channel, String idempotencyKey) {

		public Request {
			attributes = Map.copyOf(attributes);
			photos = List.copyOf(photos);
			if (photos.size() > ReportPhotos.MOST) {
				throw new IllegalArgumentException("a report has at most " + ReportPhotos.MOST + " photos, not " + photos.size());
			}
		}
	}

	/** The receipt and the report filed: the receipt's private link lets a reporter without login follow it. */
	public record Made(Receipt receipt, ReportView report) {
	}

	public Made report(Request request) {
		EService eservice = catalogue.find(eserviceId)
				.orElseThrow(() -> new IllegalStateException("the e-service for reports, " + eserviceId + ", is not in the catalogue"));
		Map<String, Object> values = new LinkedHashMap<>();
		values.put("category", request.category());
		values.put("description", request.description());
		request.position().ifPresent(p -> {
			values.put("latitude", Double.toString(p.latitude()));
			values.put("longitude", Double.toString(p.longitude()));
		});
		request.address().ifPresent(a -> values.put("address", a));
		request.email().ifPresent(e -> values.put("email", e));
		request.mediaUrl().ifPresent(m -> values.put("mediaUrl", m));
		request.apiClient().ifPresent(c -> values.put(ReportSubmissionHandler.API_CLIENT, c));
		request.attributes().forEach((code, value) -> values.put("attribute." + code, value));
		Actor actor = request.by().orElseGet(() -> Actor.self(new Party.Anonymous(UUID.randomUUID().toString(), request.name().orElse(null)),
				LevelOfAssurance.EMAIL_CODE));
		boolean anonymous = request.by().isEmpty();
		Receipt receipt = submissions.submit(new Submissions.Request(eservice, actor, new Answers(values), photos.attachments(request.photos()), request.channel(),
				request.idempotencyKey(), anonymous ? request.email() : Optional.empty(), Optional.empty(), anonymous));
		return new Made(receipt, reports.findByCase(receipt.caseId().value()).orElseThrow());
	}
}
