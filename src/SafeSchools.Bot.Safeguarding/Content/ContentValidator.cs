using System.Collections.Immutable;
using SafeSchools.Bot.Safeguarding.Alerts;

namespace SafeSchools.Bot.Safeguarding.Content;

/// <summary>
/// Checks loaded content for problems an officer can fix: broken links between steps, flows and services,
/// unreachable steps, duplicate ids, services without a source or checked date, phone numbers and web addresses
/// not in the services directory, a missing 999 line, unverified opening times and unsafe image advice.
/// </summary>
public static class ContentValidator
{
    /// <summary>The line every flow's first message must carry.</summary>
    public const string DangerLine = "If you're in danger right now, call 999";

    /// <summary>Flows the bot needs; the host and router start these by id.</summary>
    public static readonly ImmutableArray<string> RequiredFlowIds = ["welcome", "menu", "emergency", "bullying", "image-request", "worried-parent"];

    /// <summary>Checks the content and returns every problem found, sorted by file and line.</summary>
    /// <param name="content">The loaded content.</param>
    /// <returns>The problems; empty when the content is valid.</returns>
    public static IReadOnlyList<ContentError> Validate(SafeguardingContent content)
    {
        ArgumentNullException.ThrowIfNull(content);
        var errors = new List<ContentError>();
        var directory = new ServiceDirectory(content.Services);
        ValidateServices(content, directory, errors);
        ValidateFlows(content, directory, errors);
        ValidateAnswers(content, directory, errors);
        return Sort(errors);
    }

    internal static IReadOnlyList<ContentError> Sort(IEnumerable<ContentError> errors) =>
        errors.Distinct()
            .OrderBy(e => e.File.StartsWith(ServicesParser.FileName, StringComparison.Ordinal) ? 0 : 1)
            .ThenBy(e => e.File, StringComparer.Ordinal)
            .ThenBy(e => e.Line)
            .ThenBy(e => e.Column)
            .ToList();

    private static void ValidateServices(SafeguardingContent content, ServiceDirectory directory, List<ContentError> errors)
    {
        foreach (var group in content.Services.GroupBy(s => s.Id, StringComparer.Ordinal).Where(g => g.Count() > 1))
        {
            var first = group.First();
            foreach (var duplicate in group.Skip(1))
            {
                errors.Add(new ContentError(duplicate.Location, $"There are two services with the id \"{group.Key}\" (the first is on line {first.Location.Line}). Each service needs its own id."));
            }
        }

        foreach (var service in content.Services)
        {
            var what = $"The service \"{service.Id}\"";
            if (string.IsNullOrWhiteSpace(service.Source))
            {
                errors.Add(new ContentError(service.Location, $"{what} has no \"source:\". Say where its facts come from (see shared/content/sources.md)."));
            }

            if (service.Checked is null)
            {
                errors.Add(new ContentError(service.Location, $"{what} has no \"checked:\" date. Add the date you last checked its details, e.g. checked: 2026-11-21."));
            }

            foreach (var (field, value) in PhoneFields(service))
            {
                if (value.Any(c => !(char.IsAsciiDigit(c) || c == ' ' || c == '+')))
                {
                    errors.Add(new ContentError(service.Location, $"{what} has {field} \"{value}\", which should contain only digits and spaces."));
                }
            }

            foreach (var (field, value) in UrlFields(service))
            {
                if (!value.StartsWith("https://", StringComparison.OrdinalIgnoreCase) && !value.StartsWith("http://", StringComparison.OrdinalIgnoreCase))
                {
                    errors.Add(new ContentError(service.Location, $"{what} has {field} \"{value}\". Web addresses must start with https:// so buttons work."));
                }
            }

            foreach (var field in service.Unverified)
            {
                if (FieldValue(service, field) is not null)
                {
                    errors.Add(new ContentError(service.Location, field == "hours"
                        ? $"{what} shows opening hours, but the sources mark its hours as unverified. Remove \"hours:\"; the bot will say \"check their website for opening times\" instead."
                        : $"{what} fills in \"{field}:\", but the sources mark it as unverified. Remove it until someone has checked it."));
                }
            }

            foreach (var (field, value) in ShownFields(service))
            {
                CheckText(new ContentText(value, service.Location), directory, errors, $"The \"{field}\" of {what.ToLowerInvariant()}", checkHoursWording: field != "hours");
            }
        }
    }

    private static void ValidateFlows(SafeguardingContent content, ServiceDirectory directory, List<ContentError> errors)
    {
        foreach (var group in content.Flows.GroupBy(f => f.Id, StringComparer.Ordinal).Where(g => g.Count() > 1))
        {
            foreach (var duplicate in group.Skip(1))
            {
                errors.Add(new ContentError(duplicate.Location, $"Two flows have the id \"{group.Key}\" (the other is {group.First().Location.File}). Each flow needs its own id."));
            }
        }

        foreach (var required in RequiredFlowIds.Where(id => content.FindFlow(id) is null))
        {
            errors.Add(new ContentError(SourceLocation.StartOf("flows/" + required + ".yaml"), $"The bot needs a flow with the id \"{required}\", but there isn't one. Create flows/{required}.yaml."));
        }

        var flowIds = content.Flows.Select(f => f.Id).ToList();
        var serviceIds = content.Services.Select(s => s.Id).ToList();
        foreach (var flow in content.Flows)
        {
            ValidateFlow(flow, flowIds, serviceIds, directory, errors);
        }
    }

    private static void ValidateFlow(Flow flow, List<string> flowIds, List<string> serviceIds, ServiceDirectory directory, List<ContentError> errors)
    {
        var stepIds = flow.Steps.Select(s => s.Id).ToList();
        foreach (var group in flow.Steps.GroupBy(s => s.Id, StringComparer.Ordinal).Where(g => g.Count() > 1))
        {
            foreach (var duplicate in group.Skip(1))
            {
                errors.Add(new ContentError(duplicate.Location, $"There are two steps with the id \"{group.Key}\" in this flow (the first is on line {group.First().Location.Line}). Give each step its own id."));
            }
        }

        var start = flow.StartStep;
        if (start is null)
        {
            errors.Add(new ContentError(flow.Location, $"The flow starts at the step \"{flow.StartStepId}\", but there is no step with that id.{DidYouMean(flow.StartStepId, stepIds)}"));
        }
        else if (!start.Texts().Any(t => TextScanner.HasDangerLine(t.Value)))
        {
            errors.Add(new ContentError(start.Location, $"The first message of this flow (step \"{start.Id}\") must tell people what to do in immediate danger. Start it with: {DangerLine}."));
        }

        foreach (var step in flow.Steps)
        {
            foreach (var target in step.Targets())
            {
                switch (target)
                {
                    case StepTarget s when flow.FindStep(s.StepId) is null:
                        errors.Add(new ContentError(s.Location, $"The step \"{step.Id}\" sends people to \"{s.StepId}\", but there is no step with that id in this flow. Check the spelling.{DidYouMean(s.StepId, stepIds)}"));
                        break;
                    case FlowTarget f when !flowIds.Contains(f.FlowId):
                        errors.Add(new ContentError(f.Location, $"The step \"{step.Id}\" sends people to the flow \"{f.FlowId}\", but there is no flow with that id (flows are the files in dialogs/flows/). Check the spelling.{DidYouMean(f.FlowId, flowIds)}"));
                        break;
                    case UrlTarget u when !directory.HasUrl(u.Url):
                        errors.Add(new ContentError(u.Location, $"The step \"{step.Id}\" has a button to \"{u.Url}\", which isn't in services.yaml. Add it to the right service there first, so every web address the bot shows has been checked."));
                        break;
                }
            }

            if (step is HandoffStep handoff)
            {
                foreach (var reference in handoff.Services.Where(r => !serviceIds.Contains(r.ServiceId)))
                {
                    errors.Add(new ContentError(reference.Location, $"The step \"{step.Id}\" hands people to the service \"{reference.ServiceId}\", but there is no service with that id in services.yaml. Check the spelling.{DidYouMean(reference.ServiceId, serviceIds)}"));
                }

                foreach (var reference in handoff.Services)
                {
                    if (directory.Find(reference.ServiceId) is { } service && !HasContactRoute(service))
                    {
                        errors.Add(new ContentError(reference.Location, $"The step \"{step.Id}\" hands people to \"{reference.ServiceId}\", but that service has no phone, text, email or web address in services.yaml, so there is nothing to show. Add a checked contact route there, or choose another service."));
                    }
                }
            }

            foreach (var text in step.Texts())
            {
                CheckText(text, directory, errors, $"The step \"{step.Id}\"", checkHoursWording: true);
            }
        }

        if (start is not null)
        {
            var reached = Reachable(flow, start);
            foreach (var step in flow.Steps.Where(s => !reached.Contains(s.Id)))
            {
                errors.Add(new ContentError(step.Location, $"Nothing leads to the step \"{step.Id}\", so nobody will ever see it. Point a \"next:\" or a choice at it, or delete it."));
            }
        }
    }

    private static HashSet<string> Reachable(Flow flow, Step start)
    {
        var reached = new HashSet<string>(StringComparer.Ordinal) { start.Id };
        var queue = new Queue<Step>([start]);
        while (queue.Count > 0)
        {
            foreach (var target in queue.Dequeue().Targets().OfType<StepTarget>())
            {
                if (flow.FindStep(target.StepId) is { } next && reached.Add(next.Id))
                {
                    queue.Enqueue(next);
                }
            }
        }

        return reached;
    }

    private static void CheckText(ContentText text, ServiceDirectory directory, List<ContentError> errors, string what, bool checkHoursWording)
    {
        foreach (var match in TextScanner.PhoneNumbers(text.Value))
        {
            if (!directory.HasPhone(match.Value))
            {
                errors.Add(new ContentError(text.Location.AddLines(match.LineOffset), $"{what} shows the number \"{match.Value.Trim()}\", which isn't in services.yaml. Every phone number the bot shows must come from the services directory: add it to the right service there (with its source), or check the number."));
            }
        }

        foreach (var match in TextScanner.Urls(text.Value))
        {
            if (!directory.HasUrl(match.Value))
            {
                errors.Add(new ContentError(text.Location.AddLines(match.LineOffset), $"{what} shows the web address \"{match.Value}\", which isn't in services.yaml. Every web address the bot shows must come from the services directory: add it to the right service there (with its source), or check the address."));
            }
        }

        foreach (var match in TextScanner.Emails(text.Value))
        {
            if (!directory.HasEmail(match.Value))
            {
                errors.Add(new ContentError(text.Location.AddLines(match.LineOffset), $"{what} shows the email address \"{match.Value}\", which isn't in services.yaml. Add it to the right service there first."));
            }
        }

        if (checkHoursWording)
        {
            foreach (var match in TextScanner.OpeningTimes(text.Value))
            {
                errors.Add(new ContentError(text.Location.AddLines(match.LineOffset), $"{what} gives opening times (\"{match.Value}\"). Opening times are only shown from services.yaml, and only when verified. Write \"check their website for opening times\" instead."));
            }

            foreach (var service in directory.WithUnverifiedHours)
            {
                var shortName = service.Name.Split(" (")[0];
                foreach (var match in TextScanner.AlwaysOpenClaimsAbout(text.Value, shortName))
                {
                    errors.Add(new ContentError(text.Location.AddLines(match.LineOffset), $"{what} says when {shortName} is open, but its opening hours are unverified in the sources. Write \"check their website for opening times\" instead."));
                }
            }
        }

        foreach (var match in TextScanner.UnsafeImageAdvice(text.Value))
        {
            errors.Add(new ContentError(text.Location.AddLines(match.LineOffset), $"{what} seems to tell someone to screenshot, save or forward an image (\"{Shorten(match.Value)}\"). Making or sharing a nude image of anyone under 18 is illegal, even as evidence. Tell them to save usernames, messages and links instead, or say clearly not to save the image."));
        }
    }

    private static void ValidateAnswers(SafeguardingContent content, ServiceDirectory directory, List<ContentError> errors)
    {
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var answer in content.Answers.Answers)
        {
            var what = $"The answer to \"{answer.Intent}\"";
            if (!seen.Add(answer.Intent))
            {
                errors.Add(new ContentError(answer.YoungPerson.Location, $"{what} is written twice in {AnswersParser.FileName} or {AnswersParser.KnowledgeFileName}. Keep one."));
            }

            CheckAnswer(content, answer, directory, errors, what);
            foreach (var category in answer.After.Where(c => !AlertCategories.InPriorityOrder.Contains(c, StringComparer.Ordinal)))
            {
                errors.Add(new ContentError(answer.YoungPerson.Location, $"{what} follows up the alert \"{category}\", which isn't an alert category.{DidYouMean(category, AlertCategories.InPriorityOrder)}"));
            }
        }

        var fallbacks = content.Answers.Fallbacks;
        foreach (var text in fallbacks.First.Append(fallbacks.Again).Concat(fallbacks.UnknownQuestion is { } unknown ? [unknown] : []))
        {
            CheckText(text, directory, errors, "A fallback", checkHoursWording: true);
        }

        CheckServiceIds(content, fallbacks.AgainServices, fallbacks.Again.Location, "The second fallback", errors);
        CheckListening(content, directory, errors);
    }

    private static void CheckListening(SafeguardingContent content, ServiceDirectory directory, List<ContentError> errors)
    {
        var listening = content.Answers.Listening;
        foreach (var lead in new[] { listening.ToldMore, listening.Asked }.OfType<ContentText>())
        {
            CheckText(lead, directory, errors, "A listening lead", checkHoursWording: true);
        }

        foreach (var topic in listening.Topics)
        {
            var what = $"The listening topic \"{topic.Topic}\"";
            CheckAnswer(content, topic.Answer, directory, errors, what);
            foreach (var flow in topic.Flows.Where(f => content.FindFlow(f) is null))
            {
                errors.Add(new ContentError(topic.Answer.YoungPerson.Location, $"{what} applies in the flow \"{flow}\", which isn't in flows/."));
            }
        }
    }

    // Its texts (a parents'-only listening topic carries its one text as both) and the services it shows.
    private static void CheckAnswer(SafeguardingContent content, Answer answer, ServiceDirectory directory, List<ContentError> errors, string what)
    {
        CheckText(answer.YoungPerson, directory, errors, what, checkHoursWording: true);
        if (answer.Parent is { } parent && !ReferenceEquals(parent, answer.YoungPerson))
        {
            CheckText(parent, directory, errors, what, checkHoursWording: true);
        }

        CheckServiceIds(content, answer.Services, answer.YoungPerson.Location, what, errors);
    }

    private static void CheckServiceIds(SafeguardingContent content, IEnumerable<string> ids, SourceLocation location, string what, List<ContentError> errors)
    {
        foreach (var id in ids.Where(id => content.FindService(id) is null))
        {
            errors.Add(new ContentError(location, $"{what} shows the service \"{id}\", which isn't in services.yaml.{DidYouMean(id, content.Services.Select(s => s.Id))}"));
        }
    }

    private static bool HasContactRoute(Service s) =>
        s.Phone is not null || s.Text is not null || s.Url is not null || s.ChatUrl is not null || s.Email is not null || s.BslUrl is not null;

    private static string Shorten(string value) => value.Length <= 80 ? value : value[..77] + "...";

    private static string DidYouMean(string value, IEnumerable<string> known) =>
        Spelling.Closest(value, known) is { } suggestion ? $" Did you mean \"{suggestion}\"?" : string.Empty;

    private static IEnumerable<(string Field, string Value)> PhoneFields(Service s)
    {
        if (s.Phone is not null)
        {
            yield return ("phone", s.Phone);
        }

        if (s.Textphone is not null)
        {
            yield return ("textphone", s.Textphone);
        }

        if (s.Text is not null)
        {
            yield return ("text: to", s.Text.To);
        }
    }

    private static IEnumerable<(string Field, string Value)> UrlFields(Service s)
    {
        if (s.Url is not null)
        {
            yield return ("url", s.Url);
        }

        if (s.ChatUrl is not null)
        {
            yield return ("chat_url", s.ChatUrl);
        }

        if (s.BslUrl is not null)
        {
            yield return ("bsl_url", s.BslUrl);
        }
    }

    private static IEnumerable<(string Field, string Value)> ShownFields(Service s)
    {
        if (s.For is not null)
        {
            yield return ("for", s.For);
        }

        if (s.Eligibility is not null)
        {
            yield return ("eligibility", s.Eligibility);
        }

        if (s.Text is not null)
        {
            yield return ("text: message", s.Text.Message);
        }

        if (s.Hours is not null)
        {
            yield return ("hours", s.Hours);
        }
    }

    private static string? FieldValue(Service s, string field) => field switch
    {
        "phone" => s.Phone,
        "textphone" => s.Textphone,
        "text" => s.Text?.To,
        "email" => s.Email,
        "url" => s.Url,
        "chat_url" => s.ChatUrl,
        "bsl_url" => s.BslUrl,
        "hours" => s.Hours,
        "for" => s.For,
        "eligibility" => s.Eligibility,
        _ => null,
    };

    /// <summary>The phone numbers, addresses and emails in the services directory, normalised for lookups.</summary>
    private sealed class ServiceDirectory
    {
        private readonly HashSet<string> _phones = new(StringComparer.Ordinal);
        private readonly HashSet<string> _urls = new(StringComparer.Ordinal);
        private readonly HashSet<string> _hosts = new(StringComparer.Ordinal);
        private readonly HashSet<string> _emails = new(StringComparer.OrdinalIgnoreCase);

        private readonly Dictionary<string, Service> _byId = new(StringComparer.Ordinal);

        public ServiceDirectory(ImmutableArray<Service> services)
        {
            foreach (var service in services)
            {
                _byId.TryAdd(service.Id, service);
                foreach (var (_, value) in PhoneFields(service))
                {
                    _phones.Add(TextScanner.NormalisePhone(value));
                }

                foreach (var (_, value) in UrlFields(service))
                {
                    var url = TextScanner.NormaliseUrl(value);
                    _urls.Add(url);
                    _hosts.Add(TextScanner.HostOf(url));
                }

                if (service.Email is not null)
                {
                    _emails.Add(service.Email.Trim());
                }
            }

            WithUnverifiedHours = services.Where(s => s.Unverified.Contains("hours")).ToList();
        }

        public IReadOnlyList<Service> WithUnverifiedHours { get; }

        public Service? Find(string id) => _byId.GetValueOrDefault(id);

        public bool HasPhone(string number) => _phones.Contains(TextScanner.NormalisePhone(number));

        /// <summary>An address is known when it is in the directory, or is just the site (no path) of an address that is.</summary>
        public bool HasUrl(string url)
        {
            var normalised = TextScanner.NormaliseUrl(url);
            return _urls.Contains(normalised) || (!normalised.Contains('/', StringComparison.Ordinal) && _hosts.Contains(normalised));
        }

        public bool HasEmail(string email) => _emails.Contains(email.Trim());
    }
}
