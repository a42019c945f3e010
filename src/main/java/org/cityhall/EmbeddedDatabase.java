package org.cityhall;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.util.Optional;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The PostgreSQL server the demo city runs on when no external database is configured. Its data
 * lives in a directory of its own, so the demo city survives a restart, and a lock file beside it
 * keeps a second CityHall from opening the same directory.
 */
public final class EmbeddedDatabase implements AutoCloseable {

	private static final Logger log = LoggerFactory.getLogger(EmbeddedDatabase.class);

	private final Path dataDirectory;
	private final FileChannel lockChannel;
	private final FileLock lock;
	private final EmbeddedPostgres postgres;

	private EmbeddedDatabase(Path dataDirectory, FileChannel lockChannel, FileLock lock, EmbeddedPostgres postgres) {
		this.dataDirectory = dataDirectory;
		this.lockChannel = lockChannel;
		this.lock = lock;
		this.postgres = postgres;
	}

	/**
	 * Starts PostgreSQL on the given data directory, creating it on first use.
	 * @param port the port to listen on, or 0 for any free port
	 * @throws DataDirectoryInUseException when another process holds the directory
	 */
	public static EmbeddedDatabase start(Path dataDirectory, int port) {
		Path directory = dataDirectory.toAbsolutePath().normalize();
		FileChannel channel = null;
		try {
			Files.createDirectories(directory.getParent());
			Path lockFile = directory.resolveSibling(directory.getFileName() + ".lock");
			channel = FileChannel.open(lockFile, StandardOpenOption.CREATE, StandardOpenOption.WRITE);
			FileLock lock = tryLock(channel);
			if (lock == null) {
				throw new DataDirectoryInUseException(directory, lockFile);
			}
			stopOrphanedServer(directory);
			var builder = EmbeddedPostgres.builder()
					.setDataDirectory(directory)
					.setCleanDataDirectory(false)
					// CityHall stops the server itself, after everything that uses it has closed.
					.setRegisterShutdownHook(false)
					.setPGStartupWait(Duration.ofSeconds(60));
			if (port > 0) {
				builder.setPort(port);
			}
			log.info("Starting the embedded PostgreSQL with its data in {}", directory);
			return new EmbeddedDatabase(directory, channel, lock, builder.start());
		}
		catch (IOException ex) {
			closeQuietly(channel);
			throw new IllegalStateException("Could not start the embedded PostgreSQL in " + directory + ": " + ex.getMessage(), ex);
		}
		catch (RuntimeException ex) {
			closeQuietly(channel);
			throw ex;
		}
	}

	public String jdbcUrl(String database) {
		return postgres.getJdbcUrl("postgres", database);
	}

	public int port() {
		return postgres.getPort();
	}

	public Path dataDirectory() {
		return dataDirectory;
	}

	@Override
	public void close() throws IOException {
		try {
			postgres.close();
		}
		finally {
			lock.release();
			lockChannel.close();
		}
	}

	private static FileLock tryLock(FileChannel channel) throws IOException {
		try {
			return channel.tryLock();
		}
		catch (OverlappingFileLockException ex) {
			// Held by this very JVM, for instance by a second application context.
			return null;
		}
	}

	/**
	 * A server left running by a CityHall that was killed keeps its pid file; since we hold the
	 * lock, no living CityHall owns it, so it is stopped before a fresh start.
	 */
	private static void stopOrphanedServer(Path directory) throws IOException {
		Path pidFile = directory.resolve("postmaster.pid");
		if (!Files.exists(pidFile)) {
			return;
		}
		Optional<ProcessHandle> orphan = Files.readAllLines(pidFile).stream().findFirst()
				.map(String::trim)
				.filter(line -> line.matches("\\d+"))
				.flatMap(pid -> ProcessHandle.of(Long.parseLong(pid)))
				.filter(process -> process.info().command().map(c -> c.endsWith("postgres")).orElse(false));
		if (orphan.isPresent()) {
			log.warn("Stopping a PostgreSQL server (pid {}) left running on {} by an earlier run", orphan.get().pid(), directory);
			orphan.get().destroy();
			try {
				orphan.get().onExit().get(30, java.util.concurrent.TimeUnit.SECONDS);
			}
			catch (Exception ex) {
				throw new IllegalStateException("A PostgreSQL server left running on " + directory + " did not stop", ex);
			}
		}
		Files.deleteIfExists(pidFile);
	}

	private static void closeQuietly(FileChannel channel) {
		if (channel != null) {
			try {
				channel.close();
			}
			catch (IOException ignored) {
				// the original failure is the one worth reporting
			}
		}
	}

	/** Another CityHall already runs on this data directory. */
	public static final class DataDirectoryInUseException extends IllegalStateException {

		public DataDirectoryInUseException(Path directory, Path lockFile) {
			super("The data directory " + directory + " is already in use by another CityHall (it holds " + lockFile
					+ "). Stop the other instance, or give this one its own directory with"
					+ " --cityhall.embedded-database.data-directory=<path>.");
		}
	}
}
