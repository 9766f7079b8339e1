using TaijiangGraph.Core.Catalog;
using TaijiangGraph.Core.Errors;
using TaijiangGraph.Core.Identity;
using TaijiangGraph.Core.Versions;

namespace TaijiangGraph.Core.Tests.Versions;

/// <summary>docs/data-in.md, "Deletion": who asks, who decides, in which state, with which reason; and who sees which history.</summary>
public sealed class RecordDeletionRulesTests
{
    private static readonly DateTimeOffset Now = new(2026, 11, 26, 4, 0, 0, TimeSpan.Zero);

    private static readonly CatalogResource Resource = new()
    {
        Code = "350103-SCJG-0001",
        ApiName = "market_entity",
        PluralApiName = "market_entities",
        Name = "市场主体登记信息",
        Provider = "TJ-SCJG",
        Items =
        [
            new CatalogItem
            {
                ApiName = "credit_code",
                Name = "统一社会信用代码",
                Type = DataType.String,
                Sharing = SharingType.Unconditional,
                IsKey = true,
            },
        ],
    };

    private static readonly Principal Provider = Person("TJ-SCJG", Roles.Department);
    private static readonly Principal Bureau = Person("TJ-DSJ", Roles.Bureau);

    [Fact]
    public void The_provider_department_asks_with_a_reason_and_gets_a_pending_request()
    {
        var outcome = RecordDeletionRules.Request("RD-1", Provider, Resource, "K1", "  重复登记  ", Now);

        var request = outcome.Request!;
        Assert.True(outcome.Succeeded);
        Assert.Equal(
            ("RD-1", "market_entity", "K1", "TJ-SCJG", "重复登记", RecordDeletionState.Pending, 1, "u-TJ-SCJG", Now),
            (
                request.Id,
                request.Resource,
                request.Key,
                request.Provider,
                request.Reason,
                request.State,
                request.Version,
                request.RequestedBy,
                request.RequestedAt
            )
        );
        Assert.True(RecordDeletionRules.Request("RD-2", Person("TJ-SCJG", Roles.Cdo), Resource, "K1", "错误录入", Now).Succeeded);
    }

    public static TheoryData<string, string[], string?> NotAsking =>
        new()
        {
            { "TJ-MZ", [Roles.Department], null },
            { "TJ-DSJ", [Roles.Bureau, Roles.Department], null },
            { "TJ-SCJG", [], null },
            { "TJ-SCJG", [Roles.Department], "app-scjg" },
        };

    [Theory]
    [MemberData(nameof(NotAsking))]
    public void Nobody_else_asks_neither_another_department_nor_the_bureau_nor_an_app(string department, string[] roles, string? app)
    {
        var caller = new Principal("u-x", "x", department, new HashSet<string>(roles, StringComparer.Ordinal), app);

        var outcome = RecordDeletionRules.Request("RD-1", caller, Resource, "K1", "理由", Now);

        Assert.Equal(ErrorCodes.Governance.Forbidden, outcome.Code);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("   ")]
    [InlineData("\u200b")]
    public void A_request_or_a_rejection_without_a_valid_reason_is_refused(string? reason)
    {
        Assert.Equal(ErrorCodes.Workflow.ReasonRequired, RecordDeletionRules.Request("RD-1", Provider, Resource, "K1", reason, Now).Code);
        Assert.Equal(ErrorCodes.Workflow.ReasonRequired, RecordDeletionRules.Reject(Pending(), Bureau, reason, Now).Code);
    }

    [Fact]
    public void The_bureau_approves_or_rejects_a_pending_request_once()
    {
        var approved = RecordDeletionRules.Approve(Pending(), Bureau, Now).Request!;
        var rejected = RecordDeletionRules.Reject(Pending(), Bureau, "须保留", Now).Request!;

        Assert.Equal((RecordDeletionState.Approved, 2, "u-TJ-DSJ", Now, null), Decision(approved));
        Assert.Equal((RecordDeletionState.Rejected, 2, "u-TJ-DSJ", Now, "须保留"), Decision(rejected));
        Assert.Equal(ErrorCodes.Workflow.InvalidState, RecordDeletionRules.Approve(approved, Bureau, Now).Code);
        Assert.Equal(ErrorCodes.Workflow.InvalidState, RecordDeletionRules.Reject(rejected, Bureau, "再驳回", Now).Code);
    }

    [Fact]
    public void Only_the_bureau_decides_and_never_on_a_request_of_its_own_department()
    {
        var own = Pending() with { Provider = "TJ-DSJ" };

        Assert.Equal(ErrorCodes.Governance.Forbidden, RecordDeletionRules.Approve(Pending(), Provider, Now).Code);
        Assert.Equal(
            ErrorCodes.Governance.Forbidden,
            RecordDeletionRules.Reject(Pending(), Person("CITY-DSJ", Roles.Reviewer), "否", Now).Code
        );
        Assert.Equal(ErrorCodes.Governance.Forbidden, RecordDeletionRules.Approve(own, Bureau, Now).Code);
    }

    [Fact]
    public void A_request_is_seen_by_its_provider_department_and_the_bureau_only()
    {
        Assert.True(RecordDeletionRules.CanSee(Pending(), Person("TJ-SCJG")));
        Assert.True(RecordDeletionRules.CanSee(Pending(), Bureau));
        Assert.False(RecordDeletionRules.CanSee(Pending(), Person("TJ-MZ", Roles.Department)));
        Assert.False(RecordDeletionRules.CanSee(Pending(), Person("CITY-DSJ", Roles.Reviewer)));
    }

    [Fact]
    public void History_values_go_to_the_provider_writers_the_bureau_sees_entries_and_everyone_else_only_a_readable_key()
    {
        Assert.Equal(RecordHistoryView.WithValues, RecordHistoryAccess.Of(Provider, Resource));
        Assert.Equal(
            RecordHistoryView.WithValues,
            RecordHistoryAccess.Of(new Principal("app", "app", "TJ-SCJG", new HashSet<string>(), "app-scjg"), Resource)
        );
        Assert.Equal(RecordHistoryView.WithoutValues, RecordHistoryAccess.Of(Bureau, Resource));
        Assert.Equal(RecordHistoryView.WhenKeyReadable, RecordHistoryAccess.Of(Person("TJ-SCJG"), Resource));
        Assert.Equal(RecordHistoryView.WhenKeyReadable, RecordHistoryAccess.Of(Person("TJ-MZ", Roles.Department), Resource));
    }

    private static RecordDeletionRequest Pending() =>
        RecordDeletionRules.Request("RD-1", Provider, Resource, "K1", "重复登记", Now).Request!;

    private static (RecordDeletionState, int, string?, DateTimeOffset?, string?) Decision(RecordDeletionRequest r) =>
        (r.State, r.Version, r.DecidedBy, r.DecidedAt, r.DecisionReason);

    private static Principal Person(string department, params string[] roles) =>
        new($"u-{department}", department, department, new HashSet<string>(roles, StringComparer.Ordinal), null);
}
