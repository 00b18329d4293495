using SafeSchools.Bot.Understanding.Features;
using SafeSchools.Bot.Understanding.Model;
using SafeSchools.Bot.Understanding.Training;

namespace SafeSchools.Bot.Understanding.Tests.Model;

public sealed class ModelTrainerTests
{
    private static readonly TrainingSet Small = SmallSet();

    [Fact]
    public void Train_SmallSet_ScoresUnseenPhrasingsByMeaning()
    {
        var model = new ModelTrainer(new TrainerOptions()).Train(Small);
        var recognizer = new TrainedRecognizer(model, new UnderstandingOptions());

        Assert.Equal("greeting", recognizer.Recognize("heyy there").TopIntent(0));
        Assert.Equal("thanks", recognizer.Recognize("thank u so much").TopIntent(0));
        Assert.Contains(recognizer.Recognize("someone is following me home rn").Risks, r => r.Label == RiskLabels.ImmediateDanger);
        Assert.Empty(recognizer.Recognize("hello").Risks);
    }

    [Fact]
    public void Train_SameDataTwice_GivesTheSameScores()
    {
        var first = new ModelTrainer(new TrainerOptions()).Train(Small).Score("someone is following me");
        var second = new ModelTrainer(new TrainerOptions()).Train(Small).Score("someone is following me");

        Assert.Equal(first.Risks, second.Risks);
        Assert.Equal(first.Intents, second.Intents);
    }

    [Fact]
    public void Serializer_RoundTrip_ScoresExactlyAsBefore()
    {
        var model = new ModelTrainer(new TrainerOptions()).Train(Small);
        using var stream = new MemoryStream();
        ModelSerializer.Write(model, stream);
        stream.Position = 0;

        var read = ModelSerializer.Read(stream);

        Assert.Equal(model.DataHash, read.DataHash);
        Assert.Equal(model.Score("thanks a lot").Intents, read.Score("thanks a lot").Intents);
        Assert.Equal(model.Score("a man is following me").Risks, read.Score("a man is following me").Risks);
    }

    [Fact]
    public void Cache_SecondRequestForTheSameData_LoadsInsteadOfTraining()
    {
        var folder = Directory.CreateTempSubdirectory("model-cache-").FullName;
        try
        {
            var cache = new ModelCache(folder);
            var trained = cache.GetOrTrain(Small, new TrainerOptions());
            var file = Assert.Single(Directory.GetFiles(folder, "*.model"));
            var written = File.GetLastWriteTimeUtc(file);

            var loaded = cache.GetOrTrain(Small, new TrainerOptions());

            Assert.Equal(written, File.GetLastWriteTimeUtc(file));
            Assert.Equal(trained.Score("hi").Intents, loaded.Score("hi").Intents);
        }
        finally
        {
            Directory.Delete(folder, true);
        }
    }

    [Fact]
    public async Task Cache_TwoHostsStartingTogether_BothGetTheModel_AndLeaveOneFileAndNoLock()
    {
        var folder = Directory.CreateTempSubdirectory("model-cache-").FullName;
        try
        {
            var first = Task.Run(() => new ModelCache(folder).GetOrTrain(Small, new TrainerOptions()));
            var second = Task.Run(() => new ModelCache(folder).GetOrTrain(Small, new TrainerOptions()));

            var models = await Task.WhenAll(first, second);

            Assert.Equal(models[0].Score("hi").Intents, models[1].Score("hi").Intents);
            Assert.Single(Directory.GetFiles(folder, "*.model"));
            Assert.Empty(Directory.GetFiles(folder, "*.lock"));
        }
        finally
        {
            Directory.Delete(folder, true);
        }
    }

    [Fact]
    public void Cache_FolderCannotBeWritten_StillGivesATrainedModel()
    {
        var file = Path.GetTempFileName();
        try
        {
            // A file where the cache folder should be: nothing can be written there.
            var model = new ModelCache(Path.Combine(file, "models")).GetOrTrain(Small, new TrainerOptions());

            Assert.Equal("greeting", new TrainedRecognizer(model, new UnderstandingOptions()).Recognize("hello").TopIntent(0));
        }
        finally
        {
            File.Delete(file);
        }
    }

    [Fact]
    public void Explain_GivesTheFeaturesThatRaisedTheRisk()
    {
        var model = new ModelTrainer(new TrainerOptions()).Train(Small);

        var features = model.Explain(TextFeaturizer.Normalize("a man is following me"), 0, 3);

        Assert.NotEmpty(features);
        Assert.All(features, f => Assert.True(f.Weight > 0));
    }

    private static TrainingSet SmallSet()
    {
        RiskTarget[] danger = [RiskTarget.Positive, RiskTarget.Negative, RiskTarget.Negative, RiskTarget.Negative];
        RiskTarget[] safe = [RiskTarget.Negative, RiskTarget.Negative, RiskTarget.Negative, RiskTarget.Negative];
        var items = new List<TrainingItem>();
        string[] greetings = ["hi", "hello", "hey", "hiya", "hey there", "hello there", "hi there", "heya", "yo", "good morning"];
        string[] thanks = ["thanks", "thank you", "ty", "thanks so much", "thank you so much", "cheers", "thx", "ta", "tysm", "thanks a lot"];
        string[] followed = ["someone is following me", "a man is following me home", "theres a guy following me", "im being followed", "hes following me rn", "someone followed me off the bus", "a car is following me", "being followed home", "this man keeps following me", "someone is following me and i am scared"];
        items.AddRange(greetings.Select(t => new TrainingItem(t, 0, safe)));
        items.AddRange(thanks.Select(t => new TrainingItem(t, 1, safe)));
        items.AddRange(followed.Select(t => new TrainingItem(t, -1, danger)));
        return new TrainingSet(RiskLabels.All, ["greeting", "thanks"], items);
    }
}
