package com.postpartum.backcare.account;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import org.junit.jupiter.api.Test;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.session.FindByIndexNameSessionRepository;
import org.springframework.session.Session;

/** Registration answers an existing email after the same work as a new one (no timing tell). */
class AccountServiceTest {

	@Test
	@SuppressWarnings("unchecked")
	void anExistingEmailCostsTheSamePasswordHashAsANewOne() {
		AccountRepository accounts = mock(AccountRepository.class);
		PasswordEncoder passwords = mock(PasswordEncoder.class);
		when(passwords.encode(anyString())).thenReturn("$2a$10$hash");
		when(accounts.existsByEmail("mum@example.com")).thenReturn(true);
		when(accounts.findByEmail("mum@example.com")).thenReturn(java.util.Optional.of(mock(Account.class)));
		when(accounts.saveAndFlush(any())).thenThrow(new org.springframework.dao.DataIntegrityViolationException("dup"));
		AccountService service = new AccountService(accounts, passwords,
				mock(FindByIndexNameSessionRepository.class), mock(LoginThrottle.class), mock(MailedLinkRequests.class), mock(MailedLinks.class),
				java.time.Clock.systemUTC());
		AccountService.Result result = service
			.register(new Registration("mum@example.com", "sleepy owl at dawn", "sleepy owl at dawn"));
		assertThat(result.isCreated()).isFalse();
		assertThat(result.problems()).containsEntry("email", "register.error.exists");
		verify(passwords, times(1)).encode("sleepy owl at dawn");
	}

}
