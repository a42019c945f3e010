package org.cityhall.shared;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.TimeUnit;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.concurrent.CustomizableThreadFactory;

/**
 * Threads for work that may wait while people are being answered: each lowers its own scheduling
 * priority (raises its nice value) when it starts, so the operating system gives it the processor time
 * that pages and submissions leave over and takes it back the moment they need it. Java's own thread
 * priorities do nothing on Linux; the thread's nice value does, and Linux keeps one per thread. Where
 * that cannot be done (another system, no {@code renice}), the threads run at the normal priority.
 * <p>
 * At nice 10 a busy thread gets about a tenth of what a thread at the normal priority gets beside it, so
 * the work keeps moving while people are answered first; at nice 19 (the receipts' PDFs) it gets next to
 * nothing until the processor is free.
 */
public final class LowPriorityThreads implements ThreadFactory {

	/** Work that waits for people but keeps moving: the event listeners, the scheduled jobs, the search index's merges. */
	public static final int BACKGROUND = 10;

	/** Work that waits until the processor is free: the case documents' PDFs. */
	public static final int LEAST = 19;

	private static final Logger LOG = LoggerFactory.getLogger(LowPriorityThreads.class);
	private static final Path THREAD_SELF = Path.of("/proc/thread-self");

	private final CustomizableThreadFactory threads;
	private final int nice;

	/**
	 * @param namePrefix the threads' names, numbered after it
	 * @param nice the nice value each thread takes, 1 to 19
	 */
	public LowPriorityThreads(String namePrefix, int nice) {
		if (nice < 1 || nice > 19) {
			throw new IllegalArgumentException("a lower priority is a nice value of 1 to 19, not " + nice);
		}
		this.threads = new CustomizableThreadFactory(namePrefix);
		this.threads.setThreadPriority(Thread.MIN_PRIORITY);
		this.nice = nice;
	}

	@Override
	public Thread newThread(Runnable work) {
		return threads.newThread(() -> {
			lowerCurrentThread(nice);
			work.run();
		});
	}

	/** Gives the calling thread the nice value, for a thread made elsewhere (a library's) that runs background work. */
	public static void lowerCurrentThread(int nice) {
		if (!Files.exists(THREAD_SELF)) {
			return;
		}
		try {
			// /proc/thread-self links to /proc/<process>/task/<thread>: the thread's own id, which renice takes.
			String thread = Files.readSymbolicLink(THREAD_SELF).getFileName().toString();
			Process renice = new ProcessBuilder("renice", "-n", Integer.toString(nice), "-p", thread).redirectErrorStream(true)
					.redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
			if (!renice.waitFor(10, TimeUnit.SECONDS)) {
				renice.destroy();
			}
		}
		catch (IOException ex) {
			LOG.info("{} keeps the normal scheduling priority: {}", Thread.currentThread().getName(), ex.getMessage());
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
	}
}
