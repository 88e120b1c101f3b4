/** Schema migration with Liquibase at start, before anything touches JPA. */
package ai.alquimista.fibonacci.schema;
