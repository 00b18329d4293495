using SafeSchools.Bot.Safeguarding.Alerts;
using SafeSchools.Bot.Safeguarding.Conversations;
using SafeSchools.Bot.Understanding;
using SafeSchools.Bot.Understanding.Data;
using SafeSchools.Bot.Understanding.Meaning;
using SafeSchools.Bot.Understanding.Model;
using SafeSchools.Bot.Understanding.Training;

namespace SafeSchools.Bot.Content;

/// <summary>
/// Builds the bot's understanding from <c>dialogs/understanding</c>: the trained model (loaded from the cache when the
/// data has not changed, else trained and cached) behind the exact-command and alert-rule layers.
/// </summary>
internal static class UnderstandingFactory
{
    /// <summary>How the bot's model is trained.</summary>
    public static TrainerOptions TrainerOptions { get; } = new();

    public static UnderstandingModel LoadModel(string dialogsFolder, UnderstandingOptions options) =>
        UnderstandingModels.Load(dialogsFolder, options.ModelCacheFolder, TrainerOptions);

    /// <summary>The training examples of <paramref name="model"/>, encoded: shipped, cached, or encoded now.</summary>
    public static ExampleMemory LoadMemory(string dialogsFolder, UnderstandingOptions options, UnderstandingModel model) =>
        UnderstandingModels.LoadMemory(dialogsFolder, options.ModelCacheFolder, model, MiniLmSentenceEncoder.ModelName, CreateSentenceEncoder);

    /// <summary>
    /// The meaning layer of the model; its memory and encoder are loaded when first needed (or warmed); the encoder comes
    /// from <paramref name="encoder"/> (the host's container) when given, and is then not disposed with the layer.
    /// </summary>
    public static SentenceMeaning CreateMeaning(string dialogsFolder, UnderstandingOptions options, UnderstandingModel model, Func<ISentenceEncoder>? encoder = null) =>
        new(() => LoadMemory(dialogsFolder, options, model), encoder ?? CreateSentenceEncoder, options.Meaning) { OwnsEncoder = encoder is null };

    /// <summary>The bot's sentence encoder (all-MiniLM-L6-v2), loaded now.</summary>
    public static ISentenceEncoder CreateSentenceEncoder() => new MiniLmSentenceEncoder();

    /// <summary>The meaning layer of the model, or null when <see cref="MeaningOptions.Enabled"/> is off.</summary>
    public static SentenceMeaning? LoadMeaning(string dialogsFolder, UnderstandingOptions options, UnderstandingModel model) =>
        options.Meaning.Enabled ? CreateMeaning(dialogsFolder, options, model) : null;

    /// <summary>
    /// Commands first (exact phrases), then the alert rules, then the model (with meaning, when given); results merged.
    /// A turn's message is read up to <see cref="UnderstandingOptions.MaxTextLength"/> characters, here, for every layer.
    /// </summary>
    public static RecognizerSet Compose(UnderstandingModel model, AlertDetector rules, UnderstandingOptions options, SentenceMeaning? meaning = null) =>
        new([new CommandRecognizer(), new AlertRuleRecognizer(rules), new TrainedRecognizer(model, options) { WithoutEverydaySayings = rules.WithoutEverydaySayings, Meaning = meaning }])
        {
            MaxTextLength = options.MaxTextLength,
        };

    public static IReadOnlyList<string> Check(string dialogsFolder)
    {
        try
        {
            UnderstandingData.Load(Path.Combine(dialogsFolder, UnderstandingModels.DataFolderName));
            return [];
        }
        catch (TrainingDataException ex)
        {
            return ex.Problems;
        }
    }
}
