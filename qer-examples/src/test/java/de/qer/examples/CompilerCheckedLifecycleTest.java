package de.qer.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import de.qer.core.lifecycle.Command;
import de.qer.core.lifecycle.CommandKind;
import de.qer.core.lifecycle.Event;
import de.qer.core.lifecycle.Transitions;
import java.io.File;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import javax.tools.JavaCompiler;
import javax.tools.JavaFileObject;
import javax.tools.SimpleJavaFileObject;
import javax.tools.ToolProvider;
import org.junit.jupiter.api.Test;

/**
 * The lifecycle is checked by the compiler: {@code decide} and {@code evolve} dispatch through
 * {@link Command.Visitor} and {@link Event.Visitor}, so a command or event that a handler forgets does
 * not compile. This test compiles such a handler and expects the compiler to refuse it; and it checks that
 * the table has a row for every command kind.
 */
class CompilerCheckedLifecycleTest {


    private static String compile(String className, String source) {
        JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
        StringWriter out = new StringWriter();
        JavaFileObject file = new SimpleJavaFileObject(URI.create("string:///" + className + ".java"), JavaFileObject.Kind.SOURCE) {
            @Override
            public CharSequence getCharContent(boolean ignoreEncodingErrors) {
                return source;
            }
        };
        Path outDir;
        try {
            outDir = Files.createTempDirectory("qer-compile");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        String classpath = String.join(File.pathSeparator, List.of(codeSource(Command.class), codeSource(io.vavr.control.Either.class),
                codeSource(de.qer.calendar.WorkingDayCalendar.class)));
        boolean ok = javac.getTask(out, null, null, List.of("-proc:none", "-classpath", classpath, "-d", outDir.toString()),
                null, List.of(file)).call();
        return (ok ? "OK\n" : "FAILED\n") + out;
    }

    private static String codeSource(Class<?> c) {
        try {
            return Path.of(c.getProtectionDomain().getCodeSource().getLocation().toURI()).toString();
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    @Test
    void aHandlerThatForgetsACommand_doesNotCompile() {
        String result = compile("Forgetful", """
                import de.qer.core.lifecycle.Command;
                abstract class Base implements Command.Visitor<Void> { }
                class Forgetful extends Base {
                    @Override public Void visit(Command.TakeApplication c) { return null; }
                }
                """);
        assertTrue(result.startsWith("FAILED"), result);
        assertTrue(result.contains("visit("), result);
    }

    @Test
    void anEvolverThatForgetsAnEvent_doesNotCompile() {
        String result = compile("ForgetfulEvolver", """
                import de.qer.core.lifecycle.Event;
                class ForgetfulEvolver implements Event.Visitor<String> {
                    @Override public String visit(Event.ApplicationTaken e) { return "taken"; }
                }
                """);
        assertTrue(result.startsWith("FAILED"), result);
    }

    @Test
    void aCompleteHandlerCompiles_soTheCheckAboveMeansSomething() {
        StringBuilder src = new StringBuilder("import de.qer.core.lifecycle.Command;\nclass Complete implements Command.Visitor<Void> {\n");
        for (Class<?> c : Command.class.getPermittedSubclasses()) {
            src.append("    @Override public Void visit(Command.").append(c.getSimpleName()).append(" c) { return null; }\n");
        }
        src.append("}\n");
        String result = compile("Complete", src.toString());
        assertTrue(result.startsWith("OK"), result);
    }

    @Test
    void everyCommandKindHasARowInTheTable_andEveryCommandItsKind() {
        Set<CommandKind> inTable = EnumSet.noneOf(CommandKind.class);
        Transitions.all().forEach(t -> inTable.add(t.command()));
        assertEquals(EnumSet.allOf(CommandKind.class), inTable);
        assertEquals(CommandKind.values().length, Command.class.getPermittedSubclasses().length);
    }
}
