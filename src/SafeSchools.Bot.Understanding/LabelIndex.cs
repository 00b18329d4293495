namespace SafeSchools.Bot.Understanding;

/// <summary>Where a label stands in a model's output order.</summary>
internal static class LabelIndex
{
    /// <summary>The index of <paramref name="label"/> in <paramref name="labels"/>, or -1.</summary>
    public static int Of(IReadOnlyList<string> labels, string label)
    {
        for (var i = 0; i < labels.Count; i++)
        {
            if (labels[i] == label)
            {
                return i;
            }
        }

        return -1;
    }
}
