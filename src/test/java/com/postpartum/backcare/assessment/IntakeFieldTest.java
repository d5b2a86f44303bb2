package com.postpartum.backcare.assessment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.lang.reflect.RecordComponent;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.MockMvc;

/** IntakeField is the intake: one field per component of Intake, in the order the form asks them. */
@SpringBootTest
@AutoConfigureMockMvc
class IntakeFieldTest {

	@Autowired
	MockMvc mvc;

	@Test
	void everyComponentOfIntakeIsAField() {
		assertThat(IntakeField.inIntakeOrder()).containsExactlyInAnyOrder(IntakeField.values());
		assertThat(IntakeField.inIntakeOrder()).extracting(IntakeField::fieldName)
			.containsExactly(Arrays.stream(Intake.class.getRecordComponents()).map(RecordComponent::getName).toArray(String[]::new));
	}

	@Test
	void theFormAsksTheFieldsInTheirOrderSoTheErrorSummaryFollowsThePage() throws Exception {
		String html = mvc.perform(get("/intake")).andReturn().getResponse().getContentAsString();
		Set<String> asked = new LinkedHashSet<>();
		Matcher name = Pattern.compile("name=\"([A-Za-z]+)\"").matcher(html);
		while (name.find()) {
			IntakeField.named(name.group(1)).ifPresent(field -> asked.add(field.fieldName()));
		}
		assertThat(asked).containsExactly(Arrays.stream(IntakeField.values()).map(IntakeField::fieldName).toArray(String[]::new));
	}

}
