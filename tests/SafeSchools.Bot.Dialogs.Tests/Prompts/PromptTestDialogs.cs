namespace SafeSchools.Bot.Dialogs.Tests.Prompts;

/// <summary>Wraps one prompt in a component whose waterfall asks it and reports the answer.</summary>
internal static class PromptTestDialogs
{
    public static ComponentDialog Asking(Dialog prompt, PromptOptions options)
    {
        var waterfall = new WaterfallDialog("ask",
        [
            (step, ct) => step.PromptAsync(prompt.Id, options, ct),
            async (step, ct) =>
            {
                var answer = step.Result switch
                {
                    FoundChoice choice => $"{choice.Value} ({choice.Index})",
                    bool yes => yes ? "true" : "false",
                    var other => Convert.ToString(other, System.Globalization.CultureInfo.InvariantCulture),
                };
                await step.Context.SendActivityAsync($"You said: {answer}", ct);
                return await step.EndDialogAsync(step.Result, ct);
            },
        ]);
        var component = new ComponentDialog("root");
        component.AddDialog(waterfall).AddDialog(prompt);
        return component;
    }
}
