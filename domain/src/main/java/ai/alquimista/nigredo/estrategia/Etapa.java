package ai.alquimista.nigredo.estrategia;

/**
 * The funnel stages a campaign talks to a lead in, and when (the pacing plan): topo at the start, meio three
 * days later, fundo a week after the start. A later stage goes out only while the lead has not answered.
 */
public enum Etapa {
    topo(0),
    meio(3),
    fundo(7);

    private final int diasAposInicio;

    Etapa(int diasAposInicio) {
        this.diasAposInicio = diasAposInicio;
    }

    public int diasAposInicio() {
        return diasAposInicio;
    }

    public boolean primeiroContato() {
        return this == topo;
    }
}
