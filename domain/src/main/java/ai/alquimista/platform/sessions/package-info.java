/** Sessions: one per sign-in, checked on every request through JCache, revoked on logout, password or role change, block and tenant suspension. */
package ai.alquimista.platform.sessions;
