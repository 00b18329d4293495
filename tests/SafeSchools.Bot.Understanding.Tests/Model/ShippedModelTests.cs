using SafeSchools.Bot.Understanding.Data;
using SafeSchools.Bot.Understanding.Meaning;
using SafeSchools.Bot.Understanding.Model;
using SafeSchools.Bot.Understanding.Tests.Infrastructure;
using SafeSchools.Bot.Understanding.Training;

namespace SafeSchools.Bot.Understanding.Tests.Model;

public sealed class ShippedModelTests
{
    private const string Risks = "# immediate-danger\n- someone is following me\n- a man is following me home\n- im being followed\n\n# none\n- my mum will kill me\n- this game is killing me\n";

    private const string Greetings = "# greeting\n- hi\n- hello\n- hey\n- hiya\n- hey there\n\n# thanks\n- thanks\n- thank you\n- ty\n- cheers\n- thx\n";

    [Fact]
    public void TheShippedModel_WasTrainedOnTheCommittedDataWithTheBotsOptions()
    {
        // A fresh clone starts at once only while this holds; after changing dialogs/understanding, run
        // `dotnet run --project src/SafeSchools.Bot -- train` and commit dialogs/understanding.model with the data.
        Assert.True(
            UnderstandingModels.IsShippedModelCurrent(RepositoryPaths.Dialogs, new TrainerOptions()),
            "dialogs/understanding.model was not trained on dialogs/understanding: run `dotnet run --project src/SafeSchools.Bot -- train` and commit it.");
    }

    [Fact]
    public void TheShippedExampleMemory_HoldsTheShippedModelsExamples_EncodedByTheBotsEncoder()
    {
        // After `train` rewrites the model it encodes the examples again: commit dialogs/understanding.memory with it.
        var model = UnderstandingModels.Load(RepositoryPaths.Dialogs, "data/models");

        using var file = File.OpenRead(UnderstandingModels.ShippedMemoryPath(RepositoryPaths.Dialogs));
        var memory = ExampleMemorySerializer.Read(file);

        Assert.Equal(MiniLmSentenceEncoder.ModelName, memory.EncoderName);
        Assert.Equal(model.DataHash, memory.DataHash);
        Assert.Equal(UnderstandingData.Load(RepositoryPaths.UnderstandingData).ToTrainingSet().Items.Count, memory.Count);
    }

    [Fact]
    public void Load_ShippedModelMatchesTheData_UsesItWithoutTrainingOrCaching()
    {
        using var dialogs = new TemporaryDialogs(Greetings);
        var (shipped, _) = UnderstandingModels.Ship(dialogs.Folder, dialogs.Cache);
        Directory.Delete(dialogs.Cache, recursive: true);

        var loaded = UnderstandingModels.Load(dialogs.Folder, dialogs.Cache);

        Assert.Equal(shipped.DataHash, loaded.DataHash);
        Assert.False(Directory.Exists(dialogs.Cache), "nothing was trained or cached");
    }

    [Fact]
    public void Load_DataChangedSinceTheShippedModel_TrainsAModelForTheNewData()
    {
        using var dialogs = new TemporaryDialogs(Greetings);
        var (shipped, _) = UnderstandingModels.Ship(dialogs.Folder, dialogs.Cache);
        dialogs.WriteData(Greetings + "- ta\n");

        var loaded = UnderstandingModels.Load(dialogs.Folder, dialogs.Cache);

        Assert.NotEqual(shipped.DataHash, loaded.DataHash);
        Assert.False(UnderstandingModels.IsShippedModelCurrent(dialogs.Folder));
    }

    [Fact]
    public void Ship_RewritesTheShippedFileOnlyWhenTheDataChanged()
    {
        using var dialogs = new TemporaryDialogs(Greetings);

        var first = UnderstandingModels.Ship(dialogs.Folder, dialogs.Cache);
        var again = UnderstandingModels.Ship(dialogs.Folder, dialogs.Cache);
        dialogs.WriteData(Greetings + "- ta\n");
        var changed = UnderstandingModels.Ship(dialogs.Folder, dialogs.Cache);

        Assert.True(first.Rewritten);
        Assert.False(again.Rewritten);
        Assert.True(changed.Rewritten);
        Assert.True(UnderstandingModels.IsShippedModelCurrent(dialogs.Folder));
    }

    private sealed class TemporaryDialogs : IDisposable
    {
        private readonly string _root = Directory.CreateTempSubdirectory("shipped-model-").FullName;

        public TemporaryDialogs(string intents)
        {
            Directory.CreateDirectory(Path.Combine(Folder, UnderstandingModels.DataFolderName));
            File.WriteAllText(Path.Combine(Folder, UnderstandingModels.DataFolderName, "risk.lu"), Risks);
            WriteData(intents);
        }

        public string Folder => Path.Combine(_root, "dialogs");

        public string Cache => Path.Combine(_root, "cache");

        public void WriteData(string intents) =>
            File.WriteAllText(Path.Combine(Folder, UnderstandingModels.DataFolderName, "acts.lu"), intents);

        public void Dispose() => Directory.Delete(_root, recursive: true);
    }
}
