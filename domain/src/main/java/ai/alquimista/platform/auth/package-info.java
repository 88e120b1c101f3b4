/** Sign-in: local passwords and tokens (RS256, audience alquimista) or Cognito, the caller of a request, sign-in limits and locks. */
package ai.alquimista.platform.auth;
