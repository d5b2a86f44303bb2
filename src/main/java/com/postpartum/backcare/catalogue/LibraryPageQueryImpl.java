package com.postpartum.backcare.catalogue;

import java.util.List;

import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.criteria.Predicate;

import org.hibernate.Session;
import org.hibernate.query.criteria.HibernateCriteriaBuilder;
import org.hibernate.query.criteria.JpaCriteriaQuery;
import org.hibernate.query.criteria.JpaRoot;
import org.hibernate.query.criteria.JpaSubQuery;
import org.springframework.data.jpa.domain.Specification;

/**
 * One statement that first picks the page's ids in the library's order, then reads only those
 * rows: the ids come from an index alone (a filter's index holds name and id, V8), so a page
 * far into a large catalogue skips index entries instead of sorting every row. With the rows
 * sorted and skipped directly, PostgreSQL read and sorted all 10,000 exercises (on disk) for
 * the last page (docs/performance.md, "100,000 mothers on PostgreSQL").
 */
class LibraryPageQueryImpl implements LibraryPageQuery {

	@PersistenceContext
	private EntityManager entityManager;

	@Override
	public List<Exercise> findPage(Specification<Exercise> filter, long offset, int size) {
		HibernateCriteriaBuilder cb = entityManager.unwrap(Session.class).getCriteriaBuilder();
		JpaCriteriaQuery<Exercise> query = cb.createQuery(Exercise.class);
		JpaRoot<Exercise> exercise = query.from(Exercise.class);
		JpaSubQuery<Long> page = query.subquery(Long.class);
		JpaRoot<Exercise> candidate = page.from(Exercise.class);
		page.select(candidate.get("id"));
		Predicate matches = filter.toPredicate(candidate, query, cb);
		if (matches != null) {
			page.where(matches);
		}
		page.orderBy(cb.asc(candidate.get("name")), cb.asc(candidate.get("id"))).offset(offset).fetch(size);
		query.select(exercise)
			.where(exercise.get("id").in(page))
			.orderBy(cb.asc(exercise.get("name")), cb.asc(exercise.get("id")));
		return entityManager.createQuery(query).getResultList();
	}

	@Override
	public List<String> findSlugs(Specification<Exercise> filter) {
		HibernateCriteriaBuilder cb = entityManager.unwrap(Session.class).getCriteriaBuilder();
		JpaCriteriaQuery<String> query = cb.createQuery(String.class);
		JpaRoot<Exercise> exercise = query.from(Exercise.class);
		query.select(exercise.get("slug"));
		Predicate matches = filter.toPredicate(exercise, query, cb);
		if (matches != null) {
			query.where(matches);
		}
		return entityManager.createQuery(query).getResultList();
	}

}
