using SafeSchools.Bot.Connector.Schema;

namespace SafeSchools.Bot.Dialogs.Tests;

/// <summary>Small dialogs shared by the tests.</summary>
internal static class Flows
{
    public const string GiveUpText = "Let's go back to the menu. If you're in danger right now, call 999.";

    public static readonly Choice[] Topics = [new("Bullying"), new("Online safety"), new("Something else")];

    public static PromptOptions Ask(string text, string? retry = null, IReadOnlyList<Choice>? choices = null, int maxAttempts = 3) => new()
    {
        Prompt = Activity.CreateMessage(text),
        RetryPrompt = retry is null ? null : Activity.CreateMessage(retry),
        GiveUpPrompt = Activity.CreateMessage(GiveUpText),
        Choices = choices,
        MaxAttempts = maxAttempts,
    };

    /// <summary>Topic (choice) → age (number) → confirm, ending with a summary.</summary>
    public static WaterfallDialog ThreeSteps(string id = "threeSteps") => new(id,
    [
        (step, ct) => step.PromptAsync("topic", Ask("What's it about?", "Please pick one of the buttons.", Topics), ct),
        (step, ct) =>
        {
            step.Values["topic"] = ((FoundChoice)step.Result!).Value;
            return step.PromptAsync("age", Ask("How old are you?", "Please type your age as a number, like 14."), ct);
        },
        (step, ct) =>
        {
            step.Values["age"] = (int)step.Result!;
            return step.PromptAsync("confirm", Ask("Shall I show you some help?", "Please say yes or no."), ct);
        },
        async (step, ct) =>
        {
            var summary = $"{step.Values["topic"]}, {step.Values["age"]}, {((bool)step.Result! ? "yes" : "no")}";
            await step.Context.SendActivityAsync(summary, ct);
            return await step.EndDialogAsync(summary, ct);
        },
    ]);

    public static ComponentDialog ThreeStepComponent(string id = "component")
    {
        var component = new ComponentDialog(id);
        AddThreeSteps(component);
        return component;
    }

    public static void AddThreeSteps(ComponentDialog component)
    {
        component.AddDialog(ThreeSteps());
        component.AddDialog(new ChoicePrompt("topic"));
        component.AddDialog(new NumberPrompt<int>("age"));
        component.AddDialog(new ConfirmPrompt("confirm"));
    }
}
