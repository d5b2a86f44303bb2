package com.postpartum.backcare.web;

/**
 * The rendered pages kept for visitors without a session ({@link PageCacheFilter}). The
 * feature whose content those pages show clears it when that content changes, so this
 * base package needs to know no feature.
 */
public interface PageCache {

	/** Forgets every kept page: what they show has changed. */
	void clear();

}
