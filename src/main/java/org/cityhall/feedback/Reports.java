package org.cityhall.feedback;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Supplier;

import org.cityhall.cases.Case;
import org.cityhall.cases.CaseHandling;
import org.cityhall.cases.CaseNumber;
import org.cityhall.cases.CaseStatus;
import org.cityhall.cases.CaseStatusChanged;
import org.cityhall.cases.Cases;
import org.cityhall.cases.Decision;
import org.cityhall.shared.Actor;
import org.cityhall.shared.Wgs84;
import org.cityhall.web.MyPagesReads;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import com.github.f4b6a3.uuid.UuidCreator;

/**
 * The reports: filed when their case is submitted, followed as the case moves, shown screened, merged
 * with duplicates, supported by others who saw the same, and answered with the reporter's satisfaction.
 */
@Service
public class Reports {

	private static final double METRES_PER_DEGREE = 111_320;

	private final JdbcClient jdbc;
	private final ApplicationEventPublisher events;
	private final Clock clock;
	private final Cases cases;
	private final CaseHandling handling;
	private final MessageSource messages;
	private final String baseUrl;

	Reports(JdbcClient jdbc, ApplicationEventPublisher events, Clock clock, Cases cases, CaseHandling handling, MessageSource messages,
			@Value("${cityhall.base-url:http://localhost:8080}") String baseUrl) {
		this.jdbc = jdbc;
		this.events = events;
		this.clock = clock;
		this.cases = cases;
		this.handling = handling;
		this.messages = messages;
		this.baseUrl = baseUrl;
	}

	/** What a new report holds, as its case's submission gave it. */
	public record NewReport(UUID caseId, String reference, ReportCategory category, String description, Optional<Wgs84> position,
			Optional<String> address, Optional<String> email, Optional<String> reporter, String department, Optional<String> mediaUrl,
			Optional<String> apiClient, Instant at) {
	}

	/** Files a report, screened, in the submission's transaction. */
	@Transactional
	public ReportView file(NewReport report) {
		String token = UUID.randomUUID().toString();
		jdbc.sql("""
				INSERT INTO feedback_report (id, case_id, reference, service_code, description, public_description, public_view, latitude,
				  longitude, address, email, reporter, department, status, token, media_url, api_client, requested_at, updated_at)
				VALUES (:id, :caseId, :reference, :category, :description, :publicDescription, :publicView, :latitude, :longitude, :address,
				  :email, :reporter, :department, 'open', :token, :mediaUrl, :apiClient, :at, :at)
				""").param("id", UuidCreator.getTimeOrderedEpoch()).param("caseId", report.caseId()).param("reference", report.reference())
				.param("category", report.category().code()).param("description", report.description())
				.param("publicDescription", Screening.screen(report.description())).param("publicView", report.category().publicView())
				.param("latitude", report.position().map(Wgs84::latitude).orElse(null))
				.param("longitude", report.position().map(Wgs84::longitude).orElse(null)).param("address", report.address().orElse(null))
				.param("email", report.email().orElse(null)).param("reporter", report.reporter().orElse(null))
				.param("department", report.department()).param("token", token).param("mediaUrl", report.mediaUrl().orElse(null))
				.param("apiClient", report.apiClient().orElse(null)).param("at", Timestamp.from(report.at())).update();
		return find(report.reference()).orElseThrow();
	}

	public Optional<ReportView> find(String reference) {
		return jdbc.sql("SELECT * FROM feedback_report WHERE reference = :r").param("r", reference).query(Reports::view).optional();
	}

	public Optional<ReportView> findByCase(UUID caseId) {
		return jdbc.sql("SELECT * FROM feedback_report WHERE case_id = :c").param("c", caseId).query(Reports::view).optional();
	}

	public Optional<ReportView> findByToken(String token) {
		return jdbc.sql("SELECT * FROM feedback_report WHERE token = :t").param("t", token).query(Reports::view).optional();
	}

	/** The reports someone made while signed in, newest first, queued with the other sections' queries of My pages. */
	public Supplier<List<ReportView>> by(String reporterId, MyPagesReads reads) {
		return reads.query(BY_REPORTER, Reports::view, reporterId);
	}

	private static final String BY_REPORTER = "SELECT * FROM feedback_report WHERE reporter = ? ORDER BY requested_at DESC LIMIT 100";

	/** The reports routed to a department (or all), open first, newest first. */
	public List<ReportView> forDepartment(Optional<String> department, boolean openOnly, int limit) {
		return jdbc.sql("SELECT * FROM feedback_report WHERE (:d::text IS NULL OR department = :d) AND (NOT :open OR status = 'open') "
				+ "ORDER BY status DESC, requested_at DESC LIMIT :limit").param("d", department.orElse(null)).param("open", openOnly)
				.param("limit", limit).query(Reports::view).list();
	}

	/**
	 * Open, public reports within the distance of a point, nearest first: what a reporter is shown before
	 * reporting the same again.
	 */
	public List<ReportView> nearbyOpen(Wgs84 at, double metres, int limit) {
		double dLat = metres / METRES_PER_DEGREE;
		double dLon = metres / (METRES_PER_DEGREE * Math.cos(Math.toRadians(at.latitude())));
		List<ReportView> found = jdbc.sql("""
				SELECT * FROM feedback_report WHERE status = 'open' AND merged_into IS NULL AND public_view
				AND latitude BETWEEN :s AND :n AND longitude BETWEEN :w AND :e
				""").param("s", at.latitude() - dLat).param("n", at.latitude() + dLat).param("w", at.longitude() - dLon)
				.param("e", at.longitude() + dLon).query(Reports::view).list();
		return found.stream().filter(r -> distance(at, r.position().orElseThrow()) <= metres)
				.sorted(Comparator.comparingDouble(r -> distance(at, r.position().orElseThrow()))).limit(limit).toList();
	}

	/** Metres between two points, near enough for a city (an equirectangular projection). */
	public static double distance(Wgs84 a, Wgs84 b) {
		double x = Math.toRadians(b.longitude() - a.longitude()) * Math.cos(Math.toRadians((a.latitude() + b.latitude()) / 2));
		double y = Math.toRadians(b.latitude() - a.latitude());
		return Math.sqrt(x * x + y * y) * 6_371_000;
	}

	/** Someone saw the same and adds to the report instead of reporting it again. */
	@Transactional
	public void support(String reference) {
		ReportView report = find(reference).orElseThrow(() -> new IllegalArgumentException("no report " + reference));
		if (!report.isOpen() || !report.publicView()) {
			throw new IllegalStateException("report " + reference + " is closed or not public; only open public reports can be added to");
		}
		jdbc.sql("UPDATE feedback_report SET supporters = supporters + 1, updated_at = :now WHERE reference = :r")
				.param("now", Timestamp.from(clock.instant())).param("r", reference).update();
	}

	/**
	 * Closes the duplicate with a note pointing to the report that stays, which takes over its supporters; the
	 * duplicate's case is decided and closed with the same note, which its reporter is told (in Swedish and
	 * English, with a link when the report that stays is public).
	 *
	 * @param officer an officer of the duplicate's department
	 */
	@Transactional
	public void merge(String duplicate, String into, Actor officer) {
		if (duplicate.equals(into)) {
			throw new IllegalArgumentException("a report cannot be merged into itself");
		}
		ReportView dup = lock(duplicate).orElseThrow(() -> new IllegalArgumentException("no report " + duplicate));
		ReportView kept = lock(into).orElseThrow(() -> new IllegalArgumentException("no report " + into));
		if (dup.mergedInto().isPresent()) {
			throw new IllegalStateException("report " + duplicate + " is already merged into " + dup.mergedInto().get());
		}
		if (kept.mergedInto().isPresent()) {
			throw new IllegalStateException("report " + into + " is itself merged into " + kept.mergedInto().get() + "; merge into that one");
		}
		Instant now = clock.instant();
		String notes = mergedNotice(kept);
		jdbc.sql("UPDATE feedback_report SET merged_into = :into, status = 'closed', status_notes = :notes, updated_at = :now WHERE reference = :r")
				.param("into", into).param("notes", notes).param("now", Timestamp.from(now)).param("r", duplicate).update();
		jdbc.sql("UPDATE feedback_report SET supporters = supporters + 1 + :more, updated_at = :now WHERE reference = :r")
				.param("more", dup.supporters()).param("now", Timestamp.from(now)).param("r", into).update();
		closeCase(officer, CaseNumber.parse(duplicate).orElseThrow(), notes);
		events.publishEvent(new ReportMerged(UuidCreator.getTimeOrderedEpoch(), duplicate, into, dup.department(), officer.who().id(), now));
	}

	/** Decides and closes the duplicate's case with the note; a case already decided is only closed, one closed left as it is. */
	private void closeCase(Actor officer, CaseNumber number, String notes) {
		CaseStatus status = cases.find(number).map(Case::status).orElseThrow(() -> new IllegalStateException("report " + number + " has no case"));
		if (status.isOpen()) {
			handling.decide(officer, number, new Decision(Decision.Outcome.GRANTED, notes));
			status = CaseStatus.DECIDED;
		}
		if (status == CaseStatus.DECIDED) {
			handling.close(officer, number);
		}
	}

	/** What the duplicate's reporter is told, in Swedish and English: the report it is the same as, and where to follow it. */
	private String mergedNotice(ReportView kept) {
		String link = kept.publicView() ? baseUrl + "/feedback/reports/" + kept.reference() : "";
		String key = kept.publicView() ? "feedback.merged.notice.public" : "feedback.merged.notice";
		return messages.getMessage(key, new Object[] {kept.reference(), link}, Locale.forLanguageTag("sv")) + "\n\n"
				+ messages.getMessage(key, new Object[] {kept.reference(), link}, Locale.ENGLISH);
	}

	/** The reporter answers the question asked when the report was closed; asked once. */
	@Transactional
	public void answerSatisfaction(String reference, boolean satisfied) {
		ReportView report = lock(reference).orElseThrow(() -> new IllegalArgumentException("no report " + reference));
		if (!report.asksSatisfaction()) {
			throw new IllegalStateException("report " + reference + " is " + (report.isOpen() ? "still open" : "already answered or merged")
					+ "; satisfaction is asked once, when it is closed");
		}
		jdbc.sql("UPDATE feedback_report SET satisfied = :s WHERE reference = :r").param("s", satisfied).param("r", reference).update();
	}

	/** The case moved: a decided, closed or withdrawn case closes the report, with what the city answered as its notes. */
	@ApplicationModuleListener
	void on(CaseStatusChanged changed) {
		statusChanged(changed.caseId().value(), changed.to().isOpen(), changed.text(), changed.at());
	}

	@Transactional
	void statusChanged(UUID caseId, boolean open, Optional<String> text, Instant at) {
		jdbc.sql("""
				UPDATE feedback_report SET status = :status, status_notes = coalesce(:notes, status_notes), updated_at = :at
				WHERE case_id = :id AND merged_into IS NULL
				""").param("status", open ? "open" : "closed").param("notes", text.orElse(null)).param("at", Timestamp.from(at))
				.param("id", caseId).update();
	}

	private Optional<ReportView> lock(String reference) {
		return jdbc.sql("SELECT * FROM feedback_report WHERE reference = :r FOR UPDATE").param("r", reference).query(Reports::view).optional();
	}

	static ReportView view(ResultSet rs, int row) throws SQLException {
		Object lat = rs.getObject("latitude");
		Object satisfied = rs.getObject("satisfied");
		return new ReportView(rs.getObject("case_id", UUID.class), rs.getString("reference"), rs.getString("service_code"),
				rs.getString("description"), rs.getString("public_description"), rs.getBoolean("public_view"),
				lat == null ? Optional.empty() : Optional.of(new Wgs84(rs.getDouble("latitude"), rs.getDouble("longitude"))),
				Optional.ofNullable(rs.getString("address")), Optional.ofNullable(rs.getString("email")),
				Optional.ofNullable(rs.getString("reporter")), rs.getString("department"),
				ReportView.Status.valueOf(rs.getString("status").toUpperCase(java.util.Locale.ROOT)),
				Optional.ofNullable(rs.getString("status_notes")), Optional.ofNullable(rs.getString("merged_into")), rs.getInt("supporters"),
				Optional.ofNullable((Boolean) satisfied), Optional.ofNullable(rs.getString("media_url")), rs.getString("token"),
				rs.getTimestamp("requested_at").toInstant(), rs.getTimestamp("updated_at").toInstant(),
				Optional.ofNullable(rs.getString("public_photo")));
	}

	/**
	 * Open311's search: the public reports in a time window, newest first, a page at a time. Reports whose
	 * category is not public are never listed.
	 */
	public List<ReportView> search(Query query) {
		StringBuilder sql = new StringBuilder("SELECT * FROM feedback_report WHERE public_view");
		List<Object> args = new ArrayList<>();
		if (!query.references().isEmpty()) {
			sql.append(" AND reference = ANY (?)");
			args.add(query.references().toArray(String[]::new));
		}
		else {
			sql.append(" AND requested_at >= ? AND requested_at <= ?");
			args.add(Timestamp.from(query.start()));
			args.add(Timestamp.from(query.end()));
		}
		if (!query.categories().isEmpty()) {
			sql.append(" AND service_code = ANY (?)");
			args.add(query.categories().toArray(String[]::new));
		}
		if (query.status().isPresent()) {
			sql.append(" AND status = ?");
			args.add(query.status().get().code());
		}
		sql.append(" ORDER BY requested_at DESC, reference DESC LIMIT ? OFFSET ?");
		args.add(query.pageSize());
		args.add((long) (query.page() - 1) * query.pageSize());
		return jdbc.sql(sql.toString()).params(args).query(Reports::view).list();
	}

	/** What Open311's {@code GET requests} asks for. */
	public record Query(List<String> references, List<String> categories, Instant start, Instant end, Optional<ReportView.Status> status,
			int page, int pageSize) {

		public Query {
			references = List.copyOf(references);
			categories = List.copyOf(categories);
		}
	}
}
