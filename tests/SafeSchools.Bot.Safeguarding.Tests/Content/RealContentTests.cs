using SafeSchools.Bot.Safeguarding.Content;

namespace SafeSchools.Bot.Safeguarding.Tests.Content;

/// <summary>Checks the real content in the repository's dialogs/ folder.</summary>
public sealed class RealContentTests
{
    private static readonly Lazy<ContentLoadResult> Result = new(() => ContentLoader.TryLoad(DialogsFolder.Locate()));

    private static SafeguardingContent Content
    {
        get
        {
            Assert.True(Result.Value.IsValid, string.Join(Environment.NewLine, Result.Value.Errors));
            return Result.Value.Content!;
        }
    }

    public static TheoryData<string> TopLevelFlows => ["bullying", "image-request", "worried-parent", "welcome", "emergency"];

    [Fact]
    public void Load_RealDialogsFolder_HasNoErrors()
    {
        var result = Result.Value;

        Assert.True(result.Errors.Count == 0, "Content errors:" + Environment.NewLine + string.Join(Environment.NewLine, result.Errors));
        Assert.NotNull(result.Content);
    }

    [Fact]
    public void Load_RealDialogsFolder_DoesNotThrow()
    {
        var content = ContentLoader.Load(DialogsFolder.Locate());

        Assert.NotEmpty(content.Flows);
        Assert.NotEmpty(content.Services);
    }

    [Fact]
    public void Flows_RequiredTopLevelIds_AllExist()
    {
        foreach (var id in ContentValidator.RequiredFlowIds)
        {
            Assert.NotNull(Content.FindFlow(id));
        }
    }

    [Fact]
    public void Flows_EveryFirstMessage_ContainsTheExact999Line()
    {
        foreach (var flow in Content.Flows)
        {
            var first = flow.StartStep;
            Assert.NotNull(first);
            var text = string.Join("\n", first.Texts().Select(t => t.Value)).Replace("*", string.Empty, StringComparison.Ordinal);
            Assert.True(text.Contains(ContentValidator.DangerLine, StringComparison.Ordinal), $"{flow.Id}: first message lacks the 999 line.");
        }
    }

    [Theory]
    [MemberData(nameof(TopLevelFlows))]
    public void Flow_TopLevel_CanReachAHandoff(string flowId)
    {
        var seen = new HashSet<(string Flow, string Step)>();
        var queue = new Queue<(Flow Flow, Step Step)>();
        var flow = Content.GetFlow(flowId);
        queue.Enqueue((flow, flow.StartStep!));
        var reachedHandoff = false;
        while (queue.Count > 0 && !reachedHandoff)
        {
            var (currentFlow, step) = queue.Dequeue();
            if (!seen.Add((currentFlow.Id, step.Id)))
            {
                continue;
            }

            reachedHandoff = step is HandoffStep;
            foreach (var target in step.Targets())
            {
                switch (target)
                {
                    case StepTarget s:
                        queue.Enqueue((currentFlow, currentFlow.FindStep(s.StepId)!));
                        break;
                    case FlowTarget f:
                        var next = Content.GetFlow(f.FlowId);
                        queue.Enqueue((next, next.StartStep!));
                        break;
                }
            }
        }

        Assert.True(reachedHandoff, $"{flowId} never reaches a handoff.");
    }

    [Theory]
    [MemberData(nameof(TopLevelFlows))]
    public void Flow_TopLevel_NeverEndsWithoutAHandoffOnTheWay(string flowId)
    {
        // Walk every step reachable from the start without passing a handoff: none may be an end step.
        var flow = Content.GetFlow(flowId);
        var seen = new HashSet<string>();
        var queue = new Queue<Step>([flow.StartStep!]);
        while (queue.Count > 0)
        {
            var step = queue.Dequeue();
            if (step is HandoffStep || !seen.Add(step.Id))
            {
                continue;
            }

            Assert.False(step is EndStep, $"{flowId}: the end step \"{step.Id}\" can be reached without any handoff.");
            foreach (var target in step.Targets().OfType<StepTarget>())
            {
                queue.Enqueue(flow.FindStep(target.StepId)!);
            }
        }
    }

    [Fact]
    public void Flows_Every_HasAnEndOrLeadsToAnotherFlow()
    {
        foreach (var flow in Content.Flows)
        {
            Assert.Contains(flow.Steps, s => s is EndStep or GotoStep || s.Targets().OfType<FlowTarget>().Any());
        }
    }

    [Fact]
    public void Handoffs_EveryServiceReference_ExistsInTheDirectory()
    {
        var references = Content.Flows.SelectMany(f => f.Steps).OfType<HandoffStep>().SelectMany(h => h.Services).ToList();

        Assert.NotEmpty(references);
        Assert.All(references, r => Assert.NotNull(Content.FindService(r.ServiceId)));
    }

    [Fact]
    public void Services_RequiredIds_AllExistWithSourceAndCheckedDate()
    {
        string[] required =
        [
            "emergency-999", "police-101", "childline", "report-remove", "take-it-down", "iwf", "ceop", "thinkuknow",
            "nspcc-helpline", "samaritans", "shout", "stop-it-now", "childnet", "uk-safer-internet-centre", "internet-matters",
            "kidscape", "anti-bullying-alliance", "young-minds", "we-are-with-you", "victim-support", "crimestoppers", "ssct",
        ];

        foreach (var id in required)
        {
            var service = Content.FindService(id);
            Assert.True(service is not null, $"Missing service {id}.");
            Assert.False(string.IsNullOrWhiteSpace(service.Source));
            Assert.NotNull(service.Checked);
        }
    }

    [Fact]
    public void Services_Emergency999_HasTextAndBslRoutes()
    {
        var service = Content.GetService("emergency-999");

        Assert.Equal("999", service.Phone);
        Assert.Equal("999", service.Text?.To);
        Assert.Contains("register", service.Text!.Message, StringComparison.Ordinal);
        Assert.Contains("yes", service.Text.Message, StringComparison.Ordinal);
        Assert.Equal("https://999bsl.co.uk", service.BslUrl);
        Assert.Equal("18001 101", Content.GetService("police-101").Textphone);
    }

    [Theory]
    [InlineData("nspcc-helpline")]
    [InlineData("stop-it-now")]
    public void Services_UnverifiedHours_AreNotShown(string id)
    {
        var service = Content.GetService(id);

        Assert.Contains("hours", service.Unverified);
        Assert.Null(service.Hours);
    }

    [Fact]
    public void YoungPersonFlows_NoText_AdvisesScreenshottingSavingOrForwardingImages()
    {
        var flows = Content.Flows.Where(f => f.Audience is Audience.YoungPerson or Audience.Everyone).ToList();
        Assert.Contains(flows, f => f.Id == "image-request");
        Assert.Contains(flows, f => f.Id == "bullying");

        foreach (var text in flows.SelectMany(f => f.Steps).SelectMany(s => s.Texts()))
        {
            var unsafeAdvice = TextScanner.UnsafeImageAdvice(text.Value).ToList();
            Assert.True(unsafeAdvice.Count == 0, $"{text.Location}: {string.Join(" | ", unsafeAdvice.Select(m => m.Value))}");
        }
    }

    [Fact]
    public void YoungPersonFlows_ImageAdvice_SaysToKeepUsernamesMessagesAndLinks()
    {
        var text = string.Join("\n", Content.GetFlow("image-request").Steps.SelectMany(s => s.Texts()).Select(t => t.Value));

        Assert.Contains("username", text, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("links", text, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("Don't save or forward any images", text, StringComparison.Ordinal);
        Assert.Contains("Don't pay", text, StringComparison.Ordinal);

        // What CEOP doesn't deal with is said by the CEOP card that comes with the advice to report.
        var report = Assert.IsType<HandoffStep>(Content.GetFlow("image-request").FindStep("report"));
        Assert.Contains(report.Services, s => s.ServiceId == "ceop");
        Assert.Contains("does not deal with bullying, fake accounts or hacking", Content.GetService("ceop").For, StringComparison.Ordinal);
    }

    [Fact]
    public void YoungPersonFlows_SayItIsNotTheirFault()
    {
        foreach (var flow in Content.Flows.Where(f => f.Audience == Audience.YoungPerson))
        {
            var text = string.Join("\n", flow.Steps.SelectMany(s => s.Texts()).Select(t => t.Value));
            Assert.Contains("it's not your fault", text, StringComparison.OrdinalIgnoreCase);
        }
    }

    [Fact]
    public void AllText_EveryPhoneNumberUrlAndEmail_IsInTheServicesDirectory()
    {
        var phones = Content.Services.SelectMany(s => new[] { s.Phone, s.Textphone, s.Text?.To }).OfType<string>().Select(TextScanner.NormalisePhone).ToHashSet();
        var urls = Content.Services.SelectMany(s => new[] { s.Url, s.ChatUrl, s.BslUrl }).OfType<string>().Select(TextScanner.NormaliseUrl).ToList();
        var emails = Content.Services.Select(s => s.Email).OfType<string>().ToHashSet(StringComparer.OrdinalIgnoreCase);
        var texts = Content.Flows.SelectMany(f => f.Steps).SelectMany(s => s.Texts()).Select(t => t.Value)
            .Concat(Content.Services.SelectMany(s => new[] { s.For, s.Eligibility, s.Text?.Message, s.Hours }).OfType<string>())
            .ToList();
        var phoneCount = 0;

        foreach (var text in texts)
        {
            foreach (var number in TextScanner.PhoneNumbers(text))
            {
                phoneCount++;
                Assert.True(phones.Contains(TextScanner.NormalisePhone(number.Value)), $"Number '{number.Value}' is not in services.yaml.");
            }

            foreach (var url in TextScanner.Urls(text))
            {
                var normalised = TextScanner.NormaliseUrl(url.Value);
                Assert.True(urls.Contains(normalised) || urls.Any(u => TextScanner.HostOf(u) == normalised), $"Address '{url.Value}' is not in services.yaml.");
            }

            foreach (var email in TextScanner.Emails(text))
            {
                Assert.Contains(email.Value, emails);
            }
        }

        Assert.True(phoneCount > 5, "Expected the content to mention some numbers (999, 101, 85258...).");
    }

    [Fact]
    public void Welcome_ExplainsBotPrivacyAndForgetMe()
    {
        var text = string.Join("\n", Content.GetFlow("welcome").Steps.SelectMany(s => s.Texts()).Select(t => t.Value));

        Assert.Contains("not a person", text, StringComparison.Ordinal);
        Assert.Contains("not a police officer on duty", text, StringComparison.Ordinal);
        Assert.Contains("not for emergencies", text, StringComparison.Ordinal);
        Assert.Contains("24 hours", text, StringComparison.Ordinal);
        Assert.Contains("forget me", text, StringComparison.Ordinal);
        var who = Assert.IsType<AskChoiceStep>(Content.GetFlow("welcome").FindStep("who"));
        Assert.Contains(who.Choices, c => c.Target is FlowTarget { FlowId: "worried-parent" });
    }

    [Fact]
    public void Emergency_ShowsTextRegistrationAndBslBeforeChildline()
    {
        var flow = Content.GetFlow("emergency");
        var text = string.Join("\n", flow.Steps.SelectMany(s => s.Texts()).Select(t => t.Value));

        Assert.Contains("text **register** to 999, then reply **yes**", text, StringComparison.Ordinal);
        Assert.Contains("999 BSL", text, StringComparison.Ordinal);
        var firstHandoff = flow.Steps.OfType<HandoffStep>().First();
        Assert.Equal("emergency-999", firstHandoff.Services[0].ServiceId);
        Assert.True(text.IndexOf("999 BSL", StringComparison.Ordinal) < text.IndexOf("Childline", StringComparison.Ordinal));
    }

    [Fact]
    public void WorriedParent_IsForParentsAndOffersEveryTopic()
    {
        var flow = Content.GetFlow("worried-parent");
        var topics = Assert.IsType<AskChoiceStep>(flow.FindStep("topics"));

        Assert.Equal(Audience.Parent, flow.Audience);
        Assert.True(topics.Choices.Length >= 7);
        var handedOff = flow.Steps.OfType<HandoffStep>().SelectMany(h => h.Services).Select(s => s.ServiceId).ToHashSet();
        Assert.Superset(new HashSet<string> { "nspcc-helpline", "ceop", "stop-it-now", "thinkuknow", "internet-matters" }, handedOff);
    }
}
