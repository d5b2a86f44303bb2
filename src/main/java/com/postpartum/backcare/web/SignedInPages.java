package com.postpartum.backcare.web;

import java.util.Set;

/**
 * What a signed-in mother's own pages show depends on her data and the day alone; the
 * feature that owns that data says which pages those are and tells, in one cheap statement,
 * whether her data has changed ({@link SignedInPageCacheFilter}).
 */
public interface SignedInPages {

	/** The addresses of her pages that may be kept, without a query string. */
	Set<String> paths();

	/**
	 * A word that changes whenever anything those pages show for her changes: her account,
	 * her answers, her practice sessions, the day. Read from the database on every request, so
	 * a change made through another instance shows at once.
	 */
	String versionFor(long accountId);

}
