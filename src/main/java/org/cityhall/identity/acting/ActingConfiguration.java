package org.cityhall.identity.acting;

import java.util.List;

import org.springframework.context.annotation.Configuration;
import org.springframework.web.method.support.HandlerMethodArgumentResolver;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

@Configuration(proxyBeanMethods = false)
class ActingConfiguration implements WebMvcConfigurer {

	private final CurrentActor currentActor;

	ActingConfiguration(CurrentActor currentActor) {
		this.currentActor = currentActor;
	}

	@Override
	public void addArgumentResolvers(List<HandlerMethodArgumentResolver> resolvers) {
		resolvers.add(currentActor);
	}
}
