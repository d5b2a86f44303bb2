package com.postpartum.backcare.account;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;

/**
 * Her passkeys as her account page shows them, and what she may do with them there. Spring
 * Security's JDBC repositories own the tables (V11); this reads and deletes rows of one
 * mother only, found through her account, so another mother's passkey id finds nothing.
 * Deleting her account deletes her passkeys by the tables' foreign keys.
 */
@Service
class Passkeys {

	private final JdbcTemplate jdbc;

	Passkeys(JdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	/** Hers, newest first. */
	List<Passkey> of(String email) {
		return jdbc.query("""
				select c.credential_id, c.label, c.created, c.last_used
				  from user_credentials c join user_entities u on u.id = c.user_entity_user_id
				 where u.name = ?
				 order by c.created desc, c.credential_id""",
				(rows, row) -> new Passkey(rows.getString(1), rows.getString(2), instant(rows.getTimestamp(3)),
						instant(rows.getTimestamp(4))),
				email);
	}

	/** Removes her passkey with this id; false (and nothing removed) when she has none with it. */
	boolean remove(long accountId, String credentialId) {
		return jdbc.update("""
				delete from user_credentials
				 where credential_id = ?
				   and user_entity_user_id in (select u.id from user_entities u join account a on a.email = u.name
				                                where a.id = ?)""", credentialId, accountId) > 0;
	}

	/**
	 * Her email changed: her passkeys go on signing her in under the new one. Call it after her
	 * account row has the new email, in the same transaction; the foreign key has then already
	 * renamed her user entity (V11), and this renames what her authenticator is shown.
	 */
	void emailChanged(String oldEmail, String newEmail) {
		jdbc.update("update user_entities set name = ?, display_name = ? where name = ? or name = ?", newEmail, newEmail,
				oldEmail, newEmail);
	}

	private static Instant instant(Timestamp timestamp) {
		return timestamp == null ? null : timestamp.toInstant();
	}

	/**
	 * One passkey of hers. A new passkey's last use is the time it was added (Spring
	 * Security's), so it has been used to sign in only once that time has moved.
	 */
	public record Passkey(String id, String label, Instant addedAt, Instant lastUsedAt) {

		public boolean used() {
			return lastUsedAt != null && addedAt != null && lastUsedAt.isAfter(addedAt);
		}

	}

}
