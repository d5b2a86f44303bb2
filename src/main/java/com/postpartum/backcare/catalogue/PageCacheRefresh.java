package com.postpartum.backcare.catalogue;

import java.util.List;

import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

import com.postpartum.backcare.web.PageCache;

/** The page caches keep rendered pages that show the catalogue; once it is reloaded they are stale. */
@Component
class PageCacheRefresh {

	private final List<PageCache> pageCaches;

	PageCacheRefresh(List<PageCache> pageCaches) {
		this.pageCaches = pageCaches;
	}

	@EventListener
	void catalogueLoaded(CatalogueLoadedEvent event) {
		pageCaches.forEach(PageCache::clear);
	}

}
