package com.postpartum.backcare.account;

import java.time.Duration;
import java.util.Map;
import java.util.function.Supplier;

import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.support.RequestContextUtils;

import com.postpartum.backcare.web.AccountHolder;
import com.postpartum.backcare.web.SignedInAccount;
import com.postpartum.backcare.web.WholeNumber;

/** Register, sign in (the form; Spring Security checks it, or a passkey), her account page and deleting it. */
@Controller
class AccountController {

	static final String REGISTER_VIEW = "account/register";

	static final String LOGIN_VIEW = "account/login";

	static final String ACCOUNT_URL = "/account";

	private final AccountService accounts;

	private final SignInHere signInHere;

	private final LoginThrottle throttle;

	private final EmailChange emailChange;

	private final AccountPage page;

	AccountController(AccountService accounts, SignInHere signInHere, LoginThrottle throttle, EmailChange emailChange,
			AccountPage page) {
		this.emailChange = emailChange;
		this.page = page;
		this.accounts = accounts;
		this.signInHere = signInHere;
		this.throttle = throttle;
	}

	@GetMapping("/register")
	String registerForm(Model model) {
		model.addAttribute("email", "");
		model.addAttribute("errors", Map.of());
		return REGISTER_VIEW;
	}

	@PostMapping("/register")
	String register(@RequestParam(defaultValue = "") String email, @RequestParam(defaultValue = "") String password,
			@RequestParam(defaultValue = "") String confirmPassword, HttpServletRequest request,
			HttpServletResponse response, Model model) throws ServletException {
		Registration registration = new Registration(email, password, confirmPassword);
		String address = request.getRemoteAddr();
		// Trying emails here to learn who has an account counts as guessing, as at sign-in.
		if (throttle.waitBefore(address, registration.normalisedEmail()).compareTo(Duration.ZERO) > 0) {
			return registerAgain(HttpStatus.TOO_MANY_REQUESTS, email, Map.of("email", "register.error.wait"), response,
					model);
		}
		AccountService.Result result = accounts.register(registration);
		if (!result.isCreated()) {
			if (AccountService.EXISTS.equals(result.problems().get("email"))) {
				throttle.failed(address, registration.normalisedEmail());
			}
			return registerAgain(HttpStatus.BAD_REQUEST, email, result.problems(), response, model);
		}
		throttle.succeeded(address, result.account().getEmail());
		signInHere.signIn(result.account(), false, request, response);
		return "redirect:" + ACCOUNT_URL + "?welcome";
	}

	private static String registerAgain(HttpStatus status, String email, Map<String, String> problems,
			HttpServletResponse response, Model model) {
		response.setStatus(status.value());
		model.addAttribute("email", email.length() > 254 ? email.substring(0, 254) : email);
		model.addAttribute("errors", problems);
		return REGISTER_VIEW;
	}

	/** {@code ?wait=N}: the throttle's answer, shown in seconds, or in minutes from two minutes on. */
	@GetMapping("/login")
	String loginForm(@RequestParam(name = "wait", required = false) String wait, Model model) {
		WholeNumber.parse(wait, 1, 3600).ifPresent(seconds -> {
			model.addAttribute("waitSeconds", seconds < 120 ? seconds : null);
			model.addAttribute("waitMinutes", seconds < 120 ? null : (seconds + 59) / 60);
		});
		return LOGIN_VIEW;
	}

	@GetMapping(ACCOUNT_URL)
	String account(@SignedInAccount AccountHolder signedIn, HttpServletRequest request, Model model) {
		return accountPage(model, signedIn.accountId(), request);
	}

	/** Ends her sign-in sessions on every other device (a lost phone, a shared tablet); this one stays. */
	@PostMapping(ACCOUNT_URL + "/sign-out-others")
	String signOutOthers(@SignedInAccount AccountHolder signedIn, HttpServletRequest request) {
		accounts.signOutOthers(signedIn.accountId(), request.getSession().getId());
		return "redirect:" + ACCOUNT_URL + "?signedOutOthers";
	}

	/**
	 * Her current password first, then the rules of registration for the new one. The session
	 * gets a new id, as at any sign-in.
	 */
	@PostMapping(ACCOUNT_URL + "/password")
	String changePassword(@RequestParam(defaultValue = "") String currentPassword,
			@RequestParam(defaultValue = "") String newPassword,
			@RequestParam(defaultValue = "") String confirmNewPassword, @SignedInAccount AccountHolder signedIn,
			HttpServletRequest request, HttpServletResponse response, Model model) {
		long accountId = signedIn.accountId();
		Map<String, String> problems = guardedByHerPassword(accountId, request, response,
				() -> accounts.changePassword(accountId,
						new PasswordChange(currentPassword, newPassword, confirmNewPassword),
						request.getSession().getId()));
		if (problems.isEmpty()) {
			request.changeSessionId();
			return "redirect:" + ACCOUNT_URL + "?passwordChanged";
		}
		model.addAttribute("passwordErrors", problems);
		return accountPage(model, accountId, request);
	}

	/** Mails a link to the new address; her email changes only when it is opened. */
	@PostMapping(ACCOUNT_URL + "/email")
	String changeEmail(@RequestParam(defaultValue = "") String newEmail,
			@RequestParam(defaultValue = "") String currentPassword, @SignedInAccount AccountHolder signedIn,
			HttpServletRequest request, HttpServletResponse response, Model model) {
		long accountId = signedIn.accountId();
		Map<String, String> problems = guardedByHerPassword(accountId, request, response,
				() -> emailChange.request(accountId, newEmail, currentPassword, request.getRemoteAddr(),
						RequestContextUtils.getLocale(request)));
		if (problems.isEmpty()) {
			return "redirect:" + ACCOUNT_URL + "?emailLinkSent";
		}
		model.addAttribute("emailErrors", problems);
		model.addAttribute("newEmail", newEmail.length() > Registration.MAX_EMAIL
				? newEmail.substring(0, Registration.MAX_EMAIL) : newEmail);
		return accountPage(model, accountId, request);
	}

	/**
	 * A change her current password guards: a wrong one counts in the sign-in throttle like a
	 * wrong sign-in (an open session must not be a free guessing machine), and once the throttle
	 * says wait, nothing is checked. Problems set the answer's status.
	 */
	private Map<String, String> guardedByHerPassword(long accountId, HttpServletRequest request,
			HttpServletResponse response, Supplier<Map<String, String>> change) {
		String email = accounts.find(accountId).orElseThrow().getEmail();
		String address = request.getRemoteAddr();
		if (throttle.waitBefore(address, email).compareTo(Duration.ZERO) > 0) {
			response.setStatus(HttpStatus.TOO_MANY_REQUESTS.value());
			return Map.of("currentPassword", "account.password.error.wait");
		}
		Map<String, String> problems = change.get();
		if (problems.containsKey("currentPassword")) {
			throttle.failed(address, email);
		}
		if (!problems.isEmpty()) {
			response.setStatus(HttpStatus.BAD_REQUEST.value());
		}
		return problems;
	}

	@PostMapping(ACCOUNT_URL + "/delete")
	String delete(@RequestParam(defaultValue = "false") boolean confirm, @SignedInAccount AccountHolder signedIn,
			HttpServletRequest request, HttpServletResponse response, Model model) throws ServletException {
		long accountId = signedIn.accountId();
		if (!confirm) {
			model.addAttribute("confirmMissing", true);
			return accountPage(model, accountId, request);
		}
		accounts.delete(accountId);
		// Her pages kept by this browser go too (the service worker empties its own copies as well).
		response.setHeader(SecurityConfig.CLEAR_SITE_DATA, SecurityConfig.CLEAR_CACHE);
		request.logout();
		if (request.getSession(false) != null) {
			request.getSession(false).invalidate();
		}
		return "redirect:/?deleted";
	}

	private String accountPage(Model model, long accountId, HttpServletRequest request) {
		return page.render(model, accountId, request);
	}

}
