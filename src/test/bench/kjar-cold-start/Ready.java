import java.lang.management.ManagementFactory;

/** Scratch harness: JVM start to the packaged rule set's engine ready, in a fresh JVM. */
public class Ready {
    public static void main(String[] args) {
        long wall0 = System.nanoTime();
        dev.ismsdecider.engine.DecisionEngine engine = dev.ismsdecider.engine.DecisionEngine.packaged();
        long wall1 = System.nanoTime();
        long readyAt = System.currentTimeMillis();
        if (!engine.precompiled()) throw new IllegalStateException("compiled from DRL");
        long start = ManagementFactory.getRuntimeMXBean().getStartTime();
        long cpu = ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean()).getProcessCpuTime();
        System.out.printf("%d %.1f %.0f%n", readyAt - start, (wall1 - wall0) / 1e6, cpu / 1e6);
    }
}
