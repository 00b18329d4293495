using SafeSchools.Bot.Understanding.Features;

namespace SafeSchools.Bot.Understanding.Training;

/// <summary>How models are trained. Part of the model's identity (its hash).</summary>
public sealed record TrainerOptions
{
    /// <summary>How messages are turned into features.</summary>
    public FeaturizerOptions Featurizer { get; init; } = new();

    /// <summary>L2 regularisation of the L-BFGS trainers.</summary>
    public float L2Regularization { get; init; } = 0.3f;

    /// <summary>L1 regularisation (also keeps the model small by zeroing weights).</summary>
    public float L1Regularization { get; init; }

    /// <summary>
    /// L2 weight of the intent model. Lighter than the risks': with some sixty intents a heavily regularised
    /// maximum-entropy model spreads its probability so thinly that even a right answer scores below any useful threshold
    /// (5-fold cross-validation, intents right: 0.05 → 77 %, 0.01 → 79 % on the same 5,776 lines; 0.3 → 72 % on an earlier 5,063).
    /// </summary>
    public float IntentL2Regularization { get; init; } = 0.01f;

    /// <summary>When L-BFGS stops: a looser tolerance trains faster for the same decisions.</summary>
    public float OptimizationTolerance { get; init; } = 1e-4f;

    /// <summary>
    /// Trained weights nearer zero than this are dropped, and the rest kept at 16-bit precision (see
    /// <see cref="Model.PrunedWeights"/>). At 0.02 about a fifth of the weights are kept and the model file is a few
    /// megabytes instead of forty; on the training lines and every conversation set's messages (14,910) the top intent
    /// changed on 18 and a risk score moved by at most 0.008.
    /// </summary>
    public float DropWeightsBelow { get; init; } = 0.02f;

    /// <summary>Whether positives of a rare label weigh (negatives / positives), so a rare risk is not ignored.</summary>
    public bool BalanceClasses { get; init; } = true;

    /// <summary>
    /// Threads the L-BFGS trainers split their work over. A fixed number, not the machine's core count, so the same data
    /// gives the same model everywhere (measured: two runs with 2 threads scored identically); 2 threads trained the
    /// 13,800 lines in 169-183 s against about 290 s with 1 on a 2-core machine.
    /// </summary>
    public int Threads { get; init; } = 2;

    /// <summary>Seed of the ML.NET context: same data, same options, same model.</summary>
    public int Seed { get; init; } = 20261128;

    /// <summary>A short description for reports.</summary>
    public override string ToString() =>
        $"{Featurizer}; L-BFGS L2={L2Regularization} (intents {IntentL2Regularization}) L1={L1Regularization} tol={OptimizationTolerance}; balanced={BalanceClasses}; weights below {DropWeightsBelow} dropped; threads={Threads}";
}
