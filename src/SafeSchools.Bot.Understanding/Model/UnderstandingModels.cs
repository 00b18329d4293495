using System.Security.Cryptography;
using System.Text;
using SafeSchools.Bot.Understanding.Data;
using SafeSchools.Bot.Understanding.Meaning;
using SafeSchools.Bot.Understanding.Training;

namespace SafeSchools.Bot.Understanding.Model;

/// <summary>
/// The bot's model for a <c>dialogs/</c> folder, trained on its <c>understanding/*.lu</c> files. The model trained on
/// the committed data ships beside it (<c>dialogs/understanding.model</c>), so a fresh clone or a container starts in
/// milliseconds instead of training for minutes; when the data has changed since, the model comes from the local cache,
/// or is trained and cached. A model is known by a hash of the data files' text and the training options, so finding
/// the shipped one reads the files but does not parse them.
/// </summary>
public static class UnderstandingModels
{
    /// <summary>The folder of labelled examples inside <c>dialogs/</c>.</summary>
    public const string DataFolderName = "understanding";

    /// <summary>The shipped model's file inside <c>dialogs/</c>: the model trained on the data committed beside it.</summary>
    public const string ShippedFileName = "understanding.model";

    /// <summary>
    /// The shipped example memory's file inside <c>dialogs/</c>: the training examples encoded by the sentence encoder,
    /// for the model shipped beside it.
    /// </summary>
    public const string ShippedMemoryFileName = "understanding.memory";

    /// <summary>
    /// The model for <paramref name="dialogsFolder"/>: the shipped one when it was trained on this data; else from
    /// <paramref name="cacheFolder"/>; else trained and cached. A relative cache folder sits beside <c>dialogs/</c> (the
    /// repository root in a clone), not in the working directory.
    /// </summary>
    /// <exception cref="TrainingDataException">The labelled examples have problems.</exception>
    public static UnderstandingModel Load(string dialogsFolder, string cacheFolder, TrainerOptions? options = null)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(dialogsFolder);
        ArgumentException.ThrowIfNullOrWhiteSpace(cacheFolder);
        options ??= new TrainerOptions();
        var hash = DataHashOf(dialogsFolder, options);
        return ModelFile.TryRead(ShippedPath(dialogsFolder), hash) ?? FromCacheOrTrained(dialogsFolder, cacheFolder, options, hash);
    }

    /// <summary>
    /// Makes the shipped model match the data: loads or trains the model for it and, when the shipped file holds another
    /// (or none), writes it there. Returns the model and whether the shipped file was rewritten (then commit it).
    /// </summary>
    /// <exception cref="TrainingDataException">The labelled examples have problems.</exception>
    /// <exception cref="IOException">The shipped file can't be written.</exception>
    public static (UnderstandingModel Model, bool Rewritten) Ship(string dialogsFolder, string cacheFolder, TrainerOptions? options = null)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(dialogsFolder);
        ArgumentException.ThrowIfNullOrWhiteSpace(cacheFolder);
        options ??= new TrainerOptions();
        var hash = DataHashOf(dialogsFolder, options);
        var path = ShippedPath(dialogsFolder);
        if (ModelFile.TryRead(path, hash) is { } shipped)
        {
            return (shipped, false);
        }

        var model = FromCacheOrTrained(dialogsFolder, cacheFolder, options, hash);
        ModelFile.Write(path, model);
        return (model, true);
    }

    /// <summary>
    /// The example memory for <paramref name="model"/>'s data encoded by the encoder named <paramref name="encoderName"/>:
    /// the shipped one when it matches; else from <paramref name="cacheFolder"/>; else built (every example encoded: about
    /// a minute on two cores) and cached. The encoder is created only to build one.
    /// </summary>
    /// <exception cref="TrainingDataException">The labelled examples have problems.</exception>
    public static ExampleMemory LoadMemory(string dialogsFolder, string cacheFolder, UnderstandingModel model, string encoderName, Func<ISentenceEncoder> encoder)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(dialogsFolder);
        ArgumentException.ThrowIfNullOrWhiteSpace(cacheFolder);
        ArgumentNullException.ThrowIfNull(model);
        ArgumentNullException.ThrowIfNull(encoder);
        var matches = MemoryOf(model, encoderName);
        if (ModelFile.TryRead(ShippedMemoryPath(dialogsFolder), ExampleMemorySerializer.Read, matches) is { } shipped)
        {
            return shipped;
        }

        var cached = Path.Combine(ResolveCacheFolder(dialogsFolder, cacheFolder), $"understanding-{model.DataHash[..16]}.memory");
        if (ModelFile.TryRead(cached, ExampleMemorySerializer.Read, matches) is { } found)
        {
            return found;
        }

        var memory = ExampleMemory.Build(LoadSet(dialogsFolder), encoder(), model.DataHash);
        try
        {
            ModelFile.Write(cached, stream => ExampleMemorySerializer.Write(memory, stream));
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            // Not cached: the next start encodes again.
        }

        return memory;
    }

    /// <summary>
    /// Makes the shipped example memory match <paramref name="model"/> (see <see cref="Ship"/>); returns whether the file
    /// was rewritten (then commit it).
    /// </summary>
    /// <exception cref="IOException">The shipped file can't be written.</exception>
    public static bool ShipMemory(string dialogsFolder, string cacheFolder, UnderstandingModel model, string encoderName, Func<ISentenceEncoder> encoder)
    {
        var path = ShippedMemoryPath(dialogsFolder);
        if (ModelFile.TryRead(path, ExampleMemorySerializer.Read, MemoryOf(model, encoderName)) is not null)
        {
            return false;
        }

        var memory = LoadMemory(dialogsFolder, cacheFolder, model, encoderName, encoder);
        ModelFile.Write(path, stream => ExampleMemorySerializer.Write(memory, stream));
        return true;
    }

    // Whether a memory holds the examples of this model, encoded by this encoder.
    private static Func<ExampleMemory, bool> MemoryOf(UnderstandingModel model, string encoderName) =>
        memory => memory.DataHash == model.DataHash && memory.EncoderName == encoderName;

    /// <summary>Where the shipped example memory of <paramref name="dialogsFolder"/> is.</summary>
    public static string ShippedMemoryPath(string dialogsFolder) => Path.Combine(dialogsFolder, ShippedMemoryFileName);

    /// <summary>Whether the shipped model was trained on the data in <paramref name="dialogsFolder"/> with <paramref name="options"/>.</summary>
    /// <exception cref="TrainingDataException">The labelled examples have problems.</exception>
    public static bool IsShippedModelCurrent(string dialogsFolder, TrainerOptions? options = null) =>
        ModelFile.TryRead(ShippedPath(dialogsFolder), DataHashOf(dialogsFolder, options ?? new TrainerOptions())) is not null;

    /// <summary>
    /// The identity of the model for <paramref name="dialogsFolder"/>: a hash of the training options and of every
    /// <c>understanding/*.lu</c> file's name and text (line endings as <c>\n</c>, so a Windows checkout finds the same model).
    /// </summary>
    public static string DataHashOf(string dialogsFolder, TrainerOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var folder = Path.Combine(dialogsFolder, DataFolderName);
        var text = new StringBuilder().Append(options).Append('\n');
        if (Directory.Exists(folder))
        {
            foreach (var path in Directory.GetFiles(folder, "*.lu").Order(StringComparer.Ordinal))
            {
                text.Append(Path.GetFileName(path)).Append('\n').Append(File.ReadAllText(path).Replace("\r\n", "\n", StringComparison.Ordinal)).Append('\n');
            }
        }

        return Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text.ToString())));
    }

    /// <summary>Where the shipped model of <paramref name="dialogsFolder"/> is.</summary>
    public static string ShippedPath(string dialogsFolder) => Path.Combine(dialogsFolder, ShippedFileName);

    private static UnderstandingModel FromCacheOrTrained(string dialogsFolder, string cacheFolder, TrainerOptions options, string hash) =>
        new ModelCache(ResolveCacheFolder(dialogsFolder, cacheFolder)).GetOrTrain(LoadSet(dialogsFolder), options, hash);

    private static TrainingSet LoadSet(string dialogsFolder) =>
        UnderstandingData.Load(Path.Combine(dialogsFolder, DataFolderName)).ToTrainingSet();

    private static string ResolveCacheFolder(string dialogsFolder, string cacheFolder) =>
        Path.IsPathRooted(cacheFolder)
            ? cacheFolder
            : Path.Combine(Path.GetDirectoryName(Path.GetFullPath(dialogsFolder).TrimEnd(Path.DirectorySeparatorChar)) ?? ".", cacheFolder);
}
