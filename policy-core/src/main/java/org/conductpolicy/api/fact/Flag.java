package org.conductpolicy.api.fact;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.lang.reflect.RecordComponent;

/**
 * How a case file may leave out a true-or-false field of a fact. A {@code boolean} component without
 * this annotation is {@code false} when left out; the case-file reader and writer read it from the
 * component, so that each flag's default is said once, beside the flag.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.RECORD_COMPONENT)
public @interface Flag {
    /** What a case file that leaves the flag out means. */
    IfOmitted value();

    /** What leaving a flag out of a case file means. */
    enum IfOmitted {
        /** The flag is false; the writer leaves out a false flag. */
        FALSE,
        /** The flag is true; the writer leaves out a true flag. */
        TRUE,
        /** A case file must give the flag; the writer always writes it. */
        REQUIRED;

        /** How a case file may leave out {@code flag}, a true-or-false field of a fact record. */
        public static IfOmitted of(RecordComponent flag) {
            if (flag.getType() != boolean.class) {
                throw new IllegalArgumentException(flag.getName() + " is not a true-or-false field");
            }
            Flag declared = flag.getAnnotation(Flag.class);
            return declared == null ? FALSE : declared.value();
        }
    }
}
