package com.postpartum.backcare.web;

import java.util.List;

/**
 * Pages the service worker keeps for use with no connection, named by the feature that owns
 * them (the catalogue: the library, every exercise with its figure, routines, learn pages),
 * so the base never depends on a feature (docs/architecture.md, "Offline").
 */
public interface OfflinePages {

	/** Addresses, without host, in the order they are fetched. */
	List<String> addresses();

}
