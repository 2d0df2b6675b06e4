/**
 * Spring Boot auto-configuration for Mocksy: {@link dev.mocksy.spring.MocksyAutoConfiguration} builds a
 * {@link dev.mocksy.Mocksy} bean from {@code mocksy.*} properties, {@link dev.mocksy.spring.MocksyHealthConfiguration}
 * adds Actuator health for its language model and store.
 */
package dev.mocksy.spring;
