package com.postpartum.backcare.catalogue;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;

public interface ExerciseRepository
		extends JpaRepository<Exercise, Long>, JpaSpecificationExecutor<Exercise>, LibraryPageQuery {

	Optional<Exercise> findBySlug(String slug);

	List<Exercise> findBySlugIn(Collection<String> slugs);

}
