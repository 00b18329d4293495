using System.Collections.Immutable;
using System.Globalization;

namespace SafeSchools.Bot.Safeguarding.Content;

/// <summary>Reads <c>services.yaml</c> into <see cref="Service"/> records.</summary>
internal static class ServicesParser
{
    public const string FileName = "services.yaml";

    private static readonly string[] ServiceKeys =
        ["id", "name", "for", "eligibility", "phone", "textphone", "text", "email", "url", "chat_url", "bsl_url", "hours", "unverified", "source", "checked", "notes"];

    private static readonly string[] TextKeys = ["to", "message"];

    public static ImmutableArray<Service> Parse(string dialogsFolder, List<ContentError> errors)
    {
        var path = Path.Combine(dialogsFolder, FileName);
        if (!File.Exists(path))
        {
            errors.Add(new ContentError(SourceLocation.StartOf(FileName), "The services directory is missing. Create dialogs/services.yaml with a \"services:\" list."));
            return [];
        }

        var root = YamlFile.ReadRoot(path, FileName, errors);
        if (root is null)
        {
            return [];
        }

        var top = new YamlMap(root, FileName, errors, "services.yaml");
        top.CheckKeys(["services"]);
        var list = top.List("services", required: true, "one entry per service, each starting with \"- id:\"");
        if (list is null)
        {
            return [];
        }

        var services = ImmutableArray.CreateBuilder<Service>();
        foreach (var item in list.Children)
        {
            var map = top.ItemMap(item, "a service");
            if (map is null)
            {
                continue;
            }

            var service = ParseService(map);
            if (service is not null)
            {
                services.Add(service);
            }
        }

        return services.ToImmutable();
    }

    private static Service? ParseService(YamlMap map)
    {
        var id = map.Text("id", required: true, "a short name such as childline");
        if (id is not null)
        {
            map.What = $"the service \"{id}\"";
        }

        map.CheckKeys(ServiceKeys);
        var name = map.Text("name", required: true, "the name people see");

        ServiceText? text = null;
        var textMap = map.Map("text", $"the text route of {map.What}");
        if (textMap is not null)
        {
            textMap.CheckKeys(TextKeys);
            var to = textMap.Text("to", required: true, "the number or short code to text");
            var message = textMap.Text("message", required: true, "what to text, or how");
            if (to is not null && message is not null)
            {
                text = new ServiceText(to, message);
            }
        }

        var unverified = new List<string>();
        if (map.List("unverified", required: false, "names of fields the sources mark unverified") is { } list)
        {
            foreach (var item in list.Children)
            {
                if (map.ItemText(item, "unverified") is { } field)
                {
                    if (!ServiceKeys.Contains(field))
                    {
                        map.Error(map.At(item), $"\"unverified:\" in {map.What} lists \"{field}\", which isn't a service field. Use names such as hours or phone.");
                    }

                    unverified.Add(field);
                }
            }
        }

        DateOnly? checkedDate = null;
        if (map.Text("checked", required: false) is { } checkedText)
        {
            if (DateOnly.TryParseExact(checkedText, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
            {
                checkedDate = date;
            }
            else
            {
                map.Error(map.At(map.Find("checked")!), $"\"checked:\" in {map.What} is \"{checkedText}\", which isn't a date. Write it as year-month-day, e.g. 2026-11-21.");
                checkedDate = DateOnly.MinValue;
            }
        }

        if (id is null || name is null)
        {
            return null;
        }

        return new Service
        {
            Id = id,
            Name = name,
            For = map.Text("for", required: false),
            Eligibility = map.Text("eligibility", required: false),
            Phone = map.Text("phone", required: false),
            Textphone = map.Text("textphone", required: false),
            Text = text,
            Email = map.Text("email", required: false),
            Url = map.Text("url", required: false),
            ChatUrl = map.Text("chat_url", required: false),
            BslUrl = map.Text("bsl_url", required: false),
            Hours = map.Text("hours", required: false),
            Unverified = unverified,
            Source = map.Text("source", required: false) ?? string.Empty,
            Checked = checkedDate,
            Notes = map.Text("notes", required: false),
            Location = map.Location,
        };
    }
}
