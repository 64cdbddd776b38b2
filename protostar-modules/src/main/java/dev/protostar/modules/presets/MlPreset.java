package dev.protostar.modules.presets;

import dev.protostar.api.PresetSettings;
import dev.protostar.modules.python.PythonModule;
import java.util.List;

/**
 * Machine learning: PyTorch, scikit-learn, the Hugging Face Hub client and tqdm; folders for
 * models, data, notebooks and sources; model weights, logs and the run folders of Weights &amp;
 * Biases, MLflow and TensorBoard ignored.
 *
 * <p>Defaults: dependencies {@code torch}, {@code scikit-learn}, {@code huggingface_hub},
 * {@code tqdm}; folders {@code models}, {@code data}, {@code notebooks}, {@code src};
 * {@code .gitignore} entries {@code *.pt}, {@code *.pth}, {@code *.safetensors}, {@code *.onnx},
 * {@code *.log}, {@code wandb/}, {@code mlruns/}, {@code runs/}. A list
 * that a {@link PresetSettings} holds replaces the matching default list entirely. Needs the
 * {@value PythonModule#ID} module; without it the preset is skipped with a warning.
 */
public final class MlPreset extends ListedPreset {

    /** The preset's id, also the name of its command-line flag ({@code --ml}). */
    public static final String ID = "ml";

    static final PresetLists DEFAULTS = new PresetLists(
            List.of("torch", "scikit-learn", "huggingface_hub", "tqdm"),
            List.of("models", "data", "notebooks", "src"),
            List.of("*.pt", "*.pth", "*.safetensors", "*.onnx", "*.log", "wandb/", "mlruns/", "runs/"));

    /** The preset with its defaults. */
    public MlPreset() {
        this(PresetSettings.defaults());
    }

    /**
     * The preset with {@code settings} replacing its default lists.
     *
     * @throws dev.protostar.api.ConfigurationException when a dependency is not a PEP 508
     *     requirement, an ignore entry is blank or spans lines, or a folder is not a relative path
     *     inside the project
     */
    public MlPreset(PresetSettings settings) {
        super(ID, "ML preset", DEFAULTS, settings);
    }
}
