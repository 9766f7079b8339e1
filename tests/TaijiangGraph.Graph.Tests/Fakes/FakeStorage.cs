using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Time.Testing;
using TaijiangGraph.Core.Auditing;
using TaijiangGraph.Core.Datasets;
using TaijiangGraph.Core.Governance;
using TaijiangGraph.Core.Lookups;
using TaijiangGraph.Core.Publishing;
using TaijiangGraph.Core.Security;
using TaijiangGraph.Core.Sharing;
using TaijiangGraph.Core.Versions;
using TaijiangGraph.Core.Workflow;

namespace TaijiangGraph.Graph.Tests.Fakes;

/// <summary>
/// Every Core port the graph uses, as in-memory fakes (never EF): registered by <see cref="AddTo"/> in place of the
/// data storage, so the real graph services run on them. The clock is pinned; logs go nowhere.
/// </summary>
internal sealed class FakeStorage
{
    public static readonly DateTimeOffset Now = new(2026, 11, 26, 4, 0, 0, TimeSpan.Zero);

    public FakeDatasetReader Reader { get; } = new();
    public FakeGrantStore Grants { get; } = new();
    public FakeAuditQueries Audit { get; } = new();
    public FakeGovernanceEvents Governance { get; } = new();
    public FakeCatalogPublisher Publisher { get; } = new();
    public FakeCatalogState State { get; } = new();
    public FakeLookupBudget LookupBudget { get; } = new();
    public FakeKeyRing Keys { get; } = new();
    public FakeShareApplicationStore Applications { get; } = new();
    public FakeRecordWriter Records { get; } = new();
    public FakeRecordDeletionStore Deletions { get; } = new();
    public FakeRecordIntake Intake { get; } = new();
    public FakeTimeProvider Clock { get; } = new(Now);

    public IServiceCollection AddTo(IServiceCollection services) =>
        services
            .AddSingleton(typeof(ILogger<>), typeof(NullLogger<>))
            .AddSingleton<IDatasetReader>(Reader)
            .AddSingleton<IGrantStore>(Grants)
            .AddSingleton<IAuditQueries>(Audit)
            .AddSingleton<IGovernanceEvents>(Governance)
            .AddSingleton<ICatalogPublisher>(Publisher)
            .AddSingleton<ICatalogState>(State)
            .AddSingleton<ILookupBudget>(LookupBudget)
            .AddSingleton<IKeyRing>(Keys)
            .AddSingleton<IShareApplicationStore>(Applications)
            .AddSingleton<IWorkingCalendarStore>(Applications)
            .AddSingleton<IDatasetRecordWriter>(Records)
            .AddSingleton<IRecordDeletionStore>(Deletions)
            .AddSingleton<IRecordIntake>(Intake)
            .AddSingleton<TimeProvider>(Clock);
}
