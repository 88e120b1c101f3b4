/** The platform queue's consumer ({@code alquimista.*} events). */
package ai.alquimista.platform.events;
