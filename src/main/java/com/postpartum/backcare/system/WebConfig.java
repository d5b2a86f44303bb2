package com.postpartum.backcare.system;

import java.io.IOException;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpHeaders;
import org.springframework.web.filter.ShallowEtagHeaderFilter;

import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.info.Info;

@Configuration
class WebConfig {

	/**
	 * Catalogue pages change only on deploy: an ETag lets a returning phone get a 304
	 * instead of the page again. "no-cache" means revalidate, so a new deploy shows at once.
	 */
	@Bean
	FilterRegistrationBean<ShallowEtagHeaderFilter> catalogueEtags() {
		ShallowEtagHeaderFilter filter = new ShallowEtagHeaderFilter() {
			@Override
			protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response,
					FilterChain chain) throws ServletException, IOException {
				response.setHeader(HttpHeaders.CACHE_CONTROL, "no-cache");
				super.doFilterInternal(request, response, chain);
			}
		};
		FilterRegistrationBean<ShallowEtagHeaderFilter> registration = new FilterRegistrationBean<>(filter);
		registration.addUrlPatterns("/", "/exercises", "/exercises/*", "/learn", "/learn/*", "/routines",
				"/routines/*", "/api/v1/exercises", "/api/v1/exercises/*", "/api/v1/routines", "/api/v1/routines/*");
		return registration;
	}

	@Bean
	OpenAPI backcareOpenApi() {
		return new OpenAPI().info(new Info().title("Postpartum back care API")
			.version("v1")
			.description("The exercise catalogue and curated routines. Not medical advice."));
	}

}
