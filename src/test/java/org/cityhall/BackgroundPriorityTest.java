package org.cityhall;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;

import org.cityhall.shared.LowPriorityThreads;
import org.cityhall.shared.LowPriorityThreadsTest;
import org.cityhall.testing.CityHallWebTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.scheduling.concurrent.ThreadPoolTaskExecutor;
import org.springframework.scheduling.concurrent.ThreadPoolTaskScheduler;

/** The event listeners and the scheduled jobs run below the priority of the threads that answer people. */
@CityHallWebTest
class BackgroundPriorityTest {

	@Autowired
	@Qualifier("applicationTaskExecutor")
	ThreadPoolTaskExecutor listeners;

	@Autowired
	ThreadPoolTaskScheduler jobs;

	@BeforeEach
	void onLinuxWithRenice() {
		assumeTrue(Files.exists(Path.of("/proc/thread-self/stat")), "threads' nice values are read from Linux's /proc");
		assumeTrue(Files.isExecutable(Path.of("/usr/bin/renice")) || Files.isExecutable(Path.of("/bin/renice")),
				"renice is not installed here");
	}

	@Test
	void theListenersRunInTheBackground() throws Exception {
		assertThat(listeners.submit(LowPriorityThreadsTest::currentThreadsNice).get()).isEqualTo(LowPriorityThreads.BACKGROUND);
		assertThat(listeners.submit(() -> Thread.currentThread().getName()).get()).startsWith("task-");
	}

	@Test
	void theScheduledJobsRunInTheBackground() throws Exception {
		assertThat(jobs.submit(LowPriorityThreadsTest::currentThreadsNice).get()).isEqualTo(LowPriorityThreads.BACKGROUND);
		assertThat(jobs.submit(() -> Thread.currentThread().getName()).get()).startsWith("scheduling-");
	}

	@Test
	void theThreadAnsweringPeopleKeepsItsPriority() {
		assertThat(LowPriorityThreadsTest.currentThreadsNice()).isLessThan(LowPriorityThreads.BACKGROUND);
	}
}
