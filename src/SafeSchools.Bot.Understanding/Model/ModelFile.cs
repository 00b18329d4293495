namespace SafeSchools.Bot.Understanding.Model;

/// <summary>Reads a model file only when it holds the model for a given data hash; writes one atomically.</summary>
internal static class ModelFile
{
    /// <summary>The model at <paramref name="path"/> when it was trained on the data of <paramref name="hash"/>; else null.</summary>
    public static UnderstandingModel? TryRead(string path, string hash)
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

    /// <summary>Writes <paramref name="model"/> to <paramref name="path"/> through a temporary file, so no reader sees half a model.</summary>
    /// <exception cref="IOException">The folder can't be written.</exception>
    public static void Write(string path, UnderstandingModel model)
    {
        var temporary = $"{path}.{Environment.ProcessId}.{Guid.NewGuid():N}.tmp";
        try
        {
            Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(path))!);
            using (var stream = File.Create(temporary))
            {
                ModelSerializer.Write(model, stream);
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
