package com.postpartum.backcare.web;

import java.util.List;
import java.util.Locale;

import javax.sql.DataSource;

import jakarta.servlet.DispatcherType;

import org.springframework.boot.jackson.autoconfigure.JsonMapperBuilderCustomizer;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.boot.servlet.filter.OrderedFilter;
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
	FilterRegistrationBean<RequestSizeFilter> requestSizeRegistration(MessageSource messages, Languages languages) {
		FilterRegistrationBean<RequestSizeFilter> registration = new FilterRegistrationBean<>(
				new RequestSizeFilter(messages, languages));
		registration.setOrder(Ordered.HIGHEST_PRECEDENCE);
		return registration;
	}

	/** Every request that needs an unreachable database is refused at once ({@link FailFastDataSource}). */
	@Bean
	static BeanPostProcessor failFastDataSource() {
		return new BeanPostProcessor() {
			@Override
			public Object postProcessAfterInitialization(Object bean, String beanName) {
				return bean instanceof DataSource pool && !(bean instanceof FailFastDataSource) ? new FailFastDataSource(pool)
						: bean;
			}
		};
	}

	/** Outside Spring Session (whose database reads fail first), inside the size cap. */
	@Bean
	FilterRegistrationBean<DatabaseUnavailableFilter> databaseUnavailableRegistration(DatabaseAvailability database,
			ITemplateEngine templates, ResourceUrlProvider assets, MessageSource messages, Languages languages) {
		FilterRegistrationBean<DatabaseUnavailableFilter> registration = new FilterRegistrationBean<>(
				new DatabaseUnavailableFilter(database, templates, assets, messages, languages));
		registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 10);
		registration.setDispatcherTypes(DispatcherType.REQUEST, DispatcherType.ERROR);
		return registration;
	}

	/** Named as Spring MVC expects, so the dispatcher, the templates and the page caches ask the same resolver. */
	@Bean
	Languages localeResolver(@Value("${app.languages:en,es}") List<String> tags) {
		return new Languages(tags.stream().map(Locale::forLanguageTag).toList());
	}

	/** Just inside Spring Boot's request context filter (order -105), before Spring Security. */
	@Bean
	FilterRegistrationBean<LanguageFilter> languageRegistration(Languages languages) {
		FilterRegistrationBean<LanguageFilter> registration = new FilterRegistrationBean<>(new LanguageFilter(languages));
		registration.setOrder(OrderedFilter.REQUEST_WRAPPER_FILTER_MAX_ORDER - 104);
		registration.setDispatcherTypes(DispatcherType.REQUEST, DispatcherType.ERROR, DispatcherType.ASYNC);
		return registration;
	}

	@Bean
	PageCacheFilter pageCache(Languages languages) {
		return new PageCacheFilter(languages);
	}

	@Bean
	SignedInPageCacheFilter signedInPageCache(ObjectProvider<SignedInPages> signedInPages, Languages languages) {
		return new SignedInPageCacheFilter(signedInPages, languages);
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
