package org.cityhall.cases;

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
 * priority to the least (nice 19) when it starts, so the operating system gives it the processor time
 * that pages and submissions leave over and takes it back the moment they need it. Java's own thread
 * priorities do nothing on Linux; the thread's nice value does, and Linux keeps one per thread. Where
 * that cannot be done (another system, no {@code renice}), the threads run at the normal priority.
 */
final class LowPriorityThreads implements ThreadFactory {

	private static final Logger LOG = LoggerFactory.getLogger(LowPriorityThreads.class);
	private static final Path THREAD_SELF = Path.of("/proc/thread-self");

	private final CustomizableThreadFactory threads;

	LowPriorityThreads(String namePrefix) {
		this.threads = new CustomizableThreadFactory(namePrefix);
		this.threads.setThreadPriority(Thread.MIN_PRIORITY);
	}

	@Override
	public Thread newThread(Runnable work) {
		return threads.newThread(() -> {
			lowerOwnPriority();
			work.run();
		});
	}

	private static void lowerOwnPriority() {
		if (!Files.exists(THREAD_SELF)) {
			return;
		}
		try {
			// /proc/thread-self links to /proc/<process>/task/<thread>: the thread's own id, which renice takes.
			String thread = Files.readSymbolicLink(THREAD_SELF).getFileName().toString();
			Process renice = new ProcessBuilder("renice", "-n", "19", "-p", thread).redirectErrorStream(true)
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
