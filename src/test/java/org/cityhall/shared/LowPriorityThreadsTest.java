package org.cityhall.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Threads for background work take the nice value asked for; the people's threads keep theirs. */
public class LowPriorityThreadsTest {

	@BeforeAll
	static void onLinuxWithRenice() {
		assumeTrue(Files.exists(Path.of("/proc/thread-self/stat")), "threads' nice values are read from Linux's /proc");
		assumeTrue(Files.isExecutable(Path.of("/usr/bin/renice")) || Files.isExecutable(Path.of("/bin/renice")),
				"renice is not installed here");
	}

	@Test
	void aThreadOfTheFactoryRunsAtItsNiceValue() throws Exception {
		ExecutorService executor = Executors.newSingleThreadExecutor(new LowPriorityThreads("background-test-", 10));
		try {
			assertThat(executor.submit(LowPriorityThreadsTest::currentThreadsNice).get()).isEqualTo(10);
			assertThat(executor.submit(() -> Thread.currentThread().getName()).get()).startsWith("background-test-");
		}
		finally {
			executor.shutdown();
		}
	}

	@Test
	void aThreadMadeElsewhereLowersItselfAndNoOtherThread() throws Exception {
		int before = currentThreadsNice();
		int lowered = CompletableFuture.supplyAsync(() -> {
			LowPriorityThreads.lowerCurrentThread(LowPriorityThreads.LEAST);
			return currentThreadsNice();
		}, runnable -> new Thread(runnable, "made-elsewhere").start()).get();

		assertThat(lowered).isEqualTo(19);
		assertThat(currentThreadsNice()).isEqualTo(before);
	}

	@Test
	void onlyALowerPriorityCanBeAsked() {
		assertThatIllegalArgumentException().isThrownBy(() -> new LowPriorityThreads("x-", 0));
		assertThatIllegalArgumentException().isThrownBy(() -> new LowPriorityThreads("x-", 20));
	}

	/** The calling thread's nice value: field 19 of its stat, counted after the name in parentheses. */
	public static int currentThreadsNice() {
		try {
			String stat = Files.readString(Path.of("/proc/thread-self/stat"));
			String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
			return Integer.parseInt(fields[19 - 3]);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}
}
