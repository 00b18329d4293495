using SafeSchools.Bot.Understanding.Training;

namespace SafeSchools.Bot.Understanding.Model;

/// <summary>
/// Trains a model once per version of the data and keeps it on disk, named by the data's hash: the next start-up with
/// the same data loads it instead of training. A file that cannot be read is trained anew; writes are atomic. Two
/// processes (or hosts) starting together with no cached model train it once: the second waits for the first's file.
/// </summary>
public sealed class ModelCache(string folder)
{
    /// <summary>Where models are kept.</summary>
    public string Folder { get; } = folder ?? throw new ArgumentNullException(nameof(folder));

    /// <summary>The model for <paramref name="set"/>: from the cache when it was trained before, else trained now and kept.</summary>
    /// <param name="set">The labelled examples.</param>
    /// <param name="options">How to train.</param>
    /// <param name="dataHash">The identity of the set and options when the caller knows it; by default
    /// <see cref="ModelTrainer.HashOf"/>.</param>
    public UnderstandingModel GetOrTrain(TrainingSet set, TrainerOptions options, string? dataHash = null)
    {
        var hash = dataHash ?? ModelTrainer.HashOf(set, options);
        var path = Path.Combine(Folder, $"understanding-{hash[..16]}.model");
        if (ModelFile.TryRead(path, hash) is { } cached)
        {
            return cached;
        }

        using (TrainingLock(path))
        {
            if (ModelFile.TryRead(path, hash) is { } trainedMeanwhile)
            {
                return trainedMeanwhile;
            }

            var model = new ModelTrainer(options).Train(set, hash);
            TryWrite(path, model);
            return model;
        }
    }

    // Longer than any training seen (6 minutes on a busy 2-core machine); after it, train anyway rather than wait forever.
    private static readonly TimeSpan MaxWaitForAnotherTrainer = TimeSpan.FromMinutes(15);

    // An exclusive lock file beside the model (released by the OS if its holder dies); null when the folder can't be
    // written, or after waiting too long: then this process trains on its own.
    private FileStream? TrainingLock(string path)
    {
        try
        {
            Directory.CreateDirectory(Folder);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return null;
        }

        var waited = System.Diagnostics.Stopwatch.StartNew();
        while (waited.Elapsed < MaxWaitForAnotherTrainer)
        {
            try
            {
                return new FileStream($"{path}.lock", FileMode.OpenOrCreate, FileAccess.ReadWrite, FileShare.None, 1, FileOptions.DeleteOnClose);
            }
            catch (IOException e) when ((e.HResult & 0xFFFF) == SharingViolation)
            {
                Thread.Sleep(TimeSpan.FromMilliseconds(500));
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                return null;
            }
        }

        return null;
    }

    // ERROR_SHARING_VIOLATION: another process (or host) holds the lock.
    private const int SharingViolation = 32;

    // A read-only disk or a race with another process only costs a retrain next time.
    private static void TryWrite(string path, UnderstandingModel model)
    {
        try
        {
            ModelFile.Write(path, model);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            // Not cached: the next start trains again.
        }
    }
}
