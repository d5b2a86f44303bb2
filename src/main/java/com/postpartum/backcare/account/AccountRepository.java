package com.postpartum.backcare.account;

import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

public interface AccountRepository extends JpaRepository<Account, Long> {

	Optional<Account> findByEmail(String email);

	boolean existsByEmail(String email);

	@Query("select a.language from Account a where a.id = :id")
	Optional<String> findLanguageById(long id);

	@Modifying
	@Query("update Account a set a.language = :language where a.id = :id")
	int updateLanguage(long id, String language);

}
