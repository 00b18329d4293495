namespace SafeSchools.Bot.Understanding.Model;

/// <summary>
/// Reads a model file (or an example memory) only when it holds the one wanted, e.g. for a given data hash; writes one
/// atomically.
/// </summary>
internal static class ModelFile
{
    /// <summary>The model at <paramref name="path"/> when it was trained on the data of <paramref name="hash"/>; else null.</summary>
    public static UnderstandingModel? TryRead(string path, string hash) =>
        TryRead(path, ModelSerializer.Read, model => model.DataHash == hash);

    /// <summary>What <paramref name="read"/> reads from <paramref name="path"/> when it is <paramref name="wanted"/>; else null.</summary>
    public static T? TryRead<T>(string path, Func<Stream, T> read, Func<T, bool> wanted)
        where T : class
    {
        try
        {
            using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, 1 << 16);
            var value = read(stream);
            return wanted(value) ? value : null;
        }
        catch (Exception e) when (e is IOException or InvalidDataException or EndOfStreamException or UnauthorizedAccessException)
        {
            return null;
        }
    }

    /// <summary>Writes <paramref name="model"/> to <paramref name="path"/> through a temporary file, so no reader sees half a model.</summary>
    /// <exception cref="IOException">The folder can't be written.</exception>
    public static void Write(string path, UnderstandingModel model) => Write(path, stream => ModelSerializer.Write(model, stream));

    /// <summary>Writes a file through <paramref name="write"/> to a temporary file, then moves it to <paramref name="path"/>.</summary>
    /// <exception cref="IOException">The folder can't be written.</exception>
    public static void Write(string path, Action<Stream> write)
    {
        var temporary = $"{path}.{Environment.ProcessId}.{Guid.NewGuid():N}.tmp";
        try
        {
            Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(path))!);
            using (var stream = File.Create(temporary))
            {
                write(stream);
            }

            File.Move(temporary, path, overwrite: true);
        }
        catch
        {
            TryDelete(temporary);
            throw;
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
