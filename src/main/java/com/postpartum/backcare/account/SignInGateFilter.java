package com.postpartum.backcare.account;

import java.io.IOException;
import java.time.Duration;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Before the sign-in form's password is checked, asks the {@link SignInGate} whether this
 * client must wait; if so, answers "wait N seconds" without checking anything, the same for
 * every email, known or not.
 */
final class SignInGateFilter extends OncePerRequestFilter {

	static final String LOGIN = "/login";

	private final SignInGate gate;

	SignInGateFilter(SignInGate gate) {
		this.gate = gate;
	}

	@Override
	protected boolean shouldNotFilter(HttpServletRequest request) {
		return !"POST".equals(request.getMethod())
				|| !(request.getContextPath() + LOGIN).equals(request.getRequestURI());
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		Duration wait = gate.waitBefore(request.getRemoteAddr(), request.getParameter("email"));
		if (wait.compareTo(Duration.ZERO) > 0) {
			long seconds = Math.max(1, (wait.toMillis() + 999) / 1000);
			response.sendRedirect(request.getContextPath() + LOGIN + "?wait=" + seconds);
			return;
		}
		chain.doFilter(request, response);
	}

}
