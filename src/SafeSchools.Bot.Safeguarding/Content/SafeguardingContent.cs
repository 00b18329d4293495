using System.Collections.Frozen;
using System.Collections.Immutable;

namespace SafeSchools.Bot.Safeguarding.Content;

/// <summary>All safeguarding content loaded from <c>dialogs/</c>: the services directory, the flows and the answers. Immutable.</summary>
public sealed class SafeguardingContent
{
    private readonly FrozenDictionary<string, Service> _servicesById;
    private readonly FrozenDictionary<string, Flow> _flowsById;

    /// <summary>Creates the content from services and flows (ids should be unique; the first wins in lookups).</summary>
    /// <param name="services">The services directory, in file order.</param>
    /// <param name="flows">The flows, in file-name order.</param>
    /// <param name="answers">The answers and fallbacks; none when null.</param>
    public SafeguardingContent(ImmutableArray<Service> services, ImmutableArray<Flow> flows, AnswerCatalog? answers = null)
    {
        Services = services;
        Flows = flows;
        Answers = answers ?? AnswerCatalog.Empty;
        _servicesById = services.DistinctBy(s => s.Id, StringComparer.Ordinal).ToFrozenDictionary(s => s.Id, StringComparer.Ordinal);
        _flowsById = flows.DistinctBy(f => f.Id, StringComparer.Ordinal).ToFrozenDictionary(f => f.Id, StringComparer.Ordinal);
    }

    /// <summary>The services directory, in file order.</summary>
    public ImmutableArray<Service> Services { get; }

    /// <summary>The flows, in file-name order.</summary>
    public ImmutableArray<Flow> Flows { get; }

    /// <summary>Answers to questions and conversational turns, and the fallbacks.</summary>
    public AnswerCatalog Answers { get; }

    /// <summary>Finds a service by id.</summary>
    /// <param name="serviceId">The id, e.g. <c>childline</c>.</param>
    /// <returns>The service, or null.</returns>
    public Service? FindService(string serviceId) => _servicesById.GetValueOrDefault(serviceId);

    /// <summary>Finds a flow by id.</summary>
    /// <param name="flowId">The id, e.g. <c>bullying</c>.</param>
    /// <returns>The flow, or null.</returns>
    public Flow? FindFlow(string flowId) => _flowsById.GetValueOrDefault(flowId);

    /// <summary>Gets a service that must exist (validated content guarantees every referenced service does).</summary>
    /// <param name="serviceId">The id.</param>
    /// <returns>The service.</returns>
    /// <exception cref="KeyNotFoundException">No such service.</exception>
    public Service GetService(string serviceId) =>
        FindService(serviceId) ?? throw new KeyNotFoundException($"No service with id '{serviceId}'.");

    /// <summary>Gets a flow that must exist.</summary>
    /// <param name="flowId">The id.</param>
    /// <returns>The flow.</returns>
    /// <exception cref="KeyNotFoundException">No such flow.</exception>
    public Flow GetFlow(string flowId) =>
        FindFlow(flowId) ?? throw new KeyNotFoundException($"No flow with id '{flowId}'.");
}
