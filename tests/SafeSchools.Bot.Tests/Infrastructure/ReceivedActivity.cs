using SafeSchools.Bot.Connector.Schema;

namespace SafeSchools.Bot.Tests.Infrastructure;

/// <summary>An activity the bot posted to the fake channel, with the raw (escaped) path it used.</summary>
public sealed record ReceivedActivity(string RawPath, string Authorization, Activity Activity);
