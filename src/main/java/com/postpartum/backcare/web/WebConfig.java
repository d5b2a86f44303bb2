package com.postpartum.backcare.web;

import jakarta.servlet.DispatcherType;

import org.springframework.boot.jackson.autoconfigure.JsonMapperBuilderCustomizer;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.MessageSource;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.web.servlet.resource.ResourceUrlProvider;
import org.thymeleaf.ITemplateEngine;

import tools.jackson.core.StreamReadFeature;

@Configuration
class WebConfig {

	/** Pages whose content changes only when the catalogue is loaded, i.e. on deploy. */
	static final String[] CATALOGUE_PAGES = { "/", "/exercises", "/exercises/*", "/learn", "/learn/*", "/routines",
			"/routines/*", "/api/v1/exercises", "/api/v1/exercises/*", "/api/v1/routines", "/api/v1/routines/*" };

	/** A field sent twice is refused, not silently decided by the last copy. */
	@Bean
	JsonMapperBuilderCustomizer refuseDuplicateFields() {
		return builder -> builder.enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION);
	}

	/** Before everything else, Spring Security included: nothing reads an oversized body. */
	@Bean
	FilterRegistrationBean<RequestSizeFilter> requestSizeRegistration(MessageSource messages) {
		FilterRegistrationBean<RequestSizeFilter> registration = new FilterRegistrationBean<>(
				new RequestSizeFilter(messages));
		registration.setOrder(Ordered.HIGHEST_PRECEDENCE);
		return registration;
	}

	/** Outside Spring Session (whose database reads fail first), inside the size cap. */
	@Bean
	FilterRegistrationBean<DatabaseUnavailableFilter> databaseUnavailableRegistration(DatabaseAvailability database,
			ITemplateEngine templates, ResourceUrlProvider assets, MessageSource messages) {
		FilterRegistrationBean<DatabaseUnavailableFilter> registration = new FilterRegistrationBean<>(
				new DatabaseUnavailableFilter(database, templates, assets, messages));
		registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 10);
		registration.setDispatcherTypes(DispatcherType.REQUEST, DispatcherType.ERROR);
		return registration;
	}

	@Bean
	PageCacheFilter pageCache() {
		return new PageCacheFilter();
	}

	@Bean
	SignedInPageCacheFilter signedInPageCache(ObjectProvider<SignedInPages> signedInPages) {
		return new SignedInPageCacheFilter(signedInPages);
	}

	@Bean
	FilterRegistrationBean<SignedInPageCacheFilter> signedInPageCacheRegistration(SignedInPageCacheFilter pageCache) {
		FilterRegistrationBean<SignedInPageCacheFilter> registration = new FilterRegistrationBean<>(pageCache);
		// After Spring Security: she must be signed in, and its headers (no-store) are written on every answer.
		registration.setOrder(2);
		return registration;
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
