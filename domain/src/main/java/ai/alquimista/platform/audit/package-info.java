/** The audit log: every act on personal data or settings, by whom, from where. */
package ai.alquimista.platform.audit;
