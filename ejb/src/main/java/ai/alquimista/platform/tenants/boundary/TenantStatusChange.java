package ai.alquimista.platform.tenants.boundary;

/** {@code PATCH /admin/tenants/{id}} body: the tenant's new status ({@link TenantAdministration} checks it). */
public record TenantStatusChange(String status) {}
