package ai.alquimista.shared.templates;

/** A template that uses anything the sandbox does not allow, named by the offending tag. */
public final class TemplateRefused extends IllegalArgumentException {

    private static final int SHOWN = 80;

    private final String tag;

    TemplateRefused(String tag, String reason) {
        super(shown(tag) + ": " + reason);
        this.tag = tag;
    }

    /** The tag as written in the template, e.g. {@code {{> file:/etc/hostname}}}. */
    public String tag() {
        return tag;
    }

    private static String shown(String tag) {
        return tag.length() <= SHOWN ? tag : tag.substring(0, SHOWN) + "…";
    }
}
