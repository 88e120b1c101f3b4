package ai.alquimista.platform.ui.boundary;

import ai.alquimista.shared.errors.NotFound;
import jakarta.annotation.security.PermitAll;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.core.CacheControl;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.EntityTag;
import jakarta.ws.rs.core.Request;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.ConcurrentHashMap;
import java.util.zip.CRC32;
import org.eclipse.microprofile.openapi.annotations.Operation;

/**
 * The tenants' web UI ({@code /app/}) and a browsable OpenAPI UI ({@code /api-docs/}), served from
 * the classpath because JAX-RS owns {@code /*}: the UI from {@code META-INF/resources/app/} of
 * this WAR, Swagger UI from the {@code org.webjars:swagger-ui} jar. {@code GET /} sends a browser
 * to the UI.
 */
@Path("")
@ApplicationScoped
public class WebUiResource {

    static final String APP_ROOT = "META-INF/resources/app/";
    static final String API_DOCS_ROOT = "META-INF/resources/api-docs/";
    private static final String SWAGGER_POM = "META-INF/maven/org.webjars/swagger-ui/pom.properties";
    private static final String SWAGGER_ROOT = "META-INF/resources/webjars/swagger-ui/";

    private static final Map<String, String> TYPES = Map.ofEntries(
            Map.entry("html", "text/html; charset=UTF-8"),
            Map.entry("css", "text/css; charset=UTF-8"),
            Map.entry("js", "text/javascript; charset=UTF-8"),
            Map.entry("mjs", "text/javascript; charset=UTF-8"),
            Map.entry("json", "application/json"),
            Map.entry("map", "application/json"),
            Map.entry("svg", "image/svg+xml"),
            Map.entry("png", "image/png"),
            Map.entry("ico", "image/x-icon"),
            Map.entry("txt", "text/plain; charset=UTF-8"),
            Map.entry("woff2", "font/woff2"));

    /** The files found so far with their ETags, by resource name: a WAR's files never change. */
    private static final Map<String, StaticFile> FILES = new ConcurrentHashMap<>();

    private static volatile String swaggerVersion;

    @GET
    @PermitAll
    @Operation(hidden = true)
    public Response root(@Context UriInfo uri) {
        return Response.seeOther(uri.getBaseUriBuilder().path("app/").build()).build();
    }

    @GET
    @Path("app")
    @PermitAll
    @Operation(hidden = true)
    public Response appIndex(@Context UriInfo uri, @Context Request request) {
        if (!uri.getPath().endsWith("/")) {
            return Response.seeOther(uri.getBaseUriBuilder().path("app/").build())
                    .build();
        }
        return serve(request, APP_ROOT, "index.html");
    }

    @GET
    @Path("app/{path: .+}")
    @PermitAll
    @Operation(hidden = true)
    public Response appFile(@PathParam("path") String path, @Context Request request) {
        return serve(request, APP_ROOT, path);
    }

    @GET
    @Path("api-docs")
    @PermitAll
    @Operation(hidden = true)
    public Response apiDocsIndex(@Context UriInfo uri, @Context Request request) {
        if (!uri.getPath().endsWith("/")) {
            return Response.seeOther(uri.getBaseUriBuilder().path("api-docs/").build())
                    .build();
        }
        return serve(request, API_DOCS_ROOT, "index.html");
    }

    @GET
    @Path("api-docs/{path: .+}")
    @PermitAll
    @Operation(hidden = true)
    public Response apiDocsFile(@PathParam("path") String path, @Context Request request) {
        String name = safe(path);
        if (file(API_DOCS_ROOT + name) != null) {
            return serve(request, API_DOCS_ROOT, name);
        }
        return serve(request, SWAGGER_ROOT + swaggerVersion() + "/", name);
    }

    private Response serve(Request request, String root, String path) {
        String name = safe(path);
        StaticFile file = file(root + name);
        if (file == null) {
            throw notFound(path);
        }
        EntityTag tag = file.tag();
        CacheControl cache = new CacheControl();
        if (root.startsWith(SWAGGER_ROOT)) {
            cache.setMaxAge(86_400);
        } else {
            cache.setNoCache(true);
        }
        Response.ResponseBuilder unchanged = request.evaluatePreconditions(tag);
        if (unchanged != null) {
            return unchanged.cacheControl(cache).tag(tag).build();
        }
        return Response.ok(file.body(), type(name)).tag(tag).cacheControl(cache).build();
    }

    /** The path below the root, refused when it could leave it. */
    private static String safe(String path) {
        if (path == null
                || path.isEmpty()
                || path.startsWith("/")
                || path.contains("\\")
                || path.indexOf('\0') >= 0
                || path.contains(":")) {
            throw notFound(path);
        }
        for (String segment : path.split("/", -1)) {
            if (segment.isEmpty() || segment.equals("..") || segment.equals(".")) {
                throw notFound(path);
            }
        }
        if (!TYPES.containsKey(extension(path))) {
            // only static files of the known types: never a directory (a class loader lists those)
            throw notFound(path);
        }
        return path;
    }

    private static NotFound notFound(String path) {
        return new NotFound("There is no file " + quoted(path) + " here.");
    }

    private static String quoted(String path) {
        String shown = path == null ? "" : path.replaceAll("[^\\p{Alnum}._/-]", "?");
        return "'" + (shown.length() > 100 ? shown.substring(0, 100) + "…" : shown) + "'";
    }

    private static String type(String name) {
        return TYPES.getOrDefault(extension(name), "application/octet-stream");
    }

    private static String extension(String name) {
        int dot = name.lastIndexOf('.');
        return dot < name.lastIndexOf('/') + 1 ? "" : name.substring(dot + 1).toLowerCase(Locale.ROOT);
    }

    /** A file of the classpath, read and tagged once; null when there is none (not remembered). */
    private static StaticFile file(String resource) {
        StaticFile known = FILES.get(resource);
        if (known != null) {
            return known;
        }
        byte[] body = read(resource);
        return body == null ? null : FILES.computeIfAbsent(resource, r -> new StaticFile(body));
    }

    private static byte[] read(String resource) {
        try (InputStream in = loader().getResourceAsStream(resource)) {
            return in == null ? null : in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static long crc(byte[] body) {
        CRC32 crc = new CRC32();
        crc.update(body);
        return crc.getValue() ^ ((long) body.length << 32);
    }

    /** The version directory inside the Swagger UI webjar, from its pom.properties. */
    static String swaggerVersion() {
        String version = swaggerVersion;
        if (version == null) {
            Properties pom = new Properties();
            try (InputStream in = loader().getResourceAsStream(SWAGGER_POM)) {
                if (in == null) {
                    throw new NotFound("Swagger UI is not on the classpath.");
                }
                pom.load(in);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            version = pom.getProperty("version");
            swaggerVersion = version;
        }
        return version;
    }

    private static ClassLoader loader() {
        ClassLoader context = Thread.currentThread().getContextClassLoader();
        return context != null ? context : WebUiResource.class.getClassLoader();
    }

    private record StaticFile(byte[] body, EntityTag tag) {
        StaticFile(byte[] body) {
            this(body, new EntityTag(Long.toHexString(crc(body))));
        }
    }
}
