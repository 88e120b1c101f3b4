package ai.alquimista.nigredo.estrategia;

import com.github.mustachejava.DefaultMustacheFactory;
import com.github.mustachejava.Mustache;
import com.github.mustachejava.MustacheException;
import java.io.IOException;
import java.io.StringReader;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/** Renders message templates with Mustache. The output is plain text (WhatsApp, text e-mail): nothing is HTML-escaped. */
public final class Renderizacao {

    private static final DefaultMustacheFactory MUSTACHE = new DefaultMustacheFactory() {
        @Override
        public void encode(String value, Writer writer) {
            try {
                writer.write(value);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    };

    private static final Map<String, Mustache> COMPILED = new ConcurrentHashMap<>();

    private Renderizacao() {
    }

    public static String render(String template, CamposDoLead campos) {
        StringWriter out = new StringWriter();
        compile(template).execute(out, campos.comoMapa());
        return out.toString();
    }

    /** @throws IllegalArgumentException when the template is not valid Mustache (e.g. an unclosed section) */
    public static void validar(String template) {
        compile(template);
    }

    private static Mustache compile(String template) {
        Mustache cached = COMPILED.get(template);
        if (cached != null) {
            return cached;
        }
        try {
            Mustache compiled = MUSTACHE.compile(new StringReader(template), "mensagem");
            if (COMPILED.size() < 10_000) {
                COMPILED.put(template, compiled);
            }
            return compiled;
        } catch (MustacheException e) {
            throw new IllegalArgumentException("invalid template: " + e.getMessage(), e);
        }
    }
}
