package org.cityhall.placement;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** Tells of every school as CityHall starts; schools saved later tell of themselves ({@link Schools#save}). */
@Component
class SchoolListings implements ApplicationRunner {

	private final Schools schools;

	SchoolListings(Schools schools) {
		this.schools = schools;
	}

	@Override
	@Transactional
	public void run(ApplicationArguments args) {
		schools.announceAll();
	}
}
