package org.cityhall.identity.demo;

import org.cityhall.identity.staff.StaffDirectory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;

/** In demo mode, the demo city's staff are registered (again) at every start, so their roles are as documented. */
@Component
@ConditionalOnBooleanProperty("cityhall.demo")
class DemoStaffLoader implements SmartLifecycle {

	private final StaffDirectory directory;
	private volatile boolean running;

	DemoStaffLoader(StaffDirectory directory) {
		this.directory = directory;
	}

	@Override
	public void start() {
		DemoStaff.all().forEach(directory::save);
		running = true;
	}

	@Override
	public void stop() {
		running = false;
	}

	@Override
	public boolean isRunning() {
		return running;
	}
}
