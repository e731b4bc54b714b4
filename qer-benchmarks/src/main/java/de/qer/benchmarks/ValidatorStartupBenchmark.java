package de.qer.benchmarks;

import de.qer.docs.validation.QuerValidator;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Warmup;

/** Creating the validator once, in a fresh JVM each time (cold start: class loading and metadata included). */
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 0)
@Measurement(iterations = 1)
@Fork(10)
public class ValidatorStartupBenchmark {

    /** Creates (and closes) a validator with the standard policy: what a host does once. */
    @Benchmark
    public void createValidatorColdStart() {
        QuerValidator.create().close();
    }

    /** Creates a validator and validates a first complete QuEr (the provider reads the models' metadata then). */
    @Benchmark
    public Object createAndFirstValidationColdStart() {
        try (QuerValidator v = QuerValidator.create()) {
            return v.validate(ValidationBenchmark.completeQuer());
        }
    }
}
