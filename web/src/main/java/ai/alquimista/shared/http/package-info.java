/** Request body limits, security headers and request paths, for every answer. */
package ai.alquimista.shared.http;
