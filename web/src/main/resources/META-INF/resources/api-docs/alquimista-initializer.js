// Swagger UI over the application's own OpenAPI document (MicroProfile OpenAPI at /openapi).
// BaseLayout, without the standalone preset's top bar: its logo carries an inline <style>, which the
// page's Content-Security-Policy refuses, and its box for loading other documents is not needed here.
window.addEventListener('load', () => {
  window.ui = SwaggerUIBundle({
    url: new URL('../openapi', document.baseURI).href,
    dom_id: '#swagger-ui',
    deepLinking: true,
    presets: [SwaggerUIBundle.presets.apis],
    plugins: [SwaggerUIBundle.plugins.DownloadUrl],
    layout: 'BaseLayout',
    persistAuthorization: false,
    validatorUrl: null, // the badge would load an image from validator.swagger.io, which the CSP refuses
  });
});
