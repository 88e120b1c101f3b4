package ai.alquimista.nigredo.canais.whatsapp;

/** The first of a failed status's {@code errors[]}: Meta's code (131026, 131047, …) and its title. */
public record ErroMeta(int codigo, String titulo) {}
