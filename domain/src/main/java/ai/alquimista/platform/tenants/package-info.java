/** Tenants: their entity and status, first start, and operators' control (suspend, cancel). */
package ai.alquimista.platform.tenants;
