package com.postpartum.backcare.catalogue;

import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

import com.postpartum.backcare.web.PageCache;

/** The page cache keeps rendered catalogue pages; once the catalogue is reloaded they are stale. */
@Component
class PageCacheRefresh {

	private final PageCache pageCache;

	PageCacheRefresh(PageCache pageCache) {
		this.pageCache = pageCache;
	}

	@EventListener
	void catalogueLoaded(CatalogueLoadedEvent event) {
		pageCache.clear();
	}

}
