/** Platform operators: the people who run the platform, not a tenant's users. */
package ai.alquimista.platform.operators;
