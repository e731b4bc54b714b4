package de.qer.json;

import tools.jackson.databind.DatabindException;

/**
 * JSON that does not follow qer's contract: a missing, unknown or ill-typed property, an unknown type
 * name or schema version, or a value the domain rejects. The message names the property path (for
 * example {@code antrag.bedarfsgemeinschaft.mitglieder[0].geburtsdatum}) and never the value found
 * there, which may be personal data.
 *
 * <p>It is a {@link DatabindException}, so a host that reads through its own {@code JsonMapper} catches
 * it like any other Jackson binding error.
 */
public final class QerJsonException extends DatabindException {

    private static final long serialVersionUID = 1L;

    /** The property path, "" at the top. */
    private final String path;
    /** The problem without the path. */
    private final String problem;

    QerJsonException(String problem) {
        this("", problem);
    }

    private QerJsonException(String path, String problem) {
        super(path.isEmpty() ? problem : path + ": " + problem);
        this.path = path;
        this.problem = problem;
    }

    /**
     * The path of the property at fault, dot-separated with {@code [i]} for array elements.
     *
     * @return the path, empty when the fault is the document itself; never null
     */
    public String path() {
        return path;
    }

    /**
     * The problem, without the path.
     *
     * @return the problem, never null
     */
    public String problem() {
        return problem;
    }

    /** The same problem one level deeper: under a property. */
    QerJsonException under(String property) {
        return new QerJsonException(path.isEmpty() ? property : path.startsWith("[") ? property + path : property + "." + path,
                problem);
    }

    /** The same problem one level deeper: under an array element. */
    QerJsonException at(int index) {
        return new QerJsonException(path.isEmpty() ? "[" + index + "]"
                : path.startsWith("[") ? "[" + index + "]" + path : "[" + index + "]." + path, problem);
    }
}
