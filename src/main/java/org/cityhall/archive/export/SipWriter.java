package org.cityhall.archive.export;

import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.cityhall.archive.ArchivedRecord;
import org.cityhall.documents.DocumentId;
import org.cityhall.documents.DocumentStore;
import org.roda_project.commons_ip.utils.IPEnums;
import org.roda_project.commons_ip.utils.IPException;
import org.roda_project.commons_ip.utils.METSEnums.CreatorType;
import org.roda_project.commons_ip.utils.ZipEntryInfo;
import org.roda_project.commons_ip2.model.IPAgent;
import org.roda_project.commons_ip2.model.IPAgentNoteTypeEnum;
import org.roda_project.commons_ip2.model.IPContentInformationType;
import org.roda_project.commons_ip2.model.IPContentType;
import org.roda_project.commons_ip2.model.IPDescriptiveMetadata;
import org.roda_project.commons_ip2.model.IPFile;
import org.roda_project.commons_ip2.model.IPRepresentation;
import org.roda_project.commons_ip2.model.MetadataType;
import org.roda_project.commons_ip2.model.SIP;
import org.roda_project.commons_ip2.model.impl.eark.EARKSIP;
import org.roda_project.commons_ip2.model.impl.eark.out.writers.strategy.WriteStrategy;
import org.roda_project.commons_ip2.utils.ZIPUtils;

/**
 * Writes archive records and their documents as one E-ARK Submission Information Package (CSIP and
 * SIP 2.2.0, which Riksarkivet adopted as FGS Paketstruktur 2.0), zipped, to a stream: a METS file
 * naming the city as creator and CityHall as the creating software, Dublin Core descriptive metadata
 * per matter, and one representation whose data are each record as JSON ({@code records/}) and each
 * document once ({@code documents/}), every file with its SHA-256 in METS; and a readable index of the
 * records in {@code documentation/index.html}.
 * <p>
 * The package is assembled in a temporary directory, one record at a time, and zipped straight to the
 * stream, so an export of many records is never held whole in memory; the directory is removed after.
 */
public final class SipWriter {

	static final String SPECIFICATION = "2.2.0";

	private final DocumentStore documents;
	private final PackageCreator creator;

	public SipWriter(DocumentStore documents, PackageCreator creator) {
		this.documents = documents;
		this.creator = creator;
	}

	/**
	 * Writes the package. The stream is left open.
	 * @param id the package's id ({@code OBJID}); letters, digits, dots, hyphens and underscores
	 * @param label what the package holds, in a sentence
	 * @param records the records, in sequence order; tombstones go as they are, without documents
	 */
	public void write(String id, String label, Iterable<ArchivedRecord> records, OutputStream out) throws IOException {
		Path work = Files.createTempDirectory("cityhall-sip");
		try {
			EARKSIP sip = new EARKSIP(id, IPContentType.getMIXED(), IPContentInformationType.getMIXED(), SPECIFICATION);
			sip.setDescription(label);
			sip.addCreatorSoftwareAgent(PackageCreator.SOFTWARE, creator.softwareVersion());
			sip.addAgent(new IPAgent(creator.name(), "CREATOR", null, CreatorType.ORGANIZATION, null, creator.identification(),
					IPAgentNoteTypeEnum.IDENTIFICATIONCODE));
			IPRepresentation representation = new IPRepresentation("rep1");
			representation.setContentType(IPContentType.getMIXED());
			representation.setDescription(label);
			sip.addRepresentation(representation);

			Map<String, MatterDescription> matters = new LinkedHashMap<>();
			Map<DocumentId, String> written = new HashMap<>();
			Path recordsDir = Files.createDirectories(work.resolve("records"));
			Path documentsDir = Files.createDirectories(work.resolve("documents"));
			Path indexFile = Files.createDirectories(work.resolve("documentation")).resolve("index.html");
			try (IndexPage index = new IndexPage(indexFile, label)) {
				for (ArchivedRecord record : records) {
					Path file = recordsDir.resolve(RecordFiles.name(record));
					Files.writeString(file, RecordFiles.json(record));
					sip.addFileToRepresentation("rep1", new IPFile(file, List.of("records")));
					List<String> documentFiles = new ArrayList<>();
					for (DocumentId document : record.documents()) {
						if (!written.containsKey(document)) {
							String name = RecordFiles.documentName(document, mediaType(document));
							Files.write(documentsDir.resolve(name), documents.content(document).orElseThrow(() -> new IllegalStateException(
									"document " + document.sha256() + " of record " + record.sequence() + " is not in the store")));
							sip.addFileToRepresentation("rep1", new IPFile(documentsDir.resolve(name), List.of("documents")));
							written.put(document, name);
						}
						documentFiles.add(written.get(document));
					}
					index.add(record, documentFiles);
					matters.computeIfAbsent(record.matter().orElse(""), MatterDescription::new).add(record);
				}
			}
			sip.addDocumentation(new IPFile(indexFile));
			Path descriptive = Files.createDirectories(work.resolve("descriptive"));
			int number = 0;
			for (MatterDescription matter : matters.values()) {
				number++;
				Path file = descriptive.resolve(matters.size() == 1 ? "dc.xml" : "dc-" + number + ".xml");
				Files.writeString(file, matter.dublinCore(creator.name()));
				sip.addDescriptiveMetadata(new IPDescriptiveMetadata("dmd-" + number, new IPFile(file),
						new MetadataType(MetadataType.MetadataTypeEnum.DC), "1.1"));
			}
			sip.build(new ToStream(out), id, IPEnums.SipType.EARK2);
		}
		catch (IPException ex) {
			throw new IOException("the E-ARK package " + id + " could not be built: " + ex.getMessage(), ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IOException("building the E-ARK package " + id + " was interrupted", ex);
		}
		finally {
			delete(work);
		}
	}

	private String mediaType(DocumentId document) {
		return documents.find(document).map(found -> found.mediaType()).orElse("application/octet-stream");
	}

	private static void delete(Path directory) {
		try (Stream<Path> paths = Files.walk(directory)) {
			paths.sorted(Comparator.reverseOrder()).forEach(path -> {
				try {
					Files.deleteIfExists(path);
				}
				catch (IOException ex) {
					throw new UncheckedIOException(ex);
				}
			});
		}
		catch (IOException | UncheckedIOException ex) {
			// A temporary directory left behind is the operating system's to clean; the export itself succeeded or failed already.
		}
	}

	/** Zips the package straight to the caller's stream, which stays open for the caller to finish. */
	private static final class ToStream implements WriteStrategy {

		private final OutputStream out;

		ToStream(OutputStream out) {
			this.out = out;
		}

		@Override
		public void setup(Path destinationPath) {
			// Nothing is written to disk.
		}

		@Override
		public Path write(Map<String, ZipEntryInfo> entries, SIP sip, String fileNameWithoutExtension, String fallbackName,
				boolean deleteExisting) throws IPException, InterruptedException {
			return write(entries, sip, fileNameWithoutExtension, fallbackName, true, deleteExisting);
		}

		@Override
		public Path write(Map<String, ZipEntryInfo> entries, SIP sip, String fileNameWithoutExtension, String fallbackName,
				boolean createSipIdFolder, boolean deleteExisting) throws IPException, InterruptedException {
			try {
				ZIPUtils.zip(entries, new FilterOutputStream(out) {
					@Override
					public void write(byte[] bytes, int offset, int length) throws IOException {
						out.write(bytes, offset, length);
					}

					@Override
					public void close() throws IOException {
						// The zip is finished; the caller's stream stays open.
						flush();
					}
				}, sip, createSipIdFolder, true);
			}
			catch (IOException ex) {
				throw new IPException("the package could not be zipped: " + ex.getMessage(), ex);
			}
			return null;
		}

		@Override
		public Path getDestinationPath() {
			return null;
		}
	}
}
