package com.postpartum.backcare.system;

import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration
class WebConfig {

	/** Pages whose content changes only when the catalogue is loaded, i.e. on deploy. */
	static final String[] CATALOGUE_PAGES = { "/", "/exercises", "/exercises/*", "/learn", "/learn/*", "/routines",
			"/routines/*", "/api/v1/exercises", "/api/v1/exercises/*", "/api/v1/routines", "/api/v1/routines/*" };

	@Bean
	PageCacheFilter pageCache() {
		return new PageCacheFilter();
	}

	@Bean
	FilterRegistrationBean<PageCacheFilter> pageCacheRegistration(PageCacheFilter pageCache) {
		FilterRegistrationBean<PageCacheFilter> registration = new FilterRegistrationBean<>(pageCache);
		registration.addUrlPatterns(CATALOGUE_PAGES);
		// After Spring Security, so its headers are written on every answer, 304s included.
		registration.setOrder(1);
		return registration;
	}
}
