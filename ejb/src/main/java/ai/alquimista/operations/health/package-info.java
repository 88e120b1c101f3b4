/** Liveness and readiness: the database and every queue. */
package ai.alquimista.operations.health;
