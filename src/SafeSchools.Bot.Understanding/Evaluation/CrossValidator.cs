using SafeSchools.Bot.Understanding.Features;
using SafeSchools.Bot.Understanding.Meaning;
using SafeSchools.Bot.Understanding.Model;
using SafeSchools.Bot.Understanding.Training;

namespace SafeSchools.Bot.Understanding.Evaluation;

/// <summary>
/// Stratified k-fold cross-validation: items are grouped by their label (intent, else first risk, else none), each
/// group is shuffled with a fixed seed and dealt round the folds, so every fold holds the same mix. Each item is
/// scored by the model trained on the other folds.
/// </summary>
public sealed class CrossValidator(TrainerOptions options, int folds = 5)
{
    /// <summary>
    /// Out-of-fold results for every item of <paramref name="set"/>, in item order: the model's raw scores and what
    /// the recognizer made of the item (thresholds applied), each from the model trained on the other folds. Given the
    /// set's <paramref name="memory"/> (its items encoded, in the same order), meaning is blended in as the bot does,
    /// each item judged by the examples of the other folds only.
    /// </summary>
    public IReadOnlyList<(ModelScores Scores, RecognizerResult Result)> Run(TrainingSet set, UnderstandingOptions understanding, ExampleMemory? memory = null)
    {
        ArgumentNullException.ThrowIfNull(set);
        ArgumentNullException.ThrowIfNull(understanding);
        if (memory is not null && (memory.Count != set.Items.Count || Enumerable.Range(0, memory.Count).Any(i => memory.Texts[i] != set.Items[i].Text)))
        {
            throw new ArgumentException("The example memory does not hold this set's items in order.", nameof(memory));
        }

        var meaning = understanding.Meaning;
        var fold = AssignFolds(set, folds, options.Seed);
        var results = new (ModelScores, RecognizerResult)[set.Items.Count];
        for (var k = 0; k < folds; k++)
        {
            var held = k;
            var model = new ModelTrainer(options).Train(set.With(set.Items.Where((_, i) => fold[i] != held)));
            var recognizer = new TrainedRecognizer(model, understanding);
            var foldMemory = memory?.Subset([.. Enumerable.Range(0, set.Items.Count).Where(i => fold[i] != held)]);
            for (var i = 0; i < set.Items.Count; i++)
            {
                if (fold[i] == held)
                {
                    var text = set.Items[i].Text;
                    var normalized = TextFeaturizer.Normalize(text);
                    var modelAlone = model.Score(normalized);
                    results[i] = foldMemory is not null && recognizer.Consults(modelAlone, normalized, meaning)
                        ? recognizer.WithMeaning(text, normalized, modelAlone, foldMemory.Vote(memory!.VectorOf(i), meaning.Neighbours, meaning.Sharpness), foldMemory, meaning)
                        : (modelAlone, recognizer.Interpret(text, normalized, modelAlone));
                }
            }
        }

        return results;
    }

    /// <summary>The fold of each item.</summary>
    public static int[] AssignFolds(TrainingSet set, int folds, int seed)
    {
        ArgumentNullException.ThrowIfNull(set);
        var random = new Random(seed);
        var fold = new int[set.Items.Count];
        var strata = Enumerable.Range(0, set.Items.Count).GroupBy(i => StratumOf(set, set.Items[i])).OrderBy(g => g.Key, StringComparer.Ordinal);
        var next = 0;
        foreach (var stratum in strata)
        {
            var members = stratum.ToArray();
            random.Shuffle(members);
            foreach (var i in members)
            {
                fold[i] = next++ % folds;
            }
        }

        return fold;
    }

    private static string StratumOf(TrainingSet set, TrainingItem item)
    {
        if (item.Intent >= 0)
        {
            return "intent:" + set.IntentLabels[item.Intent];
        }

        for (var r = 0; r < item.Risks.Count; r++)
        {
            if (item.Risks[r] == RiskTarget.Positive)
            {
                return "risk:" + set.RiskLabels[r];
            }
        }

        return "risk:none";
    }
}
