package ai.alquimista.shared.problems;

import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.ext.Provider;
import jakarta.ws.rs.ext.ReaderInterceptor;
import jakarta.ws.rs.ext.ReaderInterceptorContext;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Set;

/**
 * JSON bodies bound to a class (a request object, a {@code JsonObject}) pass the same checks as the bodies
 * resources read as text with {@link JsonBodies}: the body is read (its size was already capped by
 * {@code RequestBodyLimits}), checked, then handed on to the JSON binding. An empty body is handed on as it is:
 * some operations take none.
 */
@Provider
public class JsonEntities implements ReaderInterceptor {

    /** Types the resource reads itself: text bodies go through {@link JsonBodies}, streams are files. */
    private static final Set<Class<?>> READ_BY_THE_RESOURCE =
            Set.of(String.class, byte[].class, InputStream.class, Reader.class);

    @Override
    public Object aroundReadFrom(ReaderInterceptorContext context) throws IOException {
        if (!json(context.getMediaType()) || READ_BY_THE_RESOURCE.contains(context.getType())) {
            return context.proceed();
        }
        byte[] body = context.getInputStream().readAllBytes();
        String text = new String(body, charset(context.getMediaType()));
        if (!text.isBlank()) {
            JsonBodies.parse(text);
        }
        context.setInputStream(new ByteArrayInputStream(body));
        return context.proceed();
    }

    private static boolean json(MediaType type) {
        return type != null
                && (type.isCompatible(MediaType.APPLICATION_JSON_TYPE)
                        || type.getSubtype().endsWith("+json"));
    }

    private static Charset charset(MediaType type) {
        String name = type.getParameters().get(MediaType.CHARSET_PARAMETER);
        try {
            return name == null ? StandardCharsets.UTF_8 : Charset.forName(name);
        } catch (IllegalArgumentException e) {
            throw new ProblemException(415, "Unsupported Media Type", "unknown charset " + name);
        }
    }
}
