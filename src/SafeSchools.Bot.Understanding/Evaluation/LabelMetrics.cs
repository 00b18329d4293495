namespace SafeSchools.Bot.Understanding.Evaluation;

/// <summary>Counts for one label and the usual rates.</summary>
/// <param name="Label">The label.</param>
/// <param name="TruePositives">Examples of the label that were found.</param>
/// <param name="FalsePositives">Other messages given the label.</param>
/// <param name="FalseNegatives">Examples of the label that were missed.</param>
public sealed record LabelMetrics(string Label, int TruePositives, int FalsePositives, int FalseNegatives)
{
    /// <summary>Of the messages given the label, the share that had it.</summary>
    public double Precision => TruePositives + FalsePositives == 0 ? 1 : TruePositives / (double)(TruePositives + FalsePositives);

    /// <summary>Of the examples of the label, the share found.</summary>
    public double Recall => TruePositives + FalseNegatives == 0 ? 1 : TruePositives / (double)(TruePositives + FalseNegatives);

    /// <summary>The harmonic mean of precision and recall.</summary>
    public double F1 => Precision + Recall == 0 ? 0 : 2 * Precision * Recall / (Precision + Recall);

    /// <summary>Examples of the label.</summary>
    public int Support => TruePositives + FalseNegatives;
}
