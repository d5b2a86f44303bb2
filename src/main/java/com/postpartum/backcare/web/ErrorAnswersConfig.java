package com.postpartum.backcare.web;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import jakarta.servlet.DispatcherType;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.apache.tomcat.util.buf.EncodedSolidusHandling;
import org.springframework.boot.tomcat.TomcatConnectorCustomizer;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.security.web.firewall.RequestRejectedHandler;
import org.springframework.web.accept.HeaderContentNegotiationStrategy;
import org.springframework.web.context.request.NativeWebRequest;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.HttpMediaTypeNotAcceptableException;
import org.springframework.web.servlet.config.annotation.ContentNegotiationConfigurer;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * Errors that happen outside any controller still get the app's own answers: the friendly
 * pages, or problem+json under /api/ (docs/architecture.md, "Errors").
 */
@Configuration
class ErrorAnswersConfig implements WebMvcConfigurer {

	static final String REJECTED_PROBLEM = "{\"type\":\"about:blank\",\"title\":\"Bad Request\",\"status\":400,"
			+ "\"detail\":\"The address contains characters that are not allowed, such as an encoded slash (%2F).\"}";

	/**
	 * Tomcat refuses an encoded slash with its own bare page before the app sees it; let it
	 * through unchanged instead, so that Spring Security's firewall refuses it with our answer.
	 */
	@Bean
	TomcatConnectorCustomizer encodedSlashesReachTheFirewall() {
		return connector -> connector.setEncodedSolidusHandling(EncodedSolidusHandling.PASS_THROUGH.getValue());
	}

	/** What the firewall refuses (encoded slashes, "..", odd characters) is a 400 of ours. */
	@Bean
	RequestRejectedHandler requestRejectedHandler() {
		return (request, response, rejected) -> {
			if (request.getRequestURI().startsWith(ApiExceptionHandler.API_PREFIX)) {
				response.setStatus(HttpStatus.BAD_REQUEST.value());
				response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
				response.setCharacterEncoding(StandardCharsets.UTF_8.name());
				response.getWriter().write(REJECTED_PROBLEM);
			}
			else {
				response.sendError(HttpStatus.BAD_REQUEST.value());
			}
		};
	}

	/** Asked for directly, /error has no error to show: it is simply not a page (404). */
	@Bean
	FilterRegistrationBean<OncePerRequestFilter> errorAddressIsNotAPage() {
		FilterRegistrationBean<OncePerRequestFilter> registration = new FilterRegistrationBean<>(
				new OncePerRequestFilter() {
					@Override
					protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response,
							FilterChain chain) throws ServletException, IOException {
						response.sendError(HttpStatus.NOT_FOUND.value());
					}
				});
		registration.addUrlPatterns("/error", "/error/*");
		registration.setDispatcherTypes(DispatcherType.REQUEST);
		return registration;
	}

	/**
	 * A client that accepts application/problem+json (RFC 9457) accepts JSON: without this, an
	 * API address that produces JSON would answer it 406 before even judging the request.
	 */
	@Override
	public void configureContentNegotiation(ContentNegotiationConfigurer configurer) {
		configurer.strategies(List.of(new HeaderContentNegotiationStrategy() {
			@Override
			public List<MediaType> resolveMediaTypes(NativeWebRequest request)
					throws HttpMediaTypeNotAcceptableException {
				List<MediaType> accepted = super.resolveMediaTypes(request);
				boolean problems = accepted.stream().anyMatch(MediaType.APPLICATION_PROBLEM_JSON::equalsTypeAndSubtype);
				boolean json = accepted.stream().anyMatch(type -> type.isCompatibleWith(MediaType.APPLICATION_JSON));
				if (!problems || json) {
					return accepted;
				}
				List<MediaType> widened = new ArrayList<>(accepted);
				widened.add(MediaType.APPLICATION_JSON);
				return widened;
			}
		}));
	}

}
