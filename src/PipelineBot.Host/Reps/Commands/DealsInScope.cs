using System.Collections.Concurrent;
using PipelineBot.Sales.Deals;
using PipelineBot.Sales.Pipeline;

namespace PipelineBot.Host.Reps.Commands;

/// <summary>
/// The open deals a rep or manager may name, which every message is recognised against. A manager's scope is every
/// open deal, and reading it for each message would cost a scan of the store per line typed, so each scope's list is
/// kept for <see cref="FreshFor"/>: a deal a visitor's qualification opens becomes nameable within that time, and the
/// assistant's own changes <see cref="Forget"/> the lists at once.
/// </summary>
public sealed class DealsInScope(IDealRepository deals, TimeProvider time)
{
    /// <summary>How long a scope's list is reused before the store is read again.</summary>
    public static readonly TimeSpan FreshFor = TimeSpan.FromSeconds(30);

    // Rep ids are configured names; the empty string is none of them, so it can stand for everyone.
    private const string Everyone = "";

    private readonly ConcurrentDictionary<string, (DateTimeOffset ReadAt, IReadOnlyList<DealSummary> Deals)> _lists = new(StringComparer.Ordinal);

    /// <summary>The open deals inside the scope, at most <see cref="FreshFor"/> old.</summary>
    public async Task<IReadOnlyList<DealSummary>> OpenAsync(PipelineScope scope, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(scope);
        var key = scope.OwnerRepId ?? Everyone;
        var now = time.GetUtcNow();
        if (_lists.TryGetValue(key, out var cached) && now - cached.ReadAt < FreshFor)
        {
            return cached.Deals;
        }
        var open = await deals.FindOpenAsync(scope.OwnerRepId, cancellationToken);
        _lists[key] = (now, open);
        return open;
    }

    /// <summary>The distinct company names of those deals, as the recogniser matches them.</summary>
    public async Task<IReadOnlyList<string>> NamesAsync(PipelineScope scope, CancellationToken cancellationToken) =>
        [.. (await OpenAsync(scope, cancellationToken)).Select(d => d.Company).OfType<string>().Distinct(StringComparer.OrdinalIgnoreCase)];

    /// <summary>Drops every cached list, e.g. after a deal changed: a rep's change shows in the manager's list too.</summary>
    public void Forget() => _lists.Clear();
}
