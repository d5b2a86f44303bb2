package com.postpartum.backcare.mail;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.MockMvc;

/** The outbox page exists only in the dev profile: anywhere else the letters (and their links) stay unseen. */
@SpringBootTest
@AutoConfigureMockMvc
class OutboxPageTest {

	@Autowired
	MockMvc mvc;

	@Test
	void outsideTheDevProfileTheOutboxPageDoesNotExist() throws Exception {
		mvc.perform(get("/dev/outbox")).andExpect(status().isNotFound());
	}

}
