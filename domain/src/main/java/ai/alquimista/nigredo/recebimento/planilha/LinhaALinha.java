package ai.alquimista.nigredo.recebimento.planilha;

import java.util.NoSuchElementException;

/** A {@link Planilha} that reads one row ahead: subclasses say how to read the next row. */
abstract class LinhaALinha implements Planilha {

    private Linha next;
    private boolean finished;

    /** @return the next row, or {@code null} at the end of the file */
    protected abstract Linha read();

    @Override
    public boolean hasNext() {
        if (next == null && !finished) {
            next = read();
            finished = next == null;
        }
        return next != null;
    }

    @Override
    public Linha next() {
        if (!hasNext()) {
            throw new NoSuchElementException();
        }
        Linha linha = next;
        next = null;
        return linha;
    }
}
