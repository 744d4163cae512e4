package org.conductpolicy.internal;

import java.util.List;
import java.util.Optional;
import org.kie.api.KieServices;

/**
 * Whether the host brought Drools' DRL compiler, which policy-core depends on only optionally: the built-in
 * rules come precompiled, and only compiling rule files at run time needs it (a rule folder, {@code check},
 * {@code checkDefaultRules}). Without it, compiling says what to add instead of failing deep in Drools.
 */
final class DrlCompiler {
    /** The one dependency that brings the compiler: MVEL dialects, class wiring and the Eclipse Java compiler. */
    static final String ARTIFACT = "org.drools:drools-engine-classic";

    /** A class of each jar the compile cannot do without (drools-mvel, drools-wiring-dynamic). */
    private static final List<String> NEEDED = List.of(
            "org.drools.mvel.builder.MVELDialectConfiguration", "org.drools.wiring.dynamic.DynamicComponentsSupplier");

    private static final boolean PRESENT = present();

    private DrlCompiler() {}

    private static boolean present() {
        try {
            for (String needed : NEEDED) {
                Class.forName(needed, false, DrlCompiler.class.getClassLoader());
            }
            return true;
        } catch (ClassNotFoundException | LinkageError absent) {
            return false;
        }
    }

    /**
     * @throws IllegalStateException when the DRL compiler is not on the classpath, naming what to add
     */
    static void require() {
        if (!PRESENT) {
            String version = Optional.ofNullable(KieServices.class.getPackage().getImplementationVersion())
                    .map(drools -> ", version " + drools + " as the other Drools jars,")
                    .orElse(", the version of the other Drools jars,");
            throw new IllegalStateException("compiling rule files at run time needs Drools' DRL compiler: add "
                    + ARTIFACT + version + " to the application's dependencies"
                    + " (deciding with the built-in rules does not need it)");
        }
    }
}
