using SafeSchools.Bot.Understanding;
using SafeSchools.Bot.Understanding.Data;
using SafeSchools.Bot.Understanding.Model;
using SafeSchools.Bot.Understanding.Training;

namespace SafeSchools.Bot.Benchmarks;

/// <summary>The bot's trained model, from the repository's model cache (trained there once when missing).</summary>
internal static class UnderstandingModels
{
    public static UnderstandingModel Load(string dialogs) =>
        new ModelCache(Path.Combine(Path.GetDirectoryName(Path.GetFullPath(dialogs).TrimEnd(Path.DirectorySeparatorChar))!, "data", "models"))
            .GetOrTrain(UnderstandingData.Load(Path.Combine(dialogs, "understanding")).ToTrainingSet(), new TrainerOptions());

    public static TrainedRecognizer Recognizer(string dialogs) => new(Load(dialogs), new UnderstandingOptions());
}
