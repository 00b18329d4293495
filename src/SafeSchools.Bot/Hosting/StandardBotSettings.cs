namespace SafeSchools.Bot.Hosting;

/// <summary>
/// The app settings under the names Azure Bot resources and the Bot Builder samples use, at the configuration root
/// (<c>MicrosoftAppId</c>, <c>MicrosoftAppPassword</c>, <c>MicrosoftAppType</c>, <c>MicrosoftAppTenantId</c>). Each
/// fills its <c>Bot:</c> setting when that is empty; when both are set they must agree (<see cref="BotOptionsValidator"/>).
/// </summary>
internal static class StandardBotSettings
{
    private static readonly StandardBotSetting[] Settings =
    [
        new(nameof(BotOptions.MicrosoftAppId), Secret: false, o => o.MicrosoftAppId, (o, v) => o.MicrosoftAppId = v),
        new(nameof(BotOptions.MicrosoftAppPassword), Secret: true, o => o.MicrosoftAppPassword, (o, v) => o.MicrosoftAppPassword = v),
        new(nameof(BotOptions.MicrosoftAppType), Secret: false, o => o.MicrosoftAppType, (o, v) => o.MicrosoftAppType = v),
        new(nameof(BotOptions.MicrosoftAppTenantId), Secret: false, o => o.MicrosoftAppTenantId, (o, v) => o.MicrosoftAppTenantId = v),
    ];

    /// <summary>Fills each empty <c>Bot:</c> app setting from its standard name at the root.</summary>
    public static void Fill(BotOptions options, IConfiguration configuration)
    {
        foreach (var setting in Settings)
        {
            if (string.IsNullOrWhiteSpace(setting.Get(options)) && configuration[setting.Name] is { } value && !string.IsNullOrWhiteSpace(value))
            {
                setting.Set(options, value.Trim());
            }
        }
    }

    /// <summary>
    /// One sentence naming every setting given both at the root and under <c>Bot:</c> with different values (never
    /// showing the password), or null when none disagree.
    /// </summary>
    public static string? Disagreements(IConfiguration configuration)
    {
        var disagreeing = Settings
            .Select(setting => (setting, Root: configuration[setting.Name]?.Trim(), Bot: configuration[$"{BotOptions.SectionName}:{setting.Name}"]?.Trim()))
            .Where(s => !string.IsNullOrEmpty(s.Root) && !string.IsNullOrEmpty(s.Bot) && !s.setting.Agree(s.Root, s.Bot))
            .Select(s => s.setting.Secret
                ? $"{s.setting.Name} and {BotOptions.SectionName}:{s.setting.Name} are different"
                : $"{s.setting.Name} is '{s.Root}' but {BotOptions.SectionName}:{s.setting.Name} is '{s.Bot}'")
            .ToList();
        return disagreeing.Count == 0
            ? null
            : $"The bot's app settings are given twice and disagree: {string.Join("; ", disagreeing)}. Set each once: "
                + $"either the standard names (MicrosoftAppId..., as the Azure Bot resource sets them) or the {BotOptions.SectionName}: ones "
                + $"(environment variables {BotOptions.SectionName}__MicrosoftAppId...), or make them the same.";
    }

    private sealed record StandardBotSetting(string Name, bool Secret, Func<BotOptions, string> Get, Action<BotOptions, string> Set)
    {
        // Ids and the app type are case-insensitive; a password is compared exactly.
        public bool Agree(string root, string bot) =>
            string.Equals(root, bot, Secret ? StringComparison.Ordinal : StringComparison.OrdinalIgnoreCase);
    }
}
