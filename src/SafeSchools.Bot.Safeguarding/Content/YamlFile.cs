using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace SafeSchools.Bot.Safeguarding.Content;

/// <summary>Parses one YAML file into nodes with line numbers, turning syntax errors into officer-readable errors.</summary>
internal static class YamlFile
{
    public static YamlMappingNode? ReadRoot(string path, string file, List<ContentError> errors)
    {
        string text;
        try
        {
            text = File.ReadAllText(path);
        }
        catch (IOException ex)
        {
            errors.Add(new ContentError(SourceLocation.StartOf(file), $"The file couldn't be read ({ex.Message})."));
            return null;
        }

        var stream = new YamlStream();
        try
        {
            stream.Load(new StringReader(text));
        }
        catch (YamlException ex)
        {
            errors.Add(new ContentError(YamlMap.At(file, ex.Start), Explain(ex)));
            return null;
        }

        if (stream.Documents.Count == 0)
        {
            errors.Add(new ContentError(SourceLocation.StartOf(file), "The file is empty."));
            return null;
        }

        if (stream.Documents.Count > 1)
        {
            errors.Add(new ContentError(YamlMap.At(file, stream.Documents[1].RootNode.Start), "The file has a second document (a line with ---). Keep everything in one document."));
        }

        if (stream.Documents[0].RootNode is not YamlMappingNode root)
        {
            errors.Add(new ContentError(YamlMap.At(file, stream.Documents[0].RootNode.Start), "The file should start with settings such as \"id:\" at the left margin."));
            return null;
        }

        return root;
    }

    private static string Explain(YamlException ex)
    {
        var inner = ex.InnerException?.Message ?? ex.Message;
        if (ex.Message.Contains("Duplicate key", StringComparison.OrdinalIgnoreCase) || inner.Contains("same key", StringComparison.OrdinalIgnoreCase))
        {
            return "The same key is written twice in one block. Delete or rename one of them.";
        }

        return "The file's layout is broken here, so it can't be read. Check the indentation (spaces, not tabs) "
            + "and that any text containing a colon (:) or starting with a quote is inside a \"|\" block. "
            + $"(Technical detail: {ex.Message})";
    }
}
