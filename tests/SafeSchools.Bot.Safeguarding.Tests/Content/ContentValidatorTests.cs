using SafeSchools.Bot.Safeguarding.Content;

namespace SafeSchools.Bot.Safeguarding.Tests.Content;

/// <summary>One test per kind of validation error: a small broken YAML, and the officer-readable message it gives.</summary>
public sealed class ContentValidatorTests : IDisposable
{
    private readonly TempContent _content = new();

    public void Dispose() => _content.Dispose();

    private static string Flow(string steps, string header = "id: bullying\ntitle: Test\naudience: young-person\n") =>
        header + "steps:\n" + steps;

    private const string Start = """
          - id: start
            say: |
              If you're in danger right now, call 999.

        """;

    private static ContentError Single(ContentLoadResult result, string file, int line, string reasonFragment)
    {
        Assert.False(result.IsValid);
        Assert.Null(result.Content);
        var match = result.Errors.FirstOrDefault(e => e.File == file && e.Line == line && e.Reason.Contains(reasonFragment, StringComparison.Ordinal));
        Assert.True(match is not null, $"Expected {file} line {line}: ...{reasonFragment}... but got:{Environment.NewLine}{string.Join(Environment.NewLine, result.Errors)}");
        Assert.StartsWith($"{file} line {line}: ", match.ToString(), StringComparison.Ordinal);
        return match;
    }

    [Fact]
    public void Load_MinimalValidFolder_HasNoErrors()
    {
        var result = _content.Load();

        Assert.True(result.IsValid, string.Join(Environment.NewLine, result.Errors));
    }

    [Fact]
    public void Load_DanglingStepReference_ReportsFileLineAndSpelling()
    {
        _content.Write("flows/bullying.yaml", Flow(Start + """
                next: where
              - id: where
                ask: Is it happening online, in person, or both?
                choices:
                  - { label: Online, next: onlne }
                  - { label: In person, next: online }
              - id: online
                end: Bye.

            """));

        var error = Single(_content.Load(), "flows/bullying.yaml", 12, "The step \"where\" sends people to \"onlne\", but there is no step with that id");

        Assert.Contains("Check the spelling", error.Reason, StringComparison.Ordinal);
        Assert.Contains("Did you mean \"online\"?", error.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void Load_UnknownKey_ReportsKeyWithSuggestion()
    {
        _content.Write("flows/bullying.yaml", Flow(Start + """
                nxt: done
              - id: done
                end:

            """));

        var error = Single(_content.Load(), "flows/bullying.yaml", 8, "has \"nxt:\", which the bot doesn't know");

        Assert.Contains("Did you mean \"next\"?", error.Reason, StringComparison.Ordinal);
        Assert.True(error.Column > 0);
    }

    [Fact]
    public void Load_KeyFromAnotherStepKind_SaysItCannotBeUsedHere()
    {
        _content.Write("flows/bullying.yaml", Flow(Start + """
                next: done
              - id: done
                end: Bye.
                choices: []

            """));

        Single(_content.Load(), "flows/bullying.yaml", 11, "has \"choices:\", which can't be used here on an end step");
    }

    [Fact]
    public void Load_MissingRequiredField_ReportsWhatIsMissing()
    {
        _content.Write("flows/bullying.yaml", "id: bullying\naudience: young-person\nsteps:\n" + Start + "    next: done\n  - id: done\n    end:\n");

        Single(_content.Load(), "flows/bullying.yaml", 1, "this flow needs \"title:\"");
    }

    [Fact]
    public void Load_StepWithoutKind_SaysWhatAStepCanDo()
    {
        _content.Write("flows/bullying.yaml", Flow(Start + """
                next: empty
              - id: empty
                next: start

            """));

        Single(_content.Load(), "flows/bullying.yaml", 9, "doesn't say what it does. Give it one of: say, ask, handoff, goto or end");
    }

    [Fact]
    public void Load_LastStepWithoutNext_SaysWhatHappensAfterIsMissing()
    {
        _content.Write("flows/bullying.yaml", Flow(Start));

        Single(_content.Load(), "flows/bullying.yaml", 5, "is the last step, but nothing says what happens after it");
    }

    [Fact]
    public void Load_DanglingFlowReference_ReportsFlow()
    {
        _content.Write("flows/bullying.yaml", Flow(Start + """
                next: away
              - id: away
                goto: image-requests

            """));

        var error = Single(_content.Load(), "flows/bullying.yaml", 10, "sends people to the flow \"image-requests\", but there is no flow with that id");

        Assert.Contains("Did you mean \"image-request\"?", error.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void Load_DanglingServiceReference_ReportsService()
    {
        _content.Write("flows/bullying.yaml", Flow(Start + """
                next: help
              - id: help
                handoff: [childline, child-line-chat]
                next: done
              - id: done
                end:

            """));

        Single(_content.Load(), "flows/bullying.yaml", 10, "hands people to the service \"child-line-chat\", but there is no service with that id in services.yaml");
    }

    [Fact]
    public void Load_HandoffToServiceWithoutContactRoute_IsReported()
    {
        _content.Write("services.yaml", TempContent.Services + """
              - id: anti-bullying-alliance
                name: Anti-Bullying Alliance
                source: sources.md
                checked: 2026-11-21

            """);
        _content.Write("flows/bullying.yaml", Flow(Start + """
                next: help
              - id: help
                handoff: [anti-bullying-alliance]
                next: done
              - id: done
                end:

            """));

        Single(_content.Load(), "flows/bullying.yaml", 10, "that service has no phone, text, email or web address");
    }

    [Fact]
    public void Load_MissingStartStep_IsReported()
    {
        _content.Write("flows/bullying.yaml", "id: bullying\ntitle: T\naudience: young-person\nstart: begin\nsteps:\n" + Start + "    next: done\n  - id: done\n    end:\n");

        Single(_content.Load(), "flows/bullying.yaml", 1, "The flow starts at the step \"begin\", but there is no step with that id");
    }

    [Fact]
    public void Load_UnreachableStep_IsReported()
    {
        _content.Write("flows/bullying.yaml", Flow(Start + """
                next: done
              - id: done
                end:
              - id: orphan
                say: Nobody sees this.
                next: done

            """));

        Single(_content.Load(), "flows/bullying.yaml", 11, "Nothing leads to the step \"orphan\", so nobody will ever see it");
    }

    [Fact]
    public void Load_DuplicateStepIds_AreReported()
    {
        _content.Write("flows/bullying.yaml", Flow(Start + """
                next: done
              - id: done
                end:
              - id: done
                end:

            """));

        Single(_content.Load(), "flows/bullying.yaml", 11, "There are two steps with the id \"done\" in this flow (the first is on line 9)");
    }

    [Fact]
    public void Load_DuplicateServiceIds_AreReported()
    {
        _content.Write("services.yaml", TempContent.Services + """
              - id: childline
                name: Childline again
                phone: "0800 1111"
                source: sources.md
                checked: 2026-11-21

            """);

        Single(_content.Load(), "services.yaml", 20, "There are two services with the id \"childline\" (the first is on line 7)");
    }

    [Fact]
    public void Load_DuplicateFlowIds_AreReported()
    {
        _content.Write("flows/bullying-copy.yaml", TempContent.MinimalFlow("bullying"));

        var result = _content.Load();

        Single(result, "flows/bullying-copy.yaml", 1, "the file is called bullying-copy.yaml");
        Assert.Contains(result.Errors, e => e.Reason.Contains("Two flows have the id \"bullying\"", StringComparison.Ordinal));
    }

    [Fact]
    public void Load_MissingRequiredFlow_IsReported()
    {
        _content.Delete("flows/worried-parent.yaml");

        Single(_content.Load(), "flows/worried-parent.yaml", 1, "The bot needs a flow with the id \"worried-parent\"");
    }

    [Fact]
    public void Load_BadAudience_ListsTheAllowedValues()
    {
        _content.Write("flows/bullying.yaml", Flow(Start + "    next: done\n  - id: done\n    end:\n", "id: bullying\ntitle: T\naudience: children\n"));

        Single(_content.Load(), "flows/bullying.yaml", 3, "It must be one of: young-person, parent, everyone");
    }

    [Fact]
    public void Load_ServiceWithoutSourceOrChecked_ReportsBoth()
    {
        _content.Write("services.yaml", TempContent.Services + """
              - id: shout
                name: Shout
                text: { to: "85258", message: Text SHOUT to 85258. }

            """);

        var result = _content.Load();

        Single(result, "services.yaml", 20, "The service \"shout\" has no \"source:\"");
        Single(result, "services.yaml", 20, "The service \"shout\" has no \"checked:\" date");
    }

    [Fact]
    public void Load_CheckedIsNotADate_IsReported()
    {
        _content.Write("services.yaml", TempContent.Services.Replace("checked: 2026-11-21\n  - id: childline", "checked: 21/11/2026\n  - id: childline", StringComparison.Ordinal));

        Single(_content.Load(), "services.yaml", 6, "which isn't a date. Write it as year-month-day");
    }

    [Fact]
    public void Load_PhoneNumberNotInDirectory_ReportsLineInsideTextBlock()
    {
        _content.Write("flows/bullying.yaml", Flow("""
              - id: start
                say: |
                  If you're in danger right now, call 999.

                  Or ring Childline on 0800 1111, or 0800 11 22 33.
                next: done
              - id: done
                end:

            """));

        var result = _content.Load();

        var error = Single(result, "flows/bullying.yaml", 9, "shows the number \"0800 11 22 33\", which isn't in services.yaml");
        Assert.DoesNotContain(result.Errors, e => e.Reason.Contains("\"0800 1111\"", StringComparison.Ordinal) || e.Reason.Contains("\"999\"", StringComparison.Ordinal));
        Assert.Contains("add it to the right service", error.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void Load_101NotInDirectory_IsReported()
    {
        _content.Write("flows/bullying.yaml", Flow("""
              - id: start
                say: |
                  If you're in danger right now, call 999. Otherwise call 101, or textphone 18001 101.
                next: done
              - id: done
                end:

            """));

        var result = _content.Load();

        Single(result, "flows/bullying.yaml", 7, "shows the number \"101\"");
        Single(result, "flows/bullying.yaml", 7, "shows the number \"18001 101\"");
    }

    [Fact]
    public void Load_UrlNotInDirectory_IsReportedButKnownSitesAreAllowed()
    {
        _content.Write("flows/bullying.yaml", Flow("""
              - id: start
                say: |
                  If you're in danger right now, call 999.
                  Visit www.childline.org.uk or https://www.childline.org.uk/get-support/1-2-1-counsellor-chat/.
                  Or try https://example.org/help.
                next: done
              - id: done
                end:

            """));

        var result = _content.Load();

        Single(result, "flows/bullying.yaml", 9, "shows the web address \"https://example.org/help\", which isn't in services.yaml");
        Assert.Single(result.Errors);
    }

    [Fact]
    public void Load_ButtonUrlNotInDirectory_IsReported()
    {
        _content.Write("flows/bullying.yaml", Flow("""
              - id: start
                say: |
                  If you're in danger right now, call 999.
                card:
                  title: Get help
                  buttons:
                    - { label: Childline, url: "https://www.childline.org.uk" }
                    - { label: Elsewhere, url: "https://example.org" }
                next: done
              - id: done
                end:

            """));

        Single(_content.Load(), "flows/bullying.yaml", 12, "has a button to \"https://example.org\", which isn't in services.yaml");
    }

    [Fact]
    public void Load_EmailNotInDirectory_IsReported()
    {
        _content.Write("flows/bullying.yaml", Flow("""
              - id: start
                say: |
                  If you're in danger right now, call 999. Email someone@example.org.
                next: done
              - id: done
                end:

            """));

        Single(_content.Load(), "flows/bullying.yaml", 7, "shows the email address \"someone@example.org\"");
    }

    [Fact]
    public void Load_FirstMessageWithout999Line_IsReported()
    {
        _content.Write("flows/bullying.yaml", Flow("""
              - id: start
                say: |
                  Hello! How can I help?
                next: done
              - id: done
                end:

            """));

        Single(_content.Load(), "flows/bullying.yaml", 5, "must tell people what to do in immediate danger. Start it with: If you're in danger right now, call 999.");
    }

    [Fact]
    public void Load_UnverifiedHoursInService_IsReported()
    {
        _content.Write("services.yaml", TempContent.Services.Replace("    unverified: [hours]", "    hours: Every day, 24 hours.\n    unverified: [hours]", StringComparison.Ordinal));

        Single(_content.Load(), "services.yaml", 14, "shows opening hours, but the sources mark its hours as unverified");
    }

    [Fact]
    public void Load_OpeningTimesInFlowText_AreReported()
    {
        _content.Write("flows/bullying.yaml", Flow("""
              - id: start
                say: |
                  If you're in danger right now, call 999.
                  The NSPCC helpline is open 24/7.
                  Kidscape answers from 9am on weekdays.
                next: done
              - id: done
                end:

            """));

        var result = _content.Load();

        Single(result, "flows/bullying.yaml", 8, "says when NSPCC helpline is open, but its opening hours are unverified");
        Single(result, "flows/bullying.yaml", 9, "gives opening times (\"9am\")");
        Single(result, "flows/bullying.yaml", 9, "gives opening times (\"weekdays\")");
    }

    [Fact]
    public void Load_AdviceToScreenshotImages_IsReported()
    {
        _content.Write("flows/bullying.yaml", Flow("""
              - id: start
                say: |
                  If you're in danger right now, call 999.

                  Screenshot the nude photo so you have evidence.
                  Don't screenshot, save or forward a nude image (save the username instead).
                next: done
              - id: done
                end:

            """));

        var result = _content.Load();

        Single(result, "flows/bullying.yaml", 9, "seems to tell someone to screenshot, save or forward an image");
        Assert.Single(result.Errors);
    }

    [Fact]
    public void Load_YamlSyntaxError_ReportsLineInPlainWords()
    {
        _content.Write("flows/bullying.yaml", "id: bullying\ntitle: T\naudience: young-person\nsteps:\n  - id: start\n    say: \"unclosed\n  - id: x\n");

        var result = _content.Load();

        Assert.Contains(result.Errors, e => e.File == "flows/bullying.yaml" && e.Line > 0 && e.Reason.Contains("layout is broken", StringComparison.Ordinal));
    }

    [Fact]
    public void Load_DuplicateKey_IsReportedInPlainWords()
    {
        _content.Write("flows/bullying.yaml", Flow(Start + "    next: done\n    next: start\n  - id: done\n    end:\n"));

        Single(_content.Load(), "flows/bullying.yaml", 9, "The same key is written twice");
    }

    [Fact]
    public void Load_FlowIdDifferentFromFileName_IsReported()
    {
        _content.Write("flows/bullying.yaml", Flow(Start + "    next: done\n  - id: done\n    end:\n", "id: bullied\ntitle: T\naudience: young-person\n"));

        Single(_content.Load(), "flows/bullying.yaml", 1, "The flow's id is \"bullied\" but the file is called bullying.yaml");
    }

    [Fact]
    public void Load_MissingServicesFile_IsReported()
    {
        _content.Delete("services.yaml");

        Single(_content.Load(), "services.yaml", 1, "The services directory is missing");
    }

    [Fact]
    public void Load_SeveralProblems_CollectsAllOfThemSorted()
    {
        _content.Write("flows/bullying.yaml", Flow("""
              - id: start
                say: Hello.
                next: nowhere
              - id: lost
                end:

            """));
        _content.Write("flows/emergency.yaml", TempContent.MinimalFlow("emergency").Replace("[childline]", "[childlin]", StringComparison.Ordinal));

        var result = _content.Load();

        Assert.True(result.Errors.Count >= 4, string.Join(Environment.NewLine, result.Errors));
        Assert.Equal(result.Errors.OrderBy(e => e.File, StringComparer.Ordinal).ThenBy(e => e.Line).Select(e => e.ToString()), result.Errors.Select(e => e.ToString()));
    }

    [Fact]
    public void Load_InvalidContent_ThrowsExceptionListingEveryError()
    {
        _content.Write("flows/bullying.yaml", Flow("""
              - id: start
                say: Hello.
                next: nowhere

            """));

        var ex = Assert.Throws<ContentValidationException>(() => ContentLoader.Load(_content.Path));

        Assert.Equal(2, ex.Errors.Count);
        Assert.Contains("The bot will not start until they are fixed", ex.Message, StringComparison.Ordinal);
        Assert.Contains("flows/bullying.yaml line 7: The step \"start\" sends people to \"nowhere\"", ex.Message, StringComparison.Ordinal);
    }
}
