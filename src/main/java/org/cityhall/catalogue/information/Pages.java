package org.cityhall.catalogue.information;

import java.util.Optional;
import java.util.UUID;

import org.springframework.data.repository.Repository;

/** The information pages as aggregates, for writing; public reads go through {@code InformationPages}. */
interface Pages extends Repository<InformationPage, UUID> {

	InformationPage save(InformationPage page);

	Optional<InformationPage> findBySlug(String slug);

	boolean existsBySlug(String slug);
}
