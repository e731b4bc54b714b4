package de.qer.benchmarks;

import de.qer.core.model.CaseId;
import de.qer.core.model.PersonId;
import de.qer.docs.Beratungsvermerk;
import de.qer.docs.text.Textform;
import de.qer.docs.validation.QuerValidator;
import de.qer.core.rule.Problem;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * R-N2: rendering (and validating) a Beratungsvermerk whose Gesprächszusammenfassung is 1 or 8 MB of
 * words. The text form of the first release copied the rest of the text for every wrapped line
 * (quadratic: 1.6 MB took 5.4 s, 10 MB did not finish); linear rendering takes about 8 times as long
 * for 8 MB as for 1 MB. Validation reports such a field as too long (R-N2) and must stay linear too.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@State(Scope.Benchmark)
@Warmup(iterations = 2, time = 1)
@Measurement(iterations = 3, time = 1)
@Fork(value = 1, jvmArgsAppend = "-Xmx2g")
public class TextformBenchmark {

    /** The length of the note field in MiB (characters × 2^20). */
    @Param({"1", "8"})
    public int megabytes;

    private Beratungsvermerk note;
    private QuerValidator validator;

    /** Builds the note with the big field. */
    @Setup
    public void setUp() {
        String words = "Bewerbung Termin Ausbildung Deutschkurs Kinderbetreuung vereinbart ";
        int size = megabytes * 1024 * 1024;
        String big = words.repeat(size / words.length() + 1).substring(0, size);
        LocalDate day = LocalDate.of(2026, 11, 24);
        note = Beratungsvermerk.builder().caseId(CaseId.of("BG-1")).person(PersonId.of("P-1")).datum(day)
                .grundDerAntragstellung("Verlust des Arbeitsplatzes nach Schließung des Betriebs").bgGroesse(1)
                .ergebnisPotenzialanalyse("Motiviert und zuverlässig, Handlungsbedarf beim Berufsabschluss")
                .zielberuf("Köchin").geplanteStrategien("Teilzeitausbildung nach Deutschkurs B2")
                .gespraechszusammenfassung(big)
                .weiteresVorgehen("Anmeldung Deutschkurs und Bewerbungen auf Ausbildungsplätze").build();
        validator = QuerValidator.create();
    }

    /** Closes the validator. */
    @TearDown
    public void tearDown() {
        validator.close();
    }

    /** The text form of the note (R-K1): wrapping the big field into lines of 100 characters. */
    @Benchmark
    public String renderNote() {
        return Textform.beratungsvermerk(note);
    }

    /** Validating the note: the big field is reported as too long (R-N2). */
    @Benchmark
    public List<Problem> validateNote() {
        return validator.validateDocument(note);
    }
}
