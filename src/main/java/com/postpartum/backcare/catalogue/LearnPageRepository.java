package com.postpartum.backcare.catalogue;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

public interface LearnPageRepository extends JpaRepository<LearnPage, Long> {

	Optional<LearnPage> findBySlug(String slug);

	List<LearnPage> findAllByOrderBySortOrderAscTitleAsc();

	List<LearnPage> findBySlugIn(Collection<String> slugs);

}
