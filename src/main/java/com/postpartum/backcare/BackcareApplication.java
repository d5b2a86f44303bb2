package com.postpartum.backcare;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

@SpringBootApplication
@ConfigurationPropertiesScan
public class BackcareApplication {

	public static void main(String[] args) {
		SpringApplication.run(BackcareApplication.class, args);
	}

}
