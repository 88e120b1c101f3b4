// Swagger UI over the application's own OpenAPI document (MicroProfile OpenAPI at /openapi).
window.addEventListener('load', () => {
  window.ui = SwaggerUIBundle({
    url: new URL('../openapi', document.baseURI).href,
    dom_id: '#swagger-ui',
    deepLinking: true,
    presets: [SwaggerUIBundle.presets.apis, SwaggerUIStandalonePreset],
    plugins: [SwaggerUIBundle.plugins.DownloadUrl],
    layout: 'StandaloneLayout',
    persistAuthorization: false,
  });
});
