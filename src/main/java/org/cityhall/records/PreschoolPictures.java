package org.cityhall.records;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import com.github.f4b6a3.uuid.UuidCreator;
import org.cityhall.documents.DocumentId;
import org.cityhall.documents.DocumentStore;
import org.cityhall.documents.StoredDocument;
import org.cityhall.records.PreschoolViews.Child;
import org.cityhall.records.PreschoolViews.Picture;
import org.cityhall.shared.Actor;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A child's pictures, made at pre-school: the staff upload them, and only the child's guardians of today
 * ever get their bytes; every fetch is audited and every picture filed never to be indexed.
 */
@Service
public class PreschoolPictures {

	private final JdbcClient jdbc;
	private final Preschools preschools;
	private final DocumentStore documents;
	private final ApplicationEventPublisher events;
	private final RecordsArchive archive;

	PreschoolPictures(JdbcClient jdbc, Preschools preschools, DocumentStore documents, ApplicationEventPublisher events,
			RecordsArchive archive) {
		this.jdbc = jdbc;
		this.preschools = preschools;
		this.documents = documents;
		this.events = events;
		this.archive = archive;
	}

	/**
	 * Staff keep a picture a child made, for the child's guardians. The content must have been checked as
	 * an image by the caller ({@code Uploads}).
	 * @throws AccessDeniedException unless the actor is staff of the child's pre-school
	 */
	@Transactional
	public UUID uploadPicture(Actor staff, UUID enrolmentId, byte[] content, String mediaType, String title) {
		Child child = preschools.enrolment(enrolmentId).orElseThrow(() -> new AccessDeniedException("no enrolment " + enrolmentId));
		preschools.requireStaff(staff, child.preschool());
		StoredDocument stored = documents.store(content, mediaType);
		UUID id = UuidCreator.getTimeOrderedEpoch();
		Instant now = preschools.now();
		jdbc.sql("""
				INSERT INTO records_picture (id, child, preschool, document, media_type, title, uploaded_by, uploaded_at)
				VALUES (:id, :child, :p, :document, :type, :title, :by, :now)
				""")
				.param("id", id).param("child", child.number().value()).param("p", child.preschool())
				.param("document", stored.id().sha256()).param("type", stored.mediaType())
				.param("title", title == null ? "" : title.strip()).param("by", staff.who().id())
				.param("now", CareDiaries.utc(now))
				.update();
		events.publishEvent(new PictureUploaded(UuidCreator.getTimeOrderedEpoch(), now, id, child.enrolmentId(), child.number(),
				child.preschool(), stored.id(), staff.who().id(), archive.preschoolChild()));
		return id;
	}

	/** The child's pictures, newest first, for a guardian (see {@link Preschools#childFor}). */
	public List<Picture> pictures(Child child) {
		return jdbc.sql("SELECT id, title, media_type, uploaded_at FROM records_picture WHERE child = :c ORDER BY uploaded_at DESC")
				.param("c", child.number().value())
				.query((rs, row) -> new Picture(rs.getObject("id", UUID.class), rs.getString("title"), rs.getString("media_type"),
						Preschools.instant(rs, "uploaded_at")))
				.list();
	}

	/** A picture's bytes and media type. */
	public record PictureContent(byte[] content, String mediaType) {
	}

	/**
	 * A picture's bytes, for a guardian of the child it belongs to and no one else, the read audited.
	 * @throws AccessDeniedException for anyone else, and for a picture that does not exist
	 */
	@Transactional
	public PictureContent picture(Actor guardian, UUID pictureId) {
		Optional<String[]> row = jdbc.sql("SELECT child, document, media_type FROM records_picture WHERE id = :id")
				.param("id", pictureId)
				.query((rs, r) -> new String[] {rs.getString("child"), rs.getString("document"), rs.getString("media_type")})
				.optional();
		if (row.isEmpty() || !preschools.isGuardian(guardian, Preschools.number(row.get()[0]))) {
			throw new AccessDeniedException("not a guardian of the child of picture " + pictureId);
		}
		preschools.record(guardian, "guardian", Preschools.number(row.get()[0]), "guardianship");
		byte[] content = documents.content(new DocumentId(row.get()[1]))
				.orElseThrow(() -> new IllegalStateException("picture " + pictureId + " is missing from the document store"));
		return new PictureContent(content, row.get()[2]);
	}
}
