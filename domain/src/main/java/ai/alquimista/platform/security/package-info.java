/** Address ranges for allow and deny lists. */
package ai.alquimista.platform.security;
