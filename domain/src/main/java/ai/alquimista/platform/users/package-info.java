/** A tenant's users and their roles. */
package ai.alquimista.platform.users;
