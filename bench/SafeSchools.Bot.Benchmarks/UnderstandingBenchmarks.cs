using BenchmarkDotNet.Attributes;
using SafeSchools.Bot.Safeguarding.Alerts;
using SafeSchools.Bot.Safeguarding.Conversations;
using SafeSchools.Bot.Safeguarding.Text;
using SafeSchools.Bot.Understanding;
using SafeSchools.Bot.Understanding.Model;

namespace SafeSchools.Bot.Benchmarks;

/// <summary>Recognising one message: the trained model alone, and the bot's whole recognizer (commands + rules + model).</summary>
[MemoryDiagnoser]
public class UnderstandingBenchmarks
{
    private TrainedRecognizer _model = null!;
    private RecognizerSet _bot = null!;

    [Params("hi", "i cant call hell hear me", "my son is 11 and an adult he met on roblox keeps sending him robux and asking him to move to snapchat")]
    public string Message { get; set; } = string.Empty;

    [GlobalSetup]
    public void Setup()
    {
        var dialogs = DialogsFolder.Find();
        _model = UnderstandingRecognizers.Load(dialogs);
        _bot = new RecognizerSet([new CommandRecognizer(), new AlertRuleRecognizer(AlertDetector.Load(dialogs)), _model]);
    }

    [Benchmark(Baseline = true)]
    public RecognizerResult Model() => _model.Recognize(Message);

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
}
