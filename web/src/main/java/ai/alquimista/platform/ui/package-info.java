/** The tenants' web UI, served at /app/. */
package ai.alquimista.platform.ui;
