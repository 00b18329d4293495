namespace SafeSchools.Bot.Safeguarding.Content;

/// <summary>Loads and validates the safeguarding content in <c>dialogs/</c> (<c>services.yaml</c>, <c>flows/*.yaml</c> and <c>answers.yaml</c>).</summary>
public static class ContentLoader
{
    /// <summary>Loads and validates all content; throws if anything is wrong.</summary>
    /// <param name="dialogsFolder">The <c>dialogs/</c> folder.</param>
    /// <returns>The validated, immutable content.</returns>
    /// <exception cref="ContentValidationException">The content has problems; <see cref="ContentValidationException.Errors"/> lists all of them.</exception>
    public static SafeguardingContent Load(string dialogsFolder)
    {
        var result = TryLoad(dialogsFolder);
        return result.IsValid ? result.Content! : throw new ContentValidationException(result.Errors);
    }

    /// <summary>Loads and validates all content, collecting every problem instead of throwing.</summary>
    /// <param name="dialogsFolder">The <c>dialogs/</c> folder.</param>
    /// <returns>The content when valid, and every error found (sorted by file and line).</returns>
    public static ContentLoadResult TryLoad(string dialogsFolder)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(dialogsFolder);
        if (!Directory.Exists(dialogsFolder))
        {
            return new ContentLoadResult(null, [new ContentError(SourceLocation.StartOf(dialogsFolder), "The dialogs folder doesn't exist. Check the path in the bot's settings.")]);
        }

        var errors = new List<ContentError>();
        var services = ServicesParser.Parse(dialogsFolder, errors);
        var flows = FlowParser.ParseAll(dialogsFolder, errors);
        var answers = AnswersParser.Parse(dialogsFolder, errors);
        var content = new SafeguardingContent(services, flows, answers);
        errors.AddRange(ContentValidator.Validate(content));
        var sorted = ContentValidator.Sort(errors);
        return new ContentLoadResult(sorted.Count == 0 ? content : null, sorted);
    }
}
