package dev.protostar.modules.generators;

import dev.protostar.api.GeneratorTarget;
import java.util.List;

/** Computes the files of one target; pure: it never writes, and reads only through its input. */
interface Generator {

    /** The target this generator serves, for help texts and the argument check. */
    GeneratorTarget target();

    /**
     * The files to write, in writing order.
     *
     * @throws dev.protostar.api.InvalidArgumentException when the argument cannot be used
     */
    List<GeneratedFile> files(GenerationInput input);
}
