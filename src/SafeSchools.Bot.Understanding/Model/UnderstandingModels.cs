using SafeSchools.Bot.Understanding.Data;
using SafeSchools.Bot.Understanding.Training;

namespace SafeSchools.Bot.Understanding.Model;

/// <summary>The bot's model for a <c>dialogs/</c> folder: trained on its <c>understanding/*.lu</c> files, or loaded from the cache.</summary>
public static class UnderstandingModels
{
    /// <summary>The folder of labelled examples inside <c>dialogs/</c>.</summary>
    public const string DataFolderName = "understanding";

    /// <summary>
    /// The model for <paramref name="dialogsFolder"/>: from <paramref name="cacheFolder"/> when the data has not changed,
    /// else trained and cached. A relative cache folder sits beside <c>dialogs/</c> (the repository root in a clone), not
    /// in the working directory.
    /// </summary>
    /// <exception cref="TrainingDataException">The labelled examples have problems.</exception>
    public static UnderstandingModel Load(string dialogsFolder, string cacheFolder, TrainerOptions? options = null)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(dialogsFolder);
        ArgumentException.ThrowIfNullOrWhiteSpace(cacheFolder);
        var set = UnderstandingData.Load(Path.Combine(dialogsFolder, DataFolderName)).ToTrainingSet();
        return new ModelCache(ResolveCacheFolder(dialogsFolder, cacheFolder)).GetOrTrain(set, options ?? new TrainerOptions());
    }

    private static string ResolveCacheFolder(string dialogsFolder, string cacheFolder) =>
        Path.IsPathRooted(cacheFolder)
            ? cacheFolder
            : Path.Combine(Path.GetDirectoryName(Path.GetFullPath(dialogsFolder).TrimEnd(Path.DirectorySeparatorChar)) ?? ".", cacheFolder);
}
