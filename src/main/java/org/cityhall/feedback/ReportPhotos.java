package org.cityhall.feedback;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.cityhall.cases.CaseDocument;
import org.cityhall.documents.DocumentId;
import org.cityhall.documents.DocumentStore;
import org.cityhall.documents.StoredDocument;
import org.cityhall.documents.UploadCheck;
import org.cityhall.documents.Uploads;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The photos on reports. A reporter chooses up to {@link #MOST} photos, JPEG or PNG of at most
 * {@link #LARGEST} bytes each, their type told by their content ({@link Uploads}); WebP and other types are
 * refused, as the Java runtime cannot decode them to strip their metadata. Each accepted photo is encoded
 * again without its metadata (EXIF with its GPS position, XMP, comments), kept in the one document store and
 * staged under the report form's key, so it survives a mistake elsewhere on the form and no one can attach a
 * document they did not upload. Sent, the photos go with the report's case as attachments (and so to the
 * e-archive with the submission) and are listed beside the report; the public sees a photo only once an
 * officer approved it.
 */
@Service
public class ReportPhotos {

	/** The most photos on one report. */
	public static final int MOST = 3;

	/** The largest photo accepted: 10 MB, more than a phone's photo. */
	public static final long LARGEST = 10 * Uploads.MEGABYTE;

	/** JPEG and PNG, in the order the types are named to the reporter. */
	public static final Set<String> TYPES = new LinkedHashSet<>(List.of("image/jpeg", "image/png"));

	/** A photo chosen but not sent is kept staged this long; its document stays until its retention ends. */
	private static final Duration STAGED_FOR = Duration.ofDays(1);
	private static final int LONGEST_NAME = 100;

	private final JdbcClient jdbc;
	private final Uploads uploads;
	private final DocumentStore documents;
	private final Clock clock;

	ReportPhotos(JdbcClient jdbc, Uploads uploads, DocumentStore documents, Clock clock) {
		this.jdbc = jdbc;
		this.uploads = uploads;
		this.documents = documents;
		this.clock = clock;
	}

	/**
	 * What became of a chosen photo: staged, or refused with a message key (in {@code documents_*} or
	 * {@code feedback_*} properties) and its arguments, the first of which names the file.
	 */
	public record Staging(Optional<ReportPhoto> photo, String messageKey, List<Object> arguments) {

		public Staging {
			arguments = List.copyOf(arguments);
		}

		public boolean staged() {
			return photo.isPresent();
		}

		public Object[] messageArguments() {
			return arguments.toArray();
		}
	}

	/** Checks, cleans and keeps a photo a reporter chose on the form with this key. */
	@Transactional
	public Staging stage(String formKey, String filename, byte[] content) {
		UploadCheck check = uploads.check(filename, content, TYPES, LARGEST);
		if (!check.accepted()) {
			return new Staging(Optional.empty(), check.messageKey(), check.arguments());
		}
		String name = name(filename, check.mediaType());
		PhotoCleaning.Cleaned cleaned = PhotoCleaning.clean(content, check.mediaType());
		if (cleaned instanceof PhotoCleaning.Unfit unfit) {
			return new Staging(Optional.empty(), unfit.messageKey(), List.of(name));
		}
		StoredDocument stored = documents.store(((PhotoCleaning.Clean) cleaned).content(), check.mediaType());
		Instant now = clock.instant();
		jdbc.sql("DELETE FROM feedback_photo_staged WHERE staged_at < :before").param("before", Timestamp.from(now.minus(STAGED_FOR))).update();
		jdbc.sql("""
				INSERT INTO feedback_photo_staged (form_key, sha256, filename, media_type, size, staged_at)
				VALUES (:key, :sha, :name, :type, :size, :at) ON CONFLICT (form_key, sha256) DO NOTHING
				""").param("key", formKey).param("sha", stored.id().sha256()).param("name", name).param("type", stored.mediaType())
				.param("size", stored.size()).param("at", Timestamp.from(now)).update();
		return new Staging(Optional.of(new ReportPhoto(stored.id().sha256(), name, stored.mediaType(), stored.size(), false)), null, List.of());
	}

	/** The photos among these that were staged under the form's key, in the order given; others are ignored. */
	public List<ReportPhoto> staged(String formKey, List<String> sha256s) {
		if (formKey == null || sha256s == null || sha256s.isEmpty()) {
			return List.of();
		}
		List<ReportPhoto> found = jdbc.sql("SELECT * FROM feedback_photo_staged WHERE form_key = :key AND sha256 IN (:shas)")
				.param("key", formKey).param("shas", List.copyOf(new LinkedHashSet<>(sha256s)))
				.query((rs, n) -> new ReportPhoto(rs.getString("sha256"), rs.getString("filename"), rs.getString("media_type"), rs.getLong("size"), false))
				.list();
		List<ReportPhoto> ordered = new ArrayList<>();
		new LinkedHashSet<>(sha256s).forEach(sha -> found.stream().filter(p -> p.sha256().equals(sha)).findFirst().ifPresent(ordered::add));
		return ordered.size() > MOST ? ordered.subList(0, MOST) : ordered;
	}

	/** The photos as the attachments of the report's case. */
	public List<CaseDocument> attachments(List<ReportPhoto> photos) {
		Instant now = clock.instant();
		return photos.stream().map(p -> new CaseDocument(p.sha256(), CaseDocument.Role.ATTACHMENT, p.filename(), p.mediaType(), p.size(), now))
				.toList();
	}

	/** Lists the images among a new report's attachments as its photos, none yet approved. */
	void file(String reference, List<CaseDocument> attachments) {
		int position = 0;
		for (CaseDocument attachment : attachments) {
			if (!TYPES.contains(attachment.mediaType())) {
				continue;
			}
			jdbc.sql("""
					INSERT INTO feedback_report_photo (reference, sha256, filename, media_type, size, position)
					VALUES (:r, :sha, :name, :type, :size, :position) ON CONFLICT DO NOTHING
					""").param("r", reference).param("sha", attachment.sha256()).param("name", attachment.filename())
					.param("type", attachment.mediaType()).param("size", attachment.size()).param("position", ++position).update();
		}
	}

	/** A report's photos in the order they were chosen. */
	public List<ReportPhoto> of(String reference) {
		return jdbc.sql("SELECT * FROM feedback_report_photo WHERE reference = :r ORDER BY position").param("r", reference)
				.query((rs, n) -> new ReportPhoto(rs.getString("sha256"), rs.getString("filename"), rs.getString("media_type"), rs.getLong("size"),
						rs.getBoolean("approved")))
				.list();
	}

	/**
	 * An officer approves a photo for the public, or hides it again; who and when are kept.
	 * @throws IllegalArgumentException when the report has no such photo
	 */
	@Transactional
	public void review(String reference, String sha256, boolean approved, String staffId) {
		int changed = jdbc.sql("UPDATE feedback_report_photo SET approved = :a, reviewed_by = :by, reviewed_at = :at WHERE reference = :r AND sha256 = :sha")
				.param("a", approved).param("by", staffId).param("at", Timestamp.from(clock.instant())).param("r", reference).param("sha", sha256)
				.update();
		if (changed == 0) {
			throw new IllegalArgumentException("report " + reference + " has no photo " + sha256);
		}
		jdbc.sql("""
				UPDATE feedback_report SET public_photo = (SELECT sha256 FROM feedback_report_photo WHERE reference = :r AND approved
				  ORDER BY position LIMIT 1) WHERE reference = :r
				""").param("r", reference).update();
	}

	/** A photo's bytes and type. */
	public record Content(byte[] bytes, String mediaType) {
	}

	/** The bytes of one of the report's photos; with {@code approvedOnly}, only of an approved one. */
	public Optional<Content> content(String reference, String sha256, boolean approvedOnly) {
		return of(reference).stream().filter(p -> p.sha256().equals(sha256) && (p.approved() || !approvedOnly)).findFirst()
				.flatMap(p -> documents.content(new DocumentId(p.sha256())).map(bytes -> new Content(bytes, p.mediaType())));
	}

	/** The name the reporter's file had, without a path or control characters, with a fallback. */
	private static String name(String filename, String mediaType) {
		String name = filename == null ? "" : filename.substring(Math.max(filename.lastIndexOf('/'), filename.lastIndexOf('\\')) + 1);
		StringBuilder kept = new StringBuilder();
		name.codePoints().filter(c -> !Character.isISOControl(c) && Character.getType(c) != Character.FORMAT).limit(LONGEST_NAME)
				.forEach(kept::appendCodePoint);
		String stripped = kept.toString().strip();
		return stripped.isEmpty() ? (mediaType.equals("image/png") ? "photo.png" : "photo.jpg") : stripped;
	}
}
