package ai.alquimista.nigredo.canais;

import ai.alquimista.nigredo.interacoes.entity.InteracaoCanal;

/** The channels Disparo sends through. */
public enum CanalDeEnvio {
    whatsapp,
    email;

    public InteracaoCanal interacao() {
        return this == whatsapp ? InteracaoCanal.whatsapp : InteracaoCanal.email;
    }
}
