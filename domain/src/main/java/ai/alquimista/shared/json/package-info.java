/** JSON read and written safely: storable text and JSON, plain answers. */
package ai.alquimista.shared.json;
