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
    public UnderstandingModel GetOrTrain(TrainingSet set, TrainerOptions options)
    {
        var hash = ModelTrainer.HashOf(set, options);
        var path = Path.Combine(Folder, $"understanding-{hash[..16]}.model");
        if (TryRead(path, hash) is { } cached)
        {
            return cached;
        }

        using (TrainingLock(path))
        {
            if (TryRead(path, hash) is { } trainedMeanwhile)
            {
                return trainedMeanwhile;
            }

            var model = new ModelTrainer(options).Train(set);
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

    private static UnderstandingModel? TryRead(string path, string hash)
    {
        try
        {
            using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, 1 << 16);
            var model = ModelSerializer.Read(stream);
            return model.DataHash == hash ? model : null;
        }
        catch (Exception e) when (e is IOException or InvalidDataException or EndOfStreamException or UnauthorizedAccessException)
        {
            return null;
        }
    }

    // A read-only disk or a race with another process only costs a retrain next time.
    private void TryWrite(string path, UnderstandingModel model)
    {
        var temporary = $"{path}.{Environment.ProcessId}.{Guid.NewGuid():N}.tmp";
        try
        {
            Directory.CreateDirectory(Folder);
            using (var stream = File.Create(temporary))
            {
                ModelSerializer.Write(model, stream);
            }

            File.Move(temporary, path, overwrite: true);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            TryDelete(temporary);
        }
    }

    private static void TryDelete(string path)
    {
        try
        {
            File.Delete(path);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            // Nothing was written, or the disk is read-only: nothing to clean up.
        }
    }
}
