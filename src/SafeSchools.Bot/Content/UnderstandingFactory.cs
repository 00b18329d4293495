using SafeSchools.Bot.Safeguarding.Alerts;
using SafeSchools.Bot.Safeguarding.Conversations;
using SafeSchools.Bot.Understanding;
using SafeSchools.Bot.Understanding.Data;
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

    /// <summary>
    /// Commands first (exact phrases), then the alert rules, then the model; results merged. A turn's message is read up
    /// to <see cref="UnderstandingOptions.MaxTextLength"/> characters, here, for every layer.
    /// </summary>
    public static RecognizerSet Compose(UnderstandingModel model, AlertDetector rules, UnderstandingOptions options) =>
        new([new CommandRecognizer(), new AlertRuleRecognizer(rules), new TrainedRecognizer(model, options) { WithoutEverydaySayings = rules.WithoutEverydaySayings }])
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
