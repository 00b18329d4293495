using BenchmarkDotNet.Attributes;
using SafeSchools.Bot.Safeguarding.Alerts;
using SafeSchools.Bot.Safeguarding.Conversations;
using SafeSchools.Bot.Safeguarding.Text;
using SafeSchools.Bot.Understanding;
using SafeSchools.Bot.Understanding.Meaning;
using SafeSchools.Bot.Understanding.Model;

namespace SafeSchools.Bot.Benchmarks;

/// <summary>
/// Recognising one message: the trained model alone, the model with meaning (the sentence encoder and the nearest
/// examples, asked only when the model leaves a decision open), and the bot's whole recognizer (commands + rules + model
/// with meaning).
/// </summary>
[MemoryDiagnoser]
public class UnderstandingBenchmarks
{
    private TrainedRecognizer _model = null!;
    private TrainedRecognizer _withMeaning = null!;
    private SentenceMeaning _meaning = null!;
    private RecognizerSet _bot = null!;

    [Params("hi", "i cant call hell hear me", "my son is 11 and an adult he met on roblox keeps sending him robux and asking him to move to snapchat")]
    public string Message { get; set; } = string.Empty;

    [GlobalSetup]
    public void Setup()
    {
        var dialogs = DialogsFolder.Find();
        _model = UnderstandingRecognizers.Load(dialogs);
        _meaning = UnderstandingRecognizers.LoadMeaning(dialogs, _model.Model);
        _withMeaning = new TrainedRecognizer(_model.Model, _model.Options) { Meaning = _meaning };
        _bot = new RecognizerSet([new CommandRecognizer(), new AlertRuleRecognizer(AlertDetector.Load(dialogs)), _withMeaning]);
    }

    [GlobalCleanup]
    public void Cleanup() => _meaning.Dispose();

    [Benchmark(Baseline = true)]
    public RecognizerResult Model() => _model.Recognize(Message);

    [Benchmark]
    public RecognizerResult ModelWithMeaning() => _withMeaning.Recognize(Message);

    [Benchmark]
    public RecognizerResult BotRecognizer() => _bot.Recognize(Message);
}

/// <summary>Cold start of understanding: loading the cached model file.</summary>
[MemoryDiagnoser]
public class UnderstandingLoadBenchmarks
{
    private string _file = string.Empty;

    [GlobalSetup]
    public void Setup()
    {
        var model = UnderstandingModels.Load(DialogsFolder.Find(), "data/models");
        _file = Path.GetTempFileName();
        using var stream = File.Create(_file);
        ModelSerializer.Write(model, stream);
    }

    [GlobalCleanup]
    public void Cleanup() => File.Delete(_file);

    [Benchmark]
    public UnderstandingModel LoadCachedModel()
    {
        using var stream = new FileStream(_file, FileMode.Open, FileAccess.Read, FileShare.Read, 1 << 16);
        return ModelSerializer.Read(stream);
    }

    [Benchmark]
    public ExampleMemory LoadShippedExampleMemory()
    {
        using var stream = new FileStream(UnderstandingModels.ShippedMemoryPath(DialogsFolder.Find()), FileMode.Open, FileAccess.Read, FileShare.Read, 1 << 16);
        return ExampleMemorySerializer.Read(stream);
    }
}
