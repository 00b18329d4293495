using SafeSchools.Bot.Understanding.Data;
using SafeSchools.Bot.Understanding.Model;
using SafeSchools.Bot.Understanding.Training;

namespace SafeSchools.Bot.Understanding.Tests.Infrastructure;

/// <summary>The model trained on the repository's data with the bot's options (from the shared cache when current).</summary>
public sealed class TrainedModelFixture
{
    public TrainedModelFixture()
    {
        Set = UnderstandingData.Load(RepositoryPaths.UnderstandingData).ToTrainingSet();
        Model = UnderstandingModels.Load(RepositoryPaths.Dialogs, "data/models");
        Recognizer = new TrainedRecognizer(Model, new UnderstandingOptions());
    }

    public TrainingSet Set { get; }

    public UnderstandingModel Model { get; }

    public TrainedRecognizer Recognizer { get; }
}
